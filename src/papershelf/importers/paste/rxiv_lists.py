"""Lists from preprint servers and open-review platforms copied as text:

- bioRxiv and medRxiv (a search, a subject collection, a digest that embeds them): the title, the
  authors, then the citation line `medRxiv 2022.04.11.22273644; doi:` (the DOI's link text lost
  in the copy). The id says when the preprint was posted (`2022.04.11`) and makes its DOI
  (`10.1101/2022.04.11.22273644`).
- The F1000 platforms (F1000Research, Wellcome and Gates Open Research): the title ends with
  `[version 1; peer review: awaiting peer review]`, the authors follow, and below them
  `PUBLISHED 12 Apr 2022`; the article's type and status may stand above the title.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import date_in
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names
from papershelf.importers.paste.page_cues import cues

NAME = "rxiv-lists"
DESCRIPTION = "bioRxiv/medRxiv lists (`medRxiv 2022.04.11.22273644; doi:`) and F1000 cards"

_RXIV_LINE = re.compile(
    r"^(?:bioRxiv|medRxiv)\s+(?P<id>(?P<y>20\d{2})\.(?P<m>\d{2})\.(?P<d>\d{2})\.\d{6,8})"
    r"(?:v\d+)?\s*;?\s*(?:doi:?\s*(?:https?://(?:dx\.)?doi\.org/)?(?P<doi>10\.\d{4,9}/\S+)?)?"
    r"\s*$"
)
_VERSION = re.compile(r"\s*\[version \d+;\s*peer review:[^\[\]]{0,120}\]\s*$")
_PUBLISHED = re.compile(r"^PUBLISHED\s+(?P<when>\d{1,2} [A-Z][a-z]{2,8} (?:19|20)\d{2})$")
_STATUS = re.compile(r"\b(?:AWAITING PEER REVIEW|APPROVED|NOT APPROVED|metrics)\b")
CARD_LINES = 5  # from the names to the PUBLISHED line: the reviewers' and funders' lines
MAX_TITLE = 400


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    cued = cues(doc)
    for index in sorted(cued.servers + cued.bracketed) if cued.servers else cued.bracketed:
        line = lines[index]
        text = line.text
        hit: Found | None = None
        if line.kind == "claimed":
            continue
        if text[:8] in ("medRxiv ", "bioRxiv ") and (match := _RXIV_LINE.match(text)):
            hit = _rxiv_entry(lines, index, match, doc)
        elif (version := _VERSION.search(text)) is not None:
            hit = _f1000_card(lines, index, text[: version.start()], doc)
        if hit is not None:
            found.append(hit)
    return found


def _rxiv_entry(lines: list[Line], index: int, match: re.Match[str], doc: Doc) -> Found | None:
    title_at, names = index - 1, ""
    if title_at >= 0 and _open(lines[title_at]) and looks_like_names(lines[title_at].text):
        names, title_at = lines[title_at].text, title_at - 1
    if title_at < 0 or not _open(lines[title_at]) or not _titled(lines[title_at].text):
        return None
    title = lines[title_at]
    draft = Draft(line=title.number, title=title.text, authors=names)
    draft.date = f"{match['y']}-{match['m']}-{match['d']}"  # the day it was posted
    draft.text = f"doi:{match['doi'] or '10.1101/' + match['id']}"
    draft.urls = list(title.urls) + list(lines[index].urls)
    draft.confidence = 0.85
    return Found(build(draft, doc.captured), title_at, index)


def _f1000_card(lines: list[Line], index: int, title: str, doc: Doc) -> Found | None:
    if not _titled(title):
        return None
    line = lines[index]
    draft = Draft(line=line.number, title=title, text=title, urls=list(line.urls))
    first, last = index, index
    if index > 0 and _open(lines[index - 1]) and _STATUS.search(lines[index - 1].text):
        first = index - 1  # `Open Letter metrics AWAITING PEER REVIEW`: the card's head
    if (
        index + 1 < len(lines)
        and _open(lines[index + 1])
        and looks_like_names(lines[index + 1].text)
    ):
        draft.authors, last = lines[index + 1].text, index + 1
        for below in range(last + 1, min(len(lines), last + 1 + CARD_LINES)):
            if published := _PUBLISHED.match(lines[below].text):
                draft.date, last = date_in(published["when"]) or published["when"], below
                break
    draft.confidence = 0.85
    return Found(build(draft, doc.captured), first, last)


def _open(line: Line) -> bool:
    return line.kind in ("text", "heading", "item")


def _titled(text: str) -> bool:
    return len(text.split()) >= 2 and len(text) <= MAX_TITLE and text[:1].isupper()
