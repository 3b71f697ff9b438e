"""One paper's page copied as text (a mirror of arXiv, a publisher's or an aggregator's detail
page): the title on the first line, maybe labels the page left empty (`作者:`) and the paper's
highlights, then an `Abstract` (or `摘要`) heading and the abstract's paragraph; below, the
page's own lines:

    Title of the Paper
    Highlights:
    • We propose a new index.
    摘要
    The abstract, one paragraph.
    Turn this paper into a lesson          <- the site's, not the abstract
    论文评审过程:Received …, Available online 14 December 2015   <- an article's history line
    论文官网地址:https://doi.org/10.1016/…

The abstract is the one paragraph under the heading; the page's DOI and the day it was
`Available online` are looked for in the few lines after it. A page holds one paper: a paste
with two `Abstract` headings is no such page, and names or a date between the title and the
heading (a byline) leave the page to the readers of labelled pages and the generic reader.
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
    if title_at is None or not _titled(lines[title_at].text):
        return []
    if not all(_page_furniture(lines[at].text) for at in range(title_at + 1, head)):
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


# Between the title and the heading: a label the page left empty (`作者:`), the highlights'
# heading and its sentences
_EMPTY_LABEL = re.compile(r"^[^:：]{1,24}[:：]$")
_BULLET = ("•", "·", "- ", "* ", "▪")


def _page_furniture(text: str) -> bool:
    """`作者:` left empty, `Highlights:`, or a highlight: a bullet holding a sentence (a bullet
    of names or a date is the paper's byline, for the generic reader)."""
    text = text.strip()
    return bool(_EMPTY_LABEL.match(text)) or (text.startswith(_BULLET) and text.endswith("."))


def _titled(text: str) -> bool:
    return len(text.split()) >= 2 and len(text) <= MAX_TITLE and not text.endswith((":", "："))
