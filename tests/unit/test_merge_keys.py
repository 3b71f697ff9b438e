"""Merging look-alike .bib entries never loses a citation key (trial #5): the folded keys are
aliases in biblatex's `ids`, which biber resolves; links to the merged paper itself go; and
reprints, other editions and linked entries are not offered at the bulk-merge score.

Inputs: biblatex-examples.bib and xampl.bib from texlive (tests/data/bib/MANIFEST.md).
Consumers: bibtexparser reads the export, biber and pdflatex typeset `\\cite` of every key.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import bibtexparser
import pybtex.database
import pybtex.errors
import pytest

from papershelf.cli import main
from papershelf.library import Library

BIBS = Path(__file__).resolve().parent.parent / "data" / "bib"
SOURCES = (BIBS / "biblatex-examples.bib", BIBS / "xampl.bib")
BULK = "0.95"  # the window's default "Merge all scoring at least"
LINKS = ("crossref", "xref", "xdata", "related")  # biblatex's fields that name other entries
LINKED = {"kullback", "kullback:reprint", "kullback:related", "moore", "moore:related"}
needs_biber = pytest.mark.skipif(
    shutil.which("biber") is None or shutil.which("pdflatex") is None,
    reason=".ci/system-deps installs biber and pdflatex",
)


def original_keys() -> set[str]:
    pybtex.errors.set_strict_mode(False)
    return {key for path in SOURCES for key in pybtex.database.parse_file(str(path)).entries}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "lib.db"
    with Library(path) as library:
        for source in SOURCES:
            library.import_path(source)
    return path


def key_list(value: str | None) -> list[str]:
    return [key.strip() for key in (value or "").split(",") if key.strip()]


def cli_json(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> object:
    assert main(["--db", str(db), *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def entries(bib: str) -> dict[str, dict[str, str]]:
    parsed = bibtexparser.parse_string(bib)
    assert parsed.failed_blocks == []
    return {e.key: {f.key.lower(): str(f.value) for f in e.fields} for e in parsed.entries}


def test_reprints_and_linked_entries_are_not_offered_at_the_bulk_score(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    groups = cli_json(capsys, db, "duplicates")
    assert isinstance(groups, list)
    keys_of = [{p["id"]: p for p in g["papers"]} for g in groups]
    with Library(db) as library:
        key = {p["id"]: p["citation_key"] for p in library.papers(library.query_ids())}
    bulk = [g for g in groups if g["score"] >= float(BULK)]
    assert bulk  # xampl's *-minimal and *-full entries are still listed
    for group in bulk:
        names = {key[i] for i in group["ids"]}
        assert not names & LINKED, names
        assert not any(n.endswith(("-crossref", ":related")) for n in names)
    listed = [{key[i] for i in g["ids"]} for g in groups]
    assert {"kullback", "kullback:reprint", "kullback:related"} in listed  # shown, with why
    for group, papers in zip(groups, keys_of, strict=True):
        several = len({key[i] for i in papers}) > 1
        assert bool(group["warnings"]) == several
        if several:
            assert all(key[i] in group["warnings"][0] for i in papers)


def test_a_bulk_merge_keeps_every_key_as_an_alias(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    merged = cli_json(capsys, db, "duplicates", "--merge-above", BULK)
    assert merged["merged"]  # type: ignore[index]
    with Library(db) as library:
        for style in ("biblatex", "bibtex"):
            found = entries(library.export(library.query_ids(), style))
            answered = {k for k, f in found.items() for k in [k, *key_list(f.get("ids"))]}
            assert answered == original_keys(), style
            for own, fields in found.items():
                names = {own, *key_list(fields.get("ids"))}
                for link in LINKS:
                    assert not names & set(key_list(fields.get(link))), (own, link)


def test_merging_reprints_by_hand_keeps_their_keys_and_drops_self_links(db: Path) -> None:
    with Library(db) as library:
        by_key = {p["citation_key"]: p["id"] for p in library.papers(library.query_ids())}
        library.merge_duplicate_group(
            [by_key[k] for k in ("kullback", "kullback:reprint", "kullback:related")]
        )
        found = entries(library.export(library.query_ids(), "biblatex"))
        library.undo()
        again = entries(library.export(library.query_ids(), "biblatex"))
    (merged,) = [f for k, f in found.items() if k.startswith("kullback")]
    aliases = set(key_list(merged.get("ids")))
    assert len(aliases) == 2 and aliases < {"kullback", "kullback:reprint", "kullback:related"}
    assert "related" not in merged and "relatedtype" not in merged
    assert {"kullback", "kullback:reprint", "kullback:related"} <= set(again)
    assert "ids" not in again["kullback"]


@needs_biber
def test_biber_resolves_a_cite_of_every_original_key_after_a_bulk_merge(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    cli_json(capsys, db, "duplicates", "--merge-above", BULK)
    with Library(db) as library:
        (tmp_path / "refs.bib").write_text(library.export(library.query_ids(), "biblatex"))
    cites = ",".join(sorted(original_keys()))
    (tmp_path / "doc.tex").write_text(
        "\\documentclass{article}\n\\usepackage[backend=biber]{biblatex}\n"
        "\\addbibresource{refs.bib}\n\\begin{document}\n"
        f"\\cite{{{cites}}}\n\\printbibliography\n\\end{{document}}\n"
    )

    def run(*command: str) -> str:
        done = subprocess.run(
            command, cwd=tmp_path, capture_output=True, text=True, errors="replace"
        )
        return done.stdout

    run("pdflatex", "-interaction=nonstopmode", "doc")
    biber = run("biber", "doc")
    assert "ERROR" not in biber
    assert re.findall(r"I didn't find a database entry for '([^']*)'", biber) == []
    run("pdflatex", "-interaction=nonstopmode", "doc")
    log = (tmp_path / "doc.log").read_text(errors="replace")
    assert re.findall(r"Citation '([^']*)' .*undefined", log) == []
