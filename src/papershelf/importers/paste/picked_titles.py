"""Editors' picks copied from a journal's section page: each paper's title on a line, and under
it the editor who picked it, a doubled dash, and the editor's comment:

    An invented study of pretend weather in made-up towns
    Ada Quill –– A very useful article for anyone modelling pretend weather.

The name is the picker's, not an author's: the paper's record is its title alone. The doubled
dash (`––`, `--`, `——`) after a name is the cue; a single dash after a title is a byline's, left
to other readers. Several such picks make the list.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

NAME = "picked-titles"
DESCRIPTION = "Editors' picks: a title, then `A Name –– comment` under it"

RUN = 3  # picks in one paste: a list, not one remark
_PICKER = re.compile(r"^(?P<name>[^–\-—]{3,60}?)\s*(?:––|--|——|—–|–—)\s*\S")
_DASHES = ("––", "--", "——", "—–", "–—")
MIN_TITLE_WORDS, MAX_TITLE_WORDS = 3, 60


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    taken = -1
    for index in range(1, len(lines)):
        line = lines[index]
        # cheap tests first: the picker's line holds a doubled dash
        text = line.text
        if "--" not in text and "–" not in text and "—" not in text:
            continue
        if index - 1 <= taken or not any(dash in text for dash in _DASHES):
            continue
        above = lines[index - 1]
        if line.kind != "text" or above.kind not in ("text", "heading", "item"):
            continue
        match = _PICKER.match(line.text)
        if match is None or not looks_like_names(match["name"]) or not _titled(above.text):
            continue
        draft = Draft(line=above.number, title=above.text)
        draft.urls = list(above.urls)
        draft.text = above.text
        draft.confidence = 0.7
        hits.append(Found(build(draft, doc.captured), index - 1, index))
        taken = index
    return hits if len(hits) >= RUN else []


def _titled(text: str) -> bool:
    """The line above a pick reads as a title: some words, no sentence's end, no address (a
    sentence-case title counts: the picker's line under it is the cue)."""
    if not MIN_TITLE_WORDS <= len(text.split()) <= MAX_TITLE_WORDS:
        return False
    return text[:1].isupper() and not text.endswith((".", ":", ";", ",")) and "://" not in text
