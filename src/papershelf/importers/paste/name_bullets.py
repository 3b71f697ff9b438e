"""Journal pages copied as text: a paper's title, then its authors one list item each, the items
after the first joined by their own separators (`- Ada Name`, `- , Ben Name`, `- & Cleo Name`),
as a journal's listing sets its author list; a line of the article's type and date
(`Research 01 March 2023 | Open Access`) may stand above the title, and a summary between the
title and the names. An item that opens with `,` or `&` is what makes the run an author list: a
list of plain names is a people page as often as a paper's."""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import date_in
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.generic import title_like
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

NAME = "name-bullets"
DESCRIPTION = "Journal listings: a title, then its authors as items `Name`, `, Name`, `& Name`"

_JOINED = re.compile(r"^(?:[,&]|and\s)\s*")
SUMMARY_LINES = 1  # a summary may stand between the title and its names


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    index = 0
    while index < len(lines):
        end = _names_run(lines, index)
        if end is None:
            index += 1
            continue
        if hit := _paper(lines, index, end, doc):
            found.append(hit)
        index = end + 1
    return found


def _name_item(line: Line) -> str | None:
    if line.kind != "item" or line.links:
        return None
    name = _JOINED.sub("", line.text).strip()
    return name if name and looks_like_names(name) and "," not in name else None


def _names_run(lines: list[Line], first: int) -> int | None:
    """The last item of a run of name items from `first` with a joined one among them."""
    end = first
    while end < len(lines) and _name_item(lines[end]) is not None:
        end += 1
    run = lines[first:end]
    if not run or not any(_JOINED.match(line.text) for line in run):
        return None
    return end - 1


def _paper(lines: list[Line], first: int, last: int, doc: Doc) -> Found | None:
    at = first - 1
    summary: list[str] = []
    while at >= 0 and first - at <= SUMMARY_LINES + 1 and lines[at].kind == "text":
        if title_like(lines[at]):
            break
        summary.insert(0, lines[at].text)
        at -= 1
    else:
        return None
    names = [name for line in lines[first : last + 1] if (name := _name_item(line))]
    title = lines[at]
    draft = Draft(line=title.number, title=title.text, authors=names, confidence=0.7)
    draft.abstract = " ".join(summary)
    start = at
    if (when := _type_and_date(lines, at - 1)) is not None:
        draft.date, start = when, at - 1
    return Found(build(draft, doc.captured), start, last)


def _type_and_date(lines: list[Line], at: int) -> str | None:
    """`Research 01 March 2023 | Open Access` right above a title: the article's date."""
    if at < 0 or lines[at].kind != "text" or "|" not in lines[at].text:
        return None
    return date_in(lines[at].text)
