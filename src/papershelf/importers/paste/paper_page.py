"""One paper's page copied as text (a mirror of arXiv, a repository's or a publisher's page)
that the readers of labelled pages left: the title on the first line, right under it an
`Abstract` (or `摘要`) heading and the abstract's paragraph; below, the page's own lines:

    Title of the Paper
    Abstract
    The abstract, one paragraph.
    Turn this paper into a lesson          <- the site's, not the abstract
    Available online 14 December 2015      <- an Elsevier article's history line
    https://doi.org/10.1016/…

The abstract is the one paragraph under the heading; the page's DOI and the day it was
`Available online` are looked for in the few lines after it. A page holds one paper: a paste
with two `Abstract` headings is no such page, and names between the title and the heading
leave the page to the generic reader.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.page_cues import cues

NAME = "paper-page"
DESCRIPTION = "A paper's page: the title, an `Abstract` heading and its paragraph"

HEAD_WITHIN = 20  # lines from the title to the Abstract heading
FIELDS_AFTER = 6  # lines after the abstract looked at for the DOI and the date
MIN_ABSTRACT = 150
MAX_TITLE = 300
_ONLINE = re.compile(
    r"\bAvailable online:?\s+(?P<day>\d{1,2} [A-Z][a-z]{2,8},? (?:19|20)\d{2}|"
    r"[A-Z][a-z]{2,8} \d{1,2},? (?:19|20)\d{2})"
)
_DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"<>]+")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    heads = cues(doc).abstract_heads
    if len(heads) != 1 or heads[0] > HEAD_WITHIN or heads[0] + 1 >= len(lines):
        return []
    head = heads[0]
    title_at = next(
        (i for i in range(head) if lines[i].kind in ("text", "heading") and lines[i].text), None
    )
    if title_at is None or title_at + 1 != head or not _titled(lines[title_at].text):
        return []  # names or a date between the title and the heading: the generic reader's
    if any(lines[at].kind == "claimed" for at in range(head + 2)):
        return []  # an earlier reader read the page (or part of it) as something else
    paragraph = lines[head + 1]
    if paragraph.kind != "text" or len(paragraph.text) < MIN_ABSTRACT:
        return []
    title = lines[title_at]
    draft = Draft(line=title.number, title=title.text, abstract=paragraph.text)
    draft.urls = list(title.urls)
    last = head + 1
    for at in range(head + 2, min(len(lines), head + 2 + FIELDS_AFTER)):
        line = lines[at]
        if line.kind == "claimed":
            break
        if (online := _ONLINE.search(line.text)) and not draft.date:
            draft.date, last = online["day"], at
        if (doi := _DOI.search(line.text)) and "doi" not in draft.text:
            draft.text += f" doi:{doi[0].rstrip('.,;')}"
            draft.urls += [url for url in line.urls if url not in draft.urls]
            if line.text.find("http") >= 0:
                draft.urls += [line.text[line.text.find("http") :].split()[0]]
            last = at
    draft.confidence = 0.8
    return [Found(build(draft, doc.captured), title_at, last)]


def _titled(text: str) -> bool:
    return len(text.split()) >= 2 and len(text) <= MAX_TITLE and not text.endswith((":", "："))
