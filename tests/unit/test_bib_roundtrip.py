"""Real .bib files (tests/data/bib, see its MANIFEST) in and out: every key and every field.

The original is read by pybtex, which expands `@string` macros and `#` concatenations the way
BibTeX does; the export is read by bibtexparser 2. Values are compared after folding white
space; names are compared as bibtexparser splits them into First/von/Last/Jr; keywords as sets
of tokens, JabRef's special tokens (`rank4`, `read`) being the rating and status.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import bibtexparser
import pybtex.database
import pybtex.errors
import pytest
from bibtexparser.middlewares.names import (
    parse_single_name_into_parts,
    split_multiple_persons_names,
)
from bibtexparser.model import Entry, ExplicitComment, ImplicitComment, Preamble
from bibtexparser.splitter import Splitter

from papershelf.core.jabref import JABREF_RANKING, READSTATUS
from papershelf.library import Library

DATA = Path(__file__).resolve().parent.parent / "data" / "bib"
FILES = sorted(DATA.glob("*.bib"))
NAME_FIELDS = ("author", "editor", "translator", "bookauthor", "editora", "editorb", "holder")
MONTHS = dict(
    zip(
        "jan feb mar apr may jun jul aug sep oct nov dec".split(),
        "January February March April May June July August September October November December".split(),
        strict=True,
    )
)
SPECIAL_TOKENS = {*JABREF_RANKING.values(), *READSTATUS.values()}


def fold(value: str) -> str:
    text = " ".join(str(value).split())
    return MONTHS.get(text.lower(), text)


def original_entries(path: Path) -> dict[str, dict[str, str]]:
    """Every entry of the file as BibTeX reads it (pybtex, macros expanded)."""
    pybtex.errors.set_strict_mode(False)  # a repeated key is kept by bibtexparser, not pybtex
    data = pybtex.database.parse_file(str(path), bib_format="bibtex")
    found: dict[str, dict[str, str]] = {}
    for key, entry in data.entries.items():
        fields = {name.lower(): fold(value) for name, value in entry.fields.items()}
        for role, people in entry.persons.items():
            fields[role.lower()] = " and ".join(str(person) for person in people)
        found[key] = fields
    return found


def exported_entries(text: str) -> dict[str, dict[str, str]]:
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    return {
        entry.key: {field.key.lower(): fold(field.value) for field in entry.fields}
        for entry in library.entries
    }


def names(value: str) -> list[tuple[str, ...]]:
    parts = [
        parse_single_name_into_parts(n, strict=False) for n in split_multiple_persons_names(value)
    ]
    return [
        tuple(" ".join(p).replace("{", "").replace("}", "") for p in (n.first, n.von, n.last, n.jr))
        for n in parts
    ]


def tokens(value: str) -> set[str]:
    return {token.strip() for token in value.replace(";", ",").split(",") if token.strip()}


# biblatex's own macros and the plain LaTeX a BibTeX export writes for them (trial #28).
BIBLATEX_MACROS = (
    (re.compile(r"\\(?:mkbibquote|enquote\*?)\s*\{((?:[^{}]|\{[^{}]*\})*)\}"), r"``\1''"),
    (re.compile(r"\\hyphen(?![A-Za-z])\s*"), "-"),
    (re.compile(r"\\autocap\{([^{}]*)\}"), r"\1"),
)


def plain_latex(value: str) -> str:
    for pattern, replacement in BIBLATEX_MACROS:
        value = pattern.sub(replacement, value)
    return value


def differences(before: dict[str, str], after: dict[str, str], *, plain: bool = False) -> list[str]:
    found = []
    for name, value in before.items():
        back = after.get(name)
        value = plain_latex(value) if plain else value
        if name in NAME_FIELDS and back is not None:
            same = names(value) == names(back)
        elif name == "keywords":
            ours = tokens(back or "") | {after.get("ranking", ""), after.get("readstatus", "")}
            same = tokens(value) - SPECIAL_TOKENS <= ours and tokens(value) & SPECIAL_TOKENS <= ours
        elif name == "doi":  # a resolver link (JabRef, BibDesk) comes back as the bare DOI
            same = back is not None and back.startswith("10.") and value.endswith(back)
        else:
            same = back == value
        if not same:
            found.append(f"{name}: {value!r} came back as {back!r}")
    return found


@pytest.mark.parametrize("style", ["bibtex", "biblatex"])
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_key_and_field_survives_import_and_export(
    path: Path, style: str, tmp_path: Path
) -> None:
    with Library(tmp_path / "lib.db") as library:
        report = library.import_path(path)
        exported = exported_entries(library.export(library.query_ids(), style))
    before = original_entries(path)
    assert report.papers == len(report.paper_ids) >= len(before)
    assert sorted(exported) == sorted(before)
    plain = style == "bibtex"
    lost = {key: differences(f, exported[key], plain=plain) for key, f in before.items()}
    assert {key: found for key, found in lost.items() if found} == {}


def test_xampl_keeps_every_entry_apart(tmp_path: Path) -> None:
    """BibTeX's own example: 36 entries with distinct keys, many sharing a title."""
    with Library(tmp_path / "lib.db") as library:
        report = library.import_path(DATA / "xampl.bib")
        assert (report.papers, report.new, report.merged) == (36, 36, 0)
        papers = library.papers(library.query_ids())
    by_key = {paper["citation_key"]: paper for paper in papers}
    assert len(by_key) == 36
    # crossref resolved: the child has its parent's booktitle and year; the parent stays
    child, parent = by_key["inproceedings-crossref"], by_key["whole-proceedings"]
    assert child["venue"].startswith("Proc. Fifteenth Annual ACM Symposium")
    assert child["date"] == parent["date"] == "1983"
    # an entry without a title is kept under a placeholder, flagged for review
    assert by_key["whole-journal"]["title_is_placeholder"]
    assert "title" in by_key["whole-journal"]["needs_review"]
    # same title, distinct keys: kept apart and flagged as likely duplicates
    full = [p for p in papers if p["title"] == "The Definitive Computer Manual"]
    assert len(full) == 2 and all("duplicate" in p["needs_review"] for p in full)


