"""Lists a search tool or a review writes out: one paper an item, its key in a database and then
its title after a vertical bar — `- Corpus ID: 7442 | Title.`, `- PMID 123456 | Title`,
`- 10.1000/xyz | Title`. The key is the same kind on every item of the run (a label and a
number, or an identifier); three such items in a row make the list, so a lone table-like line
in prose never does. The key is kept as the record's text, so a DOI or an arXiv id in it is
stored."""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, clean_title

NAME = "keyed-titles"
DESCRIPTION = "Items `Corpus ID: 7442 | Title`: a database key, a bar, the paper's title"

# The key: an optional short label (`Corpus ID:`, `PMID`, `#`) and a token holding a digit.
_ITEM = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z .]{0,19}?\s*[:#：]?\s*)?(?P<key>[\w./:\-]*\d[\w./:\-()]*)"
    r"\s*\|\s*(?P<title>[^|]{8,400})$"
)
RUN = 3  # items in a row, each keyed the same way


_DIGITS = re.compile(r"\d{3}")
_IDENTIFIER = re.compile(r"^(?:10\.\d{4,9}/\S+|(?:arXiv:)?\d{4}\.\d{4,5}(?:v\d+)?)$", re.IGNORECASE)


def _a_key(match: re.Match[str]) -> bool:
    """A database's key: a number of three digits or more (`Step 1`, `Week 12` and a release's
    `v1.2` number steps), or an identifier standing alone."""
    if match["label"]:
        return bool(_DIGITS.search(match["key"]))
    return _IDENTIFIER.match(match["key"]) is not None


def _shape(match: re.Match[str]) -> str:
    return " ".join((match["label"] or "").split()).casefold()


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    run: list[tuple[int, re.Match[str]]] = []
    for index, line in enumerate([*lines, Line(0, "", kind="rule")]):
        match = _ITEM.match(line.text) if line.kind == "item" else None
        if match and _a_key(match) and len(match["title"].split()) >= 2 and not line.links:
            if run and _shape(run[-1][1]) != _shape(match):
                found += _papers(run, lines, doc)
                run = []
            run.append((index, match))
            continue
        found += _papers(run, lines, doc)
        run = []
    return found


def _papers(run: list[tuple[int, re.Match[str]]], lines: list[Line], doc: Doc) -> list[Found]:
    if len(run) < RUN:
        return []
    found: list[Found] = []
    for index, match in run:
        line = lines[index]
        title = clean_title(match["title"])
        draft = Draft(line=line.number, title=title, text=match["key"], confidence=0.8)
        found.append(Found(build(draft, doc.captured), index, index))
    return found
