"""Fields kept from a real .bib (publisher, volume, pages, editor, ISBN, ...) go out in CSL-JSON
and RIS too: checked against pybtex's reading of the original file, CSL-JSON through pandoc's
citeproc, RIS read back by rispy."""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pybtex.database
import pybtex.errors
import pytest
import rispy

from papershelf.library import Library
from tests.conftest import DATA

FILES = sorted((DATA / "bib").glob("*.bib"))
CSL = {
    "publisher": ("publisher", "school", "institution", "organization"),
    "volume": ("volume",),
    "ISBN": ("isbn",),
    "ISSN": ("issn",),
    "publisher-place": ("address", "location"),
    "edition": ("edition",),
    "collection-title": ("series",),
    "genre": ("type",),
    "chapter-number": ("chapter",),
    "language": ("language",),
    "medium": ("howpublished",),
}
RIS = {  # rispy's names for PB, VL, CY, ET, T3
    "publisher": ("publisher", "school", "institution", "organization"),
    "volume": ("volume",),
    "place_published": ("address", "location"),
    "edition": ("edition",),
    "tertiary_title": ("series",),
}
LATEX = re.compile(r"[\\{}$~]")


def original(path: Path) -> dict[str, pybtex.database.Entry]:
    pybtex.errors.set_strict_mode(False)
    return dict(pybtex.database.parse_file(str(path), bib_format="bibtex").entries.items())


def first(entry: pybtex.database.Entry, names: tuple[str, ...]) -> str | None:
    fields = {name.lower(): value for name, value in entry.fields.items()}
    found = next((fields[name] for name in names if fields.get(name, "").strip()), None)
    return " ".join(found.split()) if found else None


def same_text(ours: object, theirs: str) -> bool:
    """Equal where the original holds no LaTeX; else there and decoded (no backslash left
    outside math)."""
    if not isinstance(ours, str) or not ours:
        return False
    if LATEX.search(theirs):
        return "\\" not in re.sub(r"\$[^$]*\$", "", ours)
    return ours == theirs


def exported(path: Path, tmp_path: Path, fmt: str) -> str:
    with Library(tmp_path / "lib.db") as library:
        library.import_path(path)
        return library.export(library.query_ids(), fmt)


def check_pages(start: object, end: object, pages: str) -> bool:
    numbers = [part for part in re.split(r"\s*-+\s*", pages) if part]
    if len(numbers) == 2 and not LATEX.search(pages):
        return [start, end] == numbers
    return bool(start)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_csl_json_carries_the_kept_fields(path: Path, tmp_path: Path) -> None:
    items = {item["id"]: item for item in json.loads(exported(path, tmp_path, "csl-json"))}
    missing = []
    for key, entry in original(path).items():
        item = items[key]
        for variable, names in CSL.items():
            value = first(entry, names)
            if value and not same_text(item.get(variable), value):
                missing.append(f"{key}: {variable} {item.get(variable)!r} for {value!r}")
        number = first(entry, ("number", "issue"))
        if number and not same_text(item.get("issue") or item.get("number"), number):
            missing.append(f"{key}: issue/number for {number!r}")
        pages = first(entry, ("pages",))
        start, _, end = item.get("page", "").partition("-")
        if pages and not check_pages(start, end or None, pages):
            missing.append(f"{key}: page {item.get('page')!r} for {pages!r}")
        for role in ("editor", "translator"):
            if role in entry.persons and len(item.get(role, [])) != len(entry.persons[role]):
                missing.append(f"{key}: {role}s {item.get(role)!r}")
        urldate = first(entry, ("urldate",))
        if urldate:
            parts = [str(part) for part in item.get("accessed", {}).get("date-parts", [[]])[0]]
            if [int(part) for part in urldate.split("-")] != [int(part) for part in parts]:
                missing.append(f"{key}: accessed {item.get('accessed')!r} for {urldate!r}")
    assert missing == []


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_ris_read_back_by_rispy_has_the_kept_fields(path: Path, tmp_path: Path) -> None:
    text = exported(path, tmp_path, "ris")
    entries = {
        entry["id"]: entry for entry in rispy.loads(text, list_tags=["AU", "N1", "SN", "UR"])
    }
    missing = []
    for key, entry in original(path).items():
        ours: dict[str, Any] = entries[key]
        for name, fields in RIS.items():
            value = first(entry, fields)
            if value and not same_text(ours.get(name), value):
                missing.append(f"{key}: {name} {ours.get(name)!r} for {value!r}")
        number = first(entry, ("number", "issue"))
        if number and not same_text(ours.get("number"), number):
            missing.append(f"{key}: IS {ours.get('number')!r} for {number!r}")
        pages = first(entry, ("pages",))
        if pages and not check_pages(ours.get("start_page"), ours.get("end_page"), pages):
            missing.append(f"{key}: SP/EP {ours.get('start_page')!r} for {pages!r}")
        numbers = [value for value in (first(entry, ("isbn",)), first(entry, ("issn",))) if value]
        if len(ours.get("issn", [])) != len(numbers):
            missing.append(f"{key}: SN {ours.get('issn')!r} for {numbers!r}")
        editors = ours.get("unknown_tag", {}).get("ED", [])
        if "editor" in entry.persons and len(editors) != len(entry.persons["editor"]):
            missing.append(f"{key}: ED {editors!r}")
        note = first(entry, ("note",))
        if note and not same_text((ours.get("notes") or [""])[0], note):
            missing.append(f"{key}: N1 {ours.get('notes')!r} for {note!r}")
    assert missing == []


def _pandoc() -> str | None:
    try:
        import pypandoc
    except ImportError:
        return None
    return str(pypandoc.get_pandoc_path())


@pytest.mark.skipif(_pandoc() is None, reason="pypandoc-binary (a dev dependency) brings pandoc")
@pytest.mark.parametrize("name", ["xampl.bib", "biblatex-examples.bib"])
def test_citeproc_prints_publishers_and_editors_of_books(name: str, tmp_path: Path) -> None:
    """pandoc --citeproc (Chicago author-date, which prints no place) reads the CSL-JSON
    without a warning and prints each book's publisher and series, and a chapter's editors."""
    text = exported(DATA / "bib" / name, tmp_path, "csl-json")
    (tmp_path / "refs.json").write_text(text, encoding="utf-8")
    (tmp_path / "doc.md").write_text('---\nnocite: "@*"\n---\n\n# References\n')
    run = subprocess.run(
        [str(_pandoc()), "--citeproc", "--bibliography", "refs.json", "-t", "plain", "doc.md"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0 and run.stderr == "", run.stderr
    # The style title-cases series and curls apostrophes: compared folded.
    printed = " ".join(html.unescape(run.stdout).replace("\u2019", "'").split()).lower()
    items = json.loads(text)
    books = [item for item in items if item["type"] == "book" and "publisher" in item]
    chapters = [item for item in items if item["type"] == "chapter" and "editor" in item]
    assert books
    for item in books:
        assert item["publisher"].lower() in printed, item["id"]
        assert item.get("collection-title", "").lower() in printed, item["id"]
    for item in chapters:
        family = item["editor"][0].get("family") or item["editor"][0].get("literal")
        assert family.lower() in printed, item["id"]
    translated = [item for item in items if "translator" in item]
    assert translated or name == "xampl.bib"
    for item in translated:  # "Translated by ..."
        family = item["translator"][0].get("family") or item["translator"][0].get("literal")
        assert family.lower() in printed, item["id"]
