"""A page of paper cards in the old arXiv listing's manner (a journal club's archive, a mirror's
list): each card gives the day, the links in brackets, the linked title, the names (cut with
`+ 34 more`) and the abstract's start:

    6 Oct 2015
    [PDF PS Other license]                   <- the links: the paper's PDF first
    Detecting Made-Up Black Holes
    Ada Quist, Ben Okafor, + 2 more
    We propose that one of the sources …

The bracketed line of links (`[PDF, PS, Other]` too, and its words alone when copied as text)
anchors a card; its title is the line under it, its names the line under the title. Two cards
at least make such a page.
"""

from __future__ import annotations

import re

from papershelf.core.dates import looks_like_date
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names
from papershelf.importers.paste.page_cues import cues

NAME = "link-cards"
DESCRIPTION = "Paper cards: a day, `[PDF PS Other]` links, the title, the names, the abstract"

MIN_CARDS = 2
MIN_ABSTRACT = 100
# `[PDF PS Other license]`, `[HTML PDF]`: the words of a card's links, nothing else
_LINKS = re.compile(
    r"^\[\s*(?:(?:PDF|PS|HTML|Other|Abstract|license|DOI|Code)\s*(?:[,|]\s*)?)+\]$", re.I
)
_MORE = re.compile(r",?\s*\+\s*\d+\s+more\s*$")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    for at in cues(doc).bracketed:  # the lines ending in `]`, found once for several readers
        line = lines[at]
        if _LINKS.match(line.text) and (card := _card(lines, at, doc)):
            found.append(card)
    return found if len(found) >= MIN_CARDS else []


def _card(lines: list[Line], at: int, doc: Doc) -> Found | None:
    if at + 2 >= len(lines):
        return None
    title, names = lines[at + 1], lines[at + 2]
    shown = _MORE.sub("", names.text)
    if "claimed" in (title.kind, names.kind) or not title.text or not looks_like_names(shown):
        return None
    first, last = at, at + 2
    draft = Draft(line=title.number, title=title.text, authors=shown)
    draft.urls = lines[at].urls[:1] + title.urls
    if at > 0 and lines[at - 1].kind != "claimed" and looks_like_date(lines[at - 1].text):
        draft.date, first = lines[at - 1].text, at - 1
    if at + 3 < len(lines) and lines[at + 3].kind == "text":
        abstract = lines[at + 3].text
        if len(abstract) >= MIN_ABSTRACT and not _LINKS.match(abstract):
            draft.abstract, last = abstract, at + 3
    draft.text = " ".join(lines[at].urls[:1])
    draft.confidence = 0.85
    record = build(draft, doc.captured)
    record.authors_truncated = record.authors_truncated or bool(_MORE.search(names.text))
    return Found(record, first, last)
