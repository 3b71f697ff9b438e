"""A journal's or a review's contents copied as text: each article a paragraph of two lines, its
title over its authors' names, blank lines between:

    Pretend weather and the state of exception
    Ada Quill

    An invented analysis of made-up cooperatives
    Ben Nadir, Cleo Tansy

A volume's or a year's line alone between them (`Volume 19 (2020)`, `2019`) dates the papers
under it. The paragraph's shape is the cue: a line that reads as a title (three words or more, no names,
no sentence's full stop) and right under it a line of people's names and nothing else. One such
paragraph may be anything (a signature under a heading); a run of them is a list of works.
Flagged for review: the names' line may be an editor's or a speaker's.
"""

from __future__ import annotations

import re

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, clean_title, is_furniture
from papershelf.importers.paste.names import looks_like_names

NAME = "title-bylines"
DESCRIPTION = "Paragraphs of two lines: a title over its authors' names"

AT_LEAST = 3
TITLE_WORDS = (3, 40)
LONGEST_NAMES = 160  # characters: a line of a few people's names
_SENTENCE_END = re.compile(r"[a-zà-ÿ]{2,}[.!]$")
_NO_NAMES = re.compile(r"[\d@:|/()\[\]]|https?:")
# `Volume 19 (2020)`, `Vol. 3, No. 2 (2019)`, `Tom 12 (2018)`, `2019`: the issue's line alone
_ISSUE_YEAR = re.compile(
    r"^(?:(?:Volume|Vol\.|Tom|Band|Issue|No\.|Nr\.|Number)\s*\d+[,.]?\s*)*\(?(?P<year>(?:19|20)\d{2})\)?$"
)


def read(lines: list[Line], doc: Doc) -> list[Found]:
    years = _issue_years(lines)
    found = [
        Found(_paper(lines[index], lines[index + 1], years.get(index), doc), index, index + 1)
        for index in _pairs(lines)
    ]
    return found if len(found) >= AT_LEAST else []


def _issue_years(lines: list[Line]) -> dict[int, str]:
    """The year of the issue line above each line (none before the first such line)."""
    years: dict[int, str] = {}
    year: str | None = None
    for index, line in enumerate(lines):
        alone = not (
            _in_block(lines, index - 1, line.block) or _in_block(lines, index + 1, line.block)
        )
        if (
            line.kind in ("text", "heading")
            and alone
            and (issue := _ISSUE_YEAR.match(line.text.strip()))
        ):
            year = issue["year"]
        elif year is not None:
            years[index] = year
    return years


def _pairs(lines: list[Line]) -> list[int]:
    """The first line of each paragraph of exactly two lines, a title over names."""
    starts: list[int] = []
    for index in range(len(lines) - 1):
        title, names = lines[index], lines[index + 1]
        if title.kind != "text" or names.kind != "text" or title.block != names.block:
            continue
        if _in_block(lines, index - 1, title.block) or _in_block(lines, index + 2, title.block):
            continue
        if _a_title(title.text.strip()) and _names_alone(names.text.strip()):
            starts.append(index)
    return starts


def _in_block(lines: list[Line], index: int, block: int) -> bool:
    return (
        0 <= index < len(lines) and lines[index].block == block and lines[index].kind != "claimed"
    )


def _a_title(text: str) -> bool:
    if is_furniture(text) or not (text[:1].isupper() or text[:1].isdigit() or text[:1] in '“"‘«'):
        return False
    if not TITLE_WORDS[0] <= len(text.split()) <= TITLE_WORDS[1]:
        return False
    return not (_SENTENCE_END.search(text) or looks_like_names(text))


def _names_alone(text: str) -> bool:
    if len(text) > LONGEST_NAMES or _NO_NAMES.search(text) or not text[:1].isupper():
        return False
    return looks_like_names(text)


def _paper(title: Line, names: Line, year: str | None, doc: Doc) -> PaperRecord:
    draft = Draft(line=title.number, title=clean_title(title.text.strip()), authors=names.text)
    draft.date = year
    draft.urls = list(title.urls)
    draft.confidence = 0.6
    draft.reasons = ["read as a title over its authors' line; check the names"]
    return build(draft, doc.captured)