def test_biblatex_examples_machinery(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as library:
        report = library.import_path(DATA / "biblatex-examples.bib")
        papers = {p["citation_key"]: p for p in library.papers(library.query_ids())}
    assert report.new == report.papers == len(papers) == 92
    # `publisher = dtv # { and Walter de Gruyter}` with `@string{dtv = ...}` expanded
    assert papers["nietzsche:ksa"]["bib_fields"]["fields"]["publisher"] == (
        "{Deutscher Taschenbuch-Verlag and Walter de Gruyter}"
    )
    # {\TeX} survives the LaTeX decoding, and goes out as it came
    assert papers["knuth:ct:a"]["title"] == "The TeXbook"
    assert papers["knuth:ct:b"]["title"] == "TeX: The Program"


_IFUNDEFINED = re.compile(r"\\@ifundefined\{\w+\}\{((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}\{\}")


def guarded(preamble: str) -> str:
    return _IFUNDEFINED.sub(r"\1", preamble).replace("\\newcommand", "\\providecommand")


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_preambles_and_comments_come_back(path: Path, tmp_path: Path) -> None:
    """@preamble (xampl's \\noopsort), @comment (JabRef's metadata) and the text between
    entries (xampl's copyright, JabRef's "Some trailing text") are written back, the text
    between entries as an @comment, all in the file's order."""
    with Library(tmp_path / "lib.db") as library:
        library.import_path(path)
        exported = bibtexparser.parse_string(library.export(library.query_ids(), "bibtex"))
    original = bibtexparser.parse_string(path.read_text(encoding="utf-8", errors="replace"))
    # Definitions come back guarded: \providecommand, and JabRef's
    # `\@ifundefined{url}{\newcommand{\url}...}{}` as the \providecommand it means.
    assert [p.value for p in exported.preambles] == [guarded(p.value) for p in original.preambles]
    comments = [
        c.comment.strip()
        for c in original.comments
        if isinstance(c, ExplicitComment) or c.comment.strip()
    ]
    back = [c.comment.strip() for c in exported.comments if isinstance(c, ExplicitComment)]
    assert back == comments
    assert [c for c in exported.comments if not isinstance(c, ExplicitComment)] == []


def _block_places(text: str) -> list[tuple[str, str | None]]:
    """Each @preamble/@comment block (and the text between entries) with the key of the entry
    that follows it (None: the file's tail), in the file's order."""
    places: list[tuple[str, str | None]] = []
    waiting: list[str] = []
    for block in Splitter(text).split().blocks:
        if isinstance(block, Entry):
            places += [(found, block.key) for found in waiting]
            waiting = []
        elif isinstance(block, ExplicitComment | ImplicitComment | Preamble):
            body = block.value if isinstance(block, Preamble) else block.comment
            if body.strip():
                waiting.append(" ".join(guarded(body).split()))
    return places + [(found, None) for found in waiting]


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_blocks_keep_their_places_between_entries(path: Path, tmp_path: Path) -> None:
    """Text and blocks between two entries go back before the entry they preceded; the file's
    head (before the first entry) heads the export and its tail (JabRef's metadata) ends it,
    whatever order the entries are written in."""
    with Library(tmp_path / "lib.db") as library:
        library.import_path(path)
        exported = library.export(library.query_ids(), "bibtex")
    text = path.read_text(encoding="utf-8", errors="replace")
    first_key = next(b.key for b in Splitter(text).split().blocks if isinstance(b, Entry))
    first_out = next(b.key for b in Splitter(exported).split().blocks if isinstance(b, Entry))
    expected = [
        (found, first_out if key == first_key else key) for found, key in _block_places(text)
    ]
    assert _block_places(exported) == sorted(expected, key=_export_order(exported))


def _export_order(exported: str) -> Callable[[tuple[str, str | None]], int]:
    keys = [b.key for b in Splitter(exported).split().blocks if isinstance(b, Entry)]
    position = {key: index for index, key in enumerate(keys)}
    return lambda place: len(keys) if place[1] is None else position[place[1]]
