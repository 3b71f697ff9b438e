"""A course page's bibliography: list items `Given Surname. Title.`, the author's full name, a
full stop, then the work's title (books and essays, no year or link), as syllabi and reading
lists set them: `- Ada Quill. An Invented Guide to the Economy.`,
`- Ben Marrow and Cleo Tansy. Modern Principles of Pretending.`

One such item alone may be anything (`- Week Three. Readings.`); a run of them, each naming a
person by given name and surname, is a list of works.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

NAME = "name-title-items"
DESCRIPTION = "Bibliography items `Given Surname. Title.` (a course page's books and essays)"
TITLED = False
NAMED = False

RUN = 3  # items of the shape in a row make a list of works
_NAMES_WITHIN = 160  # characters: the names before the title's full stop
_WORD = r"(?:[A-ZÀ-Þ][\w'’\-]+|[A-Z]\.|von|van|der|den|de|da|del|di|du|dos|das|la|le)"
_PERSON = rf"[A-ZÀ-Þ][\w'’\-]+(?: {_WORD}){{0,3}} [A-ZÀ-Þ][\w'’\-]+"  # ends in a surname
_TITLE = r"(?P<title>[\"“]?[A-ZÀ-Þ¿¡\d][^\n]{4,250}?)\.?$"
_ITEM = re.compile(rf"^(?P<names>{_PERSON}(?:(?:,| and| &| y| e| und| et) {_PERSON})*)\. {_TITLE}")
# `Quill, Ada. Title.`, `Marrow, Ben, and Cleo Tansy. Title.`: the first name inverted, as MLA sets it.
_INVERTED = re.compile(
    r"^(?P<first>[A-ZÀ-Þ][\w'’\-]+(?: [A-ZÀ-Þ][\w'’\-]+)?, [A-ZÀ-Þ][\w'’\-]+(?: [A-Z]\.)*)"
    rf"(?P<others>(?:,? and {_PERSON}|, {_PERSON})*)(?:(?<=\.) |\. ){_TITLE}"
)
_JOINERS = re.compile(r",? and |, ")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    run: list[tuple[int, re.Match[str]]] = []
    for index, line in enumerate(lines):
        match = _entry(line) if line.kind == "item" else None
        if match is not None and (not run or _next_in_list(lines, run[-1][0], index)):
            run.append((index, match))
            continue
        if run:
            found += _papers(lines, run, doc)
        run = [(index, match)] if match is not None else []
    return found + _papers(lines, run, doc)


def _entry(line: Line) -> re.Match[str] | None:
    if line.kind != "item" or line.links or not line.text[:1].isupper():
        return None
    if ". " not in line.text[:_NAMES_WITHIN]:
        return None  # cheap: the names and their full stop come first
    match = _ITEM.match(line.text) or _INVERTED.match(line.text)
    if match is None or len(match["title"].split()) < 2:
        return None
    return match if looks_like_names(", ".join(_people(match))) else None


def _people(entry: re.Match[str]) -> list[str]:
    """The names of an entry: as printed, the inverted first one kept whole (`Quill, Ada`)."""
    if "first" not in entry.re.groupindex:
        return [entry["names"]]
    others = [name for name in _JOINERS.split(entry["others"]) if name]
    return [entry["first"], *others]


def _next_in_list(lines: list[Line], previous: int, index: int) -> bool:
    """The item right after the previous one, at its depth."""
    return index == previous + 1 and lines[index].level == lines[previous].level


def _papers(lines: list[Line], run: list[tuple[int, re.Match[str]]], doc: Doc) -> list[Found]:
    if len(run) < RUN:
        return []
    found: list[Found] = []
    for at, entry in run:
        inverted = "first" in entry.re.groupindex  # its names parted already: the comma is one
        authors: str | list[str] = _people(entry) if inverted else entry["names"]
        draft = Draft(line=lines[at].number, title=entry["title"], authors=authors)
        draft.text, draft.confidence = lines[at].text, 0.7
        found.append(Found(build(draft, doc.captured), at, at))
    return found
