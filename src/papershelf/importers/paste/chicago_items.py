"""A syllabus's readings as Chicago-style notes, one list item each, the author's name first:

    - Ada Quill, "An Invented Essay on Pretend History", _The Example_, December 23, 2019.
    - Ben Marrow, [A Made-up Essay on Imaginary Columns](https://…),” _Medium_, November 1, 2020.
    - Cleo Tansy, _Thinking about Pretend History_, Ch. 3: The History of What?, 83--117.

The quoted or linked title is the work's, the date after the venue its day; a chapter of a book
(`_Book_, Ch. 3: Chapter title, pages`) is a work titled by the chapter's name. Two such items at
least make a syllabus's readings; a sentence that mentions a link is no item of them.
"""

from __future__ import annotations

import re

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.blocks import date_in, year_in
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

NAME = "chicago-items"
DESCRIPTION = 'Readings as Chicago notes: `Name, "Title," _Venue_, Month D, YYYY.`, book chapters'

AT_LEAST = 2
_PERSON = r"[A-ZÀ-Þ][\w'’\-]*\.?(?: [A-ZÀ-Þ][\w'’\-]*\.?){1,3}"
_NAMES = rf"(?P<names>{_PERSON}(?:(?:,| and| &) {_PERSON}){{0,3}})"
_QUOTED = re.compile(rf"^{_NAMES}, [\"“](?P<title>[^\"“”]{{8,300}}?)[,.]?[\"”],? (?P<rest>\S.*)$")
_CHAPTER = re.compile(
    rf"^{_NAMES}, (?P<book>[^,]{{3,200}}), Ch(?:apter|\.)? ?\d{{1,3}}[:.] "
    r"(?P<title>\S.{3,200}?), (?P<pages>\d{1,4}\s*[-–—]{1,3}\s*\d{1,4})\.?$"
)
# `Name, [Title](…),” _Venue_, November 1, 2020.`: the title linked, a stray closing quote.
_LEAD = re.compile(rf"^{_NAMES}, ")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    for index, line in enumerate(lines):
        if line.kind != "item" or ", " not in line.text[:60]:
            continue
        if (record := _work(line, doc)) is not None:
            hits.append(Found(record, index, index))
    return hits if len(hits) >= AT_LEAST else []


def _work(line: Line, doc: Doc) -> PaperRecord | None:
    text = line.text.strip()
    if (chapter := _CHAPTER.match(text)) and chapter["book"] in line.italic:
        return _record(line, doc, chapter["names"], chapter["title"], date=None)
    if quoted := _QUOTED.match(text):
        names, title, rest = quoted["names"], quoted["title"], quoted["rest"]
    elif line.links and (lead := _LEAD.match(text)):
        names, title = lead["names"], line.links[0][0]
        after = text[lead.end() :]
        if not after.startswith(title):
            return None
        rest = after[len(title) :].lstrip(',.”" ')
    else:
        return None
    if not _venue_then_date(rest, line):
        return None
    return _record(line, doc, names, title, date_in(rest) or year_in(rest))


def _venue_then_date(rest: str, line: Line) -> bool:
    """`_The Atlantic_, December 23, 2019.`: the rest opens with an italic venue and dates it."""
    venue = rest.split(",", 1)[0].strip()
    return any(venue.startswith(span) for span in line.italic) and year_in(rest) is not None


def _record(line: Line, doc: Doc, names: str, title: str, date: str | None) -> PaperRecord | None:
    if not looks_like_names(names):
        return None
    draft = Draft(line=line.number, title=title.strip(), authors=names, urls=list(line.urls))
    draft.date, draft.text, draft.confidence = date, line.text, 0.75
    return build(draft, doc.captured)
