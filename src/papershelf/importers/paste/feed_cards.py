"""Daily digests a feed script writes from journals' RSS: one list item a paper, its title in
bold, then on the item's next lines the paper's address and the feed's description, which says
when the journal published it and its DOI:

    - **An Invented Result on Pretend Crystals**
      🔗 https://journal.example.org/articles/x-0001
      📝 Journal, Published online: 02 December 2025; doi:10.5555/x-0001 An Invented Result …

The bold title is the paper's, the day it was published online its date (not the digest's day).
"""

from __future__ import annotations

import re

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.blocks import date_in
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "feed-cards"
DESCRIPTION = "Digest items: a bold title, its address, `Published online: <day>; doi:…`"

AT_LEAST = 2
BODY = 4  # lines of an item under its title
_PUBLISHED = re.compile(r"\bPublished(?: online)?\s*:\s*(?P<day>[^;|·]{6,40}?)\s*(?:[;|·]|$)")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    for index, line in enumerate(lines):
        if line.kind != "item" or not line.bold or line.text.strip() != line.bold[0].strip():
            continue  # cheap: an item that is its bold title and nothing else
        if (hit := _card(lines, index, doc)) is not None:
            hits.append(hit)
    return hits if len(hits) >= AT_LEAST else []


def _card(lines: list[Line], index: int, doc: Doc) -> Found | None:
    item = lines[index]
    body: list[Line] = []
    for line in lines[index + 1 : index + 1 + BODY]:
        if line.block != item.block or line.kind != "text":
            break
        body.append(line)
    day = next((d for line in body if (d := _published(line.text))), None)
    if day is None:
        return None
    return Found(_record(item, body, day, doc), index, index + len(body))


def _published(text: str) -> str | None:
    if "Published" not in text or (match := _PUBLISHED.search(text)) is None:
        return None
    return date_in(match["day"])


def _record(item: Line, body: list[Line], day: str, doc: Doc) -> PaperRecord:
    urls = [url for line in body for url in line.urls]
    draft = Draft(line=item.number, title=item.bold[0], urls=urls, date=day, confidence=0.8)
    draft.text = " ".join(line.text for line in body)
    return build(draft, doc.captured)
