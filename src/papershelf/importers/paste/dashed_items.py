"""A conference blog's accepted papers: a bullet a paper, the title, an en dash, and the authors
parted by commas and `and`, a full stop closing them:

    • An Invented Model of Pretend Weather – Ada Quill, Ben Nadir and Cy Ortolan.

The last spaced en or em dash splits the item (a title holds hyphens, and may hold a dash of
its own); what follows it must read as people. The page's own heading (`Invented Conf 2031
Accepted Papers`) gives the year its papers appear in. Several such items make the list.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

NAME = "dashed-items"
DESCRIPTION = "Accepted-papers bullets: `• Title – A Name, B Name and C Name.`"

RUN = 3  # such items in one paste: a list of papers, not one remark
TITLE_WORDS = (2, 40)
HEAD_LINES = 5  # the page's heading is among its first lines
_DASHES = (" – ", " — ")
_BULLETS = "•·▪◦"
_ACCEPTED_HEAD = re.compile(
    r"^(?=.*\b(?:accepted|proceedings)\b)(?=.*\b(?P<year>(?:19|20)\d\d)\b)", re.IGNORECASE
)


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    year = ""
    for line in lines[:HEAD_LINES]:
        if line.kind in ("text", "heading") and (head := _ACCEPTED_HEAD.match(line.text)):
            year = head["year"]
            break
    for index, line in enumerate(lines):
        text = line.text
        # cheap tests first: an item or a bullet's text that holds a spaced dash
        if not text or not (line.kind == "item" or text[0] in _BULLETS):
            continue
        if " – " not in text and " — " not in text:
            continue
        if (split := _split(text.lstrip(_BULLETS).strip())) is None:
            continue
        title, names = split
        draft = Draft(line=line.number, title=title, authors=names)
        draft.urls = list(line.urls)
        draft.text = text
        if year:
            draft.date = year
        draft.confidence = 0.75
        hits.append(Found(build(draft, doc.captured), index, index))
    return hits if len(hits) >= RUN else []


def _split(text: str) -> tuple[str, str] | None:
    cut = max(text.rfind(dash) for dash in _DASHES)
    title, names = text[:cut].strip(), text[cut + 3 :].strip().rstrip(".").strip()
    low, high = TITLE_WORDS
    if not low <= len(title.split()) <= high or not looks_like_names(names):
        return None
    return title, names
