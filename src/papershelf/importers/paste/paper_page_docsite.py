"""A document-sharing site's page of one paper (the document's title, who uploaded it, the
site's counters, then `Transcript` and the document's text), copied as text:

    Title of the Made-Up Paper
    by user
    on
    Category: Documents
    1
    views
    Report
    Transcript
    Title of the Made-Up
    Paper
    永                      <- the cover's names, set down the page a character a line
    嶋
    浩

The page's title over `by …` is the paper's; on the transcript's cover, after the title's
lines again (and a page's number), the names: a line of names, or characters one to a line
(a Japanese cover's names written downwards), joined as the cover shows them.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import CJK, Line
from papershelf.importers.paste.names import looks_like_names

NAME = "document-site"
DESCRIPTION = "A document-sharing site's page: the title, `by user`, counters, `Transcript`"
TITLED = True

HEAD = 60  # lines of the page in which its `Transcript` stands
BETWEEN = 12  # lines of counters and buttons from the uploader's line to `Transcript`
MIN_TITLE, MAX_TITLE = 6, 300  # characters of a page title that is a paper's
COVER = 12  # lines of the transcript's cover looked at for the names
_TRANSCRIPT = frozenset(("Transcript", "TRANSCRIPT"))
_UPLOADER = re.compile(r"^(?:by\s+\S+|Upload(?:ed by)?\s*:\s*\S+)", re.I)
_COUNTER = re.compile(r"^\d[\d,.]*$")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    for at in range(min(len(lines), HEAD)):
        if lines[at].text in _TRANSCRIPT and lines[at].kind != "claimed":
            found = _page(lines, at, doc)
            return [found] if found is not None else []
    return []


def _page(lines: list[Line], transcript: int, doc: Doc) -> Found | None:
    uploader = next(
        (
            at
            for at in range(transcript - 1, max(-1, transcript - 1 - BETWEEN), -1)
            if _UPLOADER.match(lines[at].text)
        ),
        None,
    )
    if uploader is None or uploader == 0:
        return None
    title_line = lines[uploader - 1]
    title = title_line.text
    if (
        title_line.kind == "claimed"
        or not MIN_TITLE <= len(title) <= MAX_TITLE  # a cover's text run into one line: no title
        or any(lines[at].kind == "claimed" for at in range(uploader - 1, transcript + 1))
    ):
        return None
    names, last = _cover_names(lines, transcript + 1, title)
    draft = Draft(line=title_line.number, title=title, authors=names)
    draft.confidence = 0.75
    return Found(build(draft, doc.captured), uploader - 1, max(last, transcript))


def _cover_names(lines: list[Line], first: int, title: str) -> tuple[str | list[str], int]:
    """The names on the transcript's cover, after the title's lines and page numbers: (names,
    index of their last line), or ([], first - 1)."""
    squashed = "".join(title.split())
    at = first
    end = min(len(lines), first + COVER)
    while at < end and lines[at].kind != "claimed":
        text = "".join(lines[at].text.split())
        if not (_COUNTER.match(text) or (len(text) > 1 and text in squashed)):
            break
        at += 1  # the title again, broken over lines, and the page's number
    if at >= end or lines[at].kind == "claimed":
        return [], first - 1
    if looks_like_names(lines[at].text):
        return lines[at].text, at  # split as a byline
    run = at
    while run < end and len(lines[run].text) == 1 and CJK.match(lines[run].text):
        run += 1
    if run - at >= 2:  # characters down the page: one name, as the cover sets it
        return [" ".join(line.text for line in lines[at:run])], run - 1
    return [], first - 1
