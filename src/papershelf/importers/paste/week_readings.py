"""A course's readings by week: each item a week's label, then the paper, quoted with its author
after `by`, or bare with its first author and year in brackets at the item's end:

    Readings by Week:
    * Week1: Pretend Review
    * week2: "Life Outside an Invented System" by Ada Quill
    * Week5: An Earth-sized Planet around a Made-up Star (Marrow et al. 2014)
    * Week6: Marrow con't

An item whose words only name a topic (no quotes, no author) is the week's subject, no paper.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import words
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, clean_title
from papershelf.importers.paste.names import looks_like_names

NAME = "week-readings"
DESCRIPTION = '`Week 2: "Title" by A Name` / `Week 5: Title (Name et al. 2014)` items'

AT_LEAST = 2  # such readings that make a course's list
_WEEK = re.compile(
    r"^(?:Week|Wk|Semana|Woche|Semaine|Settimana)\s?\d{1,2}\s*[:.\-–]\s*(?=\S)", re.IGNORECASE
)
_QUOTED_BY = re.compile(
    r"^[\"“](?P<title>[^\"“”]{8,300})[\"”],?\s+by\s+(?P<names>[^()]{3,120}?)\s*$"
)
_NAME_YEAR = re.compile(
    r"^(?P<title>[^()\"“”]{8,300}?)\s+\((?P<names>[A-ZÀ-Þ][\w'’\-]+(?:\s(?:et\sal\.?|and\s[A-ZÀ-Þ][\w'’\-]+))?),?"
    r"\s(?P<year>(?:19|20)\d{2})\)\.?$"
)
_ET_AL = re.compile(r"\s+et\sal\.?$")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    for index, line in enumerate(lines):
        if line.kind != "item" or (week := _WEEK.match(line.text)) is None:
            continue  # cheap test first: an item opening with a week's label
        if (paper := _reading(line.text[week.end() :].strip())) is None:
            continue
        title, names, year = paper
        draft = Draft(line=line.number, title=title, authors=names, date=year)
        draft.urls, draft.confidence = line.urls, 0.75
        found.append(Found(build(draft, doc.captured), index, index))
    return found if len(found) >= AT_LEAST else []


def _reading(text: str) -> tuple[str, list[str], str | None] | None:
    if (quoted := _QUOTED_BY.match(text)) and looks_like_names(quoted["names"]):
        return clean_title(quoted["title"].rstrip(".,")), [quoted["names"].strip()], None
    if (dated := _NAME_YEAR.match(text)) and words(dated["title"]) >= 3:
        names = _ET_AL.sub("", dated["names"]).split(" and ")
        return clean_title(dated["title"]), names, dated["year"]
    return None
