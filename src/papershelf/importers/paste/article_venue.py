"""One article's page copied whole, its title right over its journal's line:

    Article original - Sismologie (source et structures)
    Digitization of Pretend Bulletins and the Quest to Verify Made-up Earthquakes
    Comptes Rendus. Géoscience, Volume 355 (2023), pp. 23-34.

    L’art inventé de la bibliographie
    Em Questão, vol. 25, pp. 123-136, 2019

The journal's line names a volume, the pages and a year; the one line right above it is the
title (the lines above that are the page's rubric or the title in other languages, no wrapped
part of it). One such line in the paste's first lines, and no other further down: a list of
references has many. Read before the generic reader, which would take the rubric for a title;
flagged for review.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, clean_title, is_furniture
from papershelf.importers.paste.names import looks_like_names

NAME = "article-venue"
DESCRIPTION = "One article's page: its title right over its journal's volume, pages and year"

REACH = 12  # non-blank lines from the top: the title and its journal's line head the page
LONGEST = 300  # characters of a journal's line
TITLE_WORDS = (3, 40)
_VOLUME = re.compile(r"\b(?:vol\.?|volume|tome|band|bd\.|jg\.)\s*\d+", re.IGNORECASE)
_PAGES = re.compile(r"\b(?:pp?\.|S\.|pages?)\s*\d+\s*[-–]\s*\d+", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_SENTENCE_END = re.compile(r"[a-zà-ÿ]{2,}[.!?]\s+[A-ZÀ-Þ]|[.!]$")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    top = _first_lines(lines)
    venue = next((index for index in top[1:] if _venue_line(lines[index].text)), None)
    if venue is None:
        return []  # nearly every paste: asked of its first lines only
    if any(_venue_line(line.text) for line in lines[venue + 1 :]):
        return []  # another journal's line further down: a list of references
    above = top[top.index(venue) - 1]
    title = clean_title(lines[above].text.strip())
    if not _a_title(title, lines[above]) or _SENTENCE_END.search(lines[above].text.strip()):
        return []
    year = _YEAR.search(lines[venue].text)
    draft = Draft(line=lines[above].number, title=title, date=year[0] if year else None)
    draft.text = lines[venue].text
    draft.urls = list(lines[above].urls)
    draft.confidence = 0.5
    draft.reasons = ["read as one article's page (its title over its journal's line); check it"]
    return [Found(build(draft, doc.captured), above, venue)]


def _first_lines(lines: list[Line]) -> list[int]:
    top: list[int] = []
    for index, line in enumerate(lines):
        if line.text.strip():
            top.append(index)
            if len(top) == REACH:
                break
    return top


def _venue_line(text: str) -> bool:
    if len(text) > LONGEST or not _YEAR.search(text):
        return False
    return bool(_VOLUME.search(text) and _PAGES.search(text))


def _a_title(title: str, line: Line) -> bool:
    if line.kind not in ("text", "heading") or is_furniture(title) or "@" in title:
        return False
    if not TITLE_WORDS[0] <= len(title.split()) <= TITLE_WORDS[1]:
        return False
    return not (_SENTENCE_END.search(title) or looks_like_names(title) or _VOLUME.search(title))
