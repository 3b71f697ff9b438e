"""Working-paper archives and publication pages copied as text: each paper's title on a line,
under it `By A Name, B Name, and C Name`, and often a line of the series' number and the month
(`RWP 21-18, December 2021`, `Working Paper 31245 · June 2023`) before a summary:

    The Title of the Paper
    By Ada Name and Ben Name
    WP 21-18, December 2021; updated March 2022

The `By` line is the cue: what follows the word must read as people and the line above must
read as a title. The first date of the line below is the paper's (a later one is a revision);
a month gives its year, as a reference list's date does.
"""

from __future__ import annotations

import re

from papershelf.core.dates import parse_date
from papershelf.importers.paste.blocks import date_in
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.generic import title_like
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names
from papershelf.importers.paste.page_cues import cues

NAME = "by-lines"
DESCRIPTION = "Papers on pages: a title, then `By A Name and B Name`, then the series and date"

_BY = re.compile(r"^(?:By|by|BY)\s+(?P<names>\S.{2,400})$")
MAX_TITLE_WORDS = 40
_DATE_LINE_CHARS = 80  # `RWP 21-18, December 2021; updated September 2022`
_FIRST_PART = re.compile(r"[;|]")  # before a revision's date
_PARTS = re.compile(r"[,·]")
_MONTH_YEAR = re.compile(r"^(?:[A-Z][a-z]{2,8}\.? )?(?:19|20)\d{2}$")  # `December 2021`, `2021`


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    for index in cues(doc).by:
        line = lines[index]
        if index < 1 or line.kind != "text":
            continue
        match = _BY.match(line.text)
        above = lines[index - 1]
        if match is None or above.kind not in ("text", "heading") or not _titled(above):
            continue
        names = match["names"].strip()
        if not looks_like_names(names):
            continue
        last = index
        draft = Draft(line=above.number, title=above.text, authors=names)
        draft.urls = list(above.urls) + list(line.urls)
        draft.text = above.text
        if index + 1 < len(lines) and (when := _date_below(lines[index + 1])):
            last, draft.date = index + 1, when
        draft.confidence = 0.8
        found.append(Found(build(draft, doc.captured), index - 1, last))
    return found


def _titled(line: Line) -> bool:
    """The line above a `By` line is the title unless it reads as a sentence or a label; its
    commas and `and` (`Spillovers, Coordination, and Controls`) make it no list of names here."""
    text = line.text
    if not 2 <= len(text.split()) <= MAX_TITLE_WORDS or text.endswith((".", ":")):
        return False
    return text[:1].isupper() and (title_like(line) or looks_like_names(text))


def _date_below(line: Line) -> str | None:
    """`RWP 21-18, December 2021; updated …` -> `2021`: a full date, or else the year of the
    month or year after the series' number (a paper's date is its day, or its year when the
    page gives less: the month of a series' issue is not when the paper appeared)."""
    if line.kind != "text" or len(line.text) > _DATE_LINE_CHARS:
        return None
    first = _FIRST_PART.split(line.text, maxsplit=1)[0]
    if when := date_in(first):
        return when
    tail = _PARTS.split(first)[-1].strip()
    return tail[-4:] if _MONTH_YEAR.match(tail) and parse_date(tail).iso else None
