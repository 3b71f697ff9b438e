"""A digest's item that names its paper's identifier on a labelled line of its own, below the
item's picture and summary (`- 论文 DOI：10.1038/…`, `- 文章链接：https://www.nature.com/…`,
`- Paper: https://doi.org/…`): the record read from the item's title gets the DOI, and the
paper's own address beside the digest's link.

Only the lines between a record's line and the next record's are its own, only a line that is a
label and one identifier or address alone is taken, and a record keeps a DOI it already has.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.doc import Doc
from papershelf.importers.paste.identifiers import find_identifiers

# `论文 DOI：…`, `文章链接：…`, `原文链接：…`, `Paper: …`, `DOI: …`, `Link to the paper: …`
_LABELLED_ID = re.compile(
    r"^(?:[-*•·]\s*)?(?:论文|文章|原文|论文原文|文献|paper|article|link to the paper|full text)?"
    r"\s*(?:doi|链接|地址|link|url)?\s*[:：]\s*<?(?P<value>(?:https?://|10\.\d{4,}/)\S+?)>?$",
    re.IGNORECASE,
)
_LABEL_PRESENT = re.compile(r"^(?:[-*•·]\s*)?\S.{0,20}?[:：]")
MOST_LINES_BELOW = 30  # an item's picture, summary and links; more is another part of the page


def complete(records: list[PaperRecord], doc: Doc) -> None:
    """Give each record the identifiers its item names on labelled lines below it."""
    if len(records) < 2:
        return
    starts = sorted(record.line for record in records)
    headings = [doc.lines[index].number for index in doc.heading_indices()]
    for line in doc.lines:
        if line.kind not in ("text", "item") or (found := _labelled_id(line.text)) is None:
            continue
        at = bisect_right(starts, line.number) - 1
        if at < 0 or line.number - starts[at] > MOST_LINES_BELOW:
            continue
        if any(starts[at] < heading < line.number for heading in headings):
            continue  # another section's link
        for record in records:
            if record.line == starts[at]:
                _take(record, found)


def _labelled_id(text: str) -> str | None:
    text = text.strip()
    if not _LABEL_PRESENT.match(text):
        return None
    found = _LABELLED_ID.match(text)
    return found["value"] if found else None


def _take(record: PaperRecord, value: str) -> None:
    told = find_identifiers(value, [value] if value.startswith("http") else [])
    if told.doi and not record.doi:
        record.doi = told.doi
    if told.arxiv_id and not record.arxiv_id:
        record.arxiv_id = told.arxiv_id
    if value.startswith("http") and value not in record.urls:
        record.urls.append(value)
