"""A syndicated preprint feed as a journal site shows it (LiveJournal's syndication of a
server's RSS): a `Time | Event |` table copied as text, each entry's time in a cell of its own,
then the paper's title on a line and its abstract on the next, the next entry's time glued to
the abstract's end:

    Friday, March 3rd, 2031
    Time |
    Event |
    12:32a |
    An Invented Study of Pretend Weather
    Pretend weather is a made-up thing. Here, we describe … | 2:35a |
    Made-up Tides of Imaginary Seas

The time cell (`12:32a |`, on its own line or at a line's end) is the cue: the line after it is
a title, the line after that its abstract when it reads as prose.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.generic import title_like
from papershelf.importers.paste.lines import Line

NAME = "timed-feed"
DESCRIPTION = "Syndicated feeds: `12:32a |`, then a title, then its abstract"

RUN = 2  # entries under time cells: one is a stray line
ABSTRACT_WORDS = 25
_TIME_CELL = re.compile(r"(?:^|\s\|\s*)\d{1,2}:\d{2}\s*[ap]m?\s*\|$", re.IGNORECASE)


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    for index, line in enumerate(lines):
        # cheap tests first: a time cell ends its line with a bar
        if not line.text.endswith("|") or index + 1 >= len(lines):
            continue
        if _TIME_CELL.search(line.text) is None:
            continue
        head = lines[index + 1]
        if head.kind not in ("text", "heading") or not title_like(head) or head.text.endswith("|"):
            continue
        draft = Draft(line=head.number, title=head.text)
        draft.urls = list(head.urls)
        last = index + 1
        if index + 2 < len(lines) and (abstract := _abstract(lines[index + 2])):
            draft.abstract, last = abstract, index + 2
        draft.text = head.text
        draft.confidence = 0.7
        hits.append(Found(build(draft, doc.captured), index + 1, last))
    return hits if len(hits) >= RUN else []


def _abstract(line: Line) -> str:
    """The abstract's line, the next entry's time cell cut from its end."""
    text = line.text
    if line.kind != "text":
        return ""
    if cell := _TIME_CELL.search(text):
        text = text[: cell.start()]
    text = text.strip()
    return text if len(text.split()) >= ABSTRACT_WORDS else ""
