"""Turning what a reader found into a PaperRecord: dates, identifiers, links, review flags."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from papershelf.core.doi import bare_doi
from papershelf.core.records import PaperRecord
from papershelf.core.text import extract_urls
from papershelf.importers.common import apply_date, finish_abstract
from papershelf.importers.paste.arxiv_title_ids import split_trailing_id
from papershelf.importers.paste.identifiers import behind_login, find_identifiers
from papershelf.importers.paste.lines import clean_title
from papershelf.importers.paste.names import split_names
from papershelf.importers.paste.reldates import is_relative, resolve

_CJK_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# `Snippet: …`, `Abstract: …`, `TL;DR: …` printed before the text itself.
_ABSTRACT_LABEL = re.compile(
    r"^\s*(?:snippet|abstract|summary|tl;?dr|摘要)\s*[:：]\s*", re.IGNORECASE
)
_GLUED_ABSTRACT = re.compile(r"^Abstract(?=[A-Z][a-z])")
_TOGGLE = re.compile(r"\s*(?:▽ More|△ Less)\s*$")  # arXiv's snippet toggles
_VERSION = re.compile(r"v\d+$")
REVIEW_BELOW = 0.6  # a generic reading less sure than this is flagged for review


@dataclass
class Draft:
    """The fields a reader picked out of a block, before they become a record."""

    line: int
    title: str
    authors: str | list[str] = ""
    date: str | None = None
    abstract: str = ""
    urls: list[str] = field(default_factory=list)
    text: str = ""  # the block's other text, searched for identifiers
    comments: str | None = None
    categories: list[str] = field(default_factory=list)
    confidence: float = 0.9
    reasons: list[str] = field(default_factory=list)


def _absolute(urls: list[str]) -> list[str]:
    found: list[str] = []
    for url in urls:
        if url.startswith(("http://", "https://", "ftp://")) and url not in found:
            found.append(url)
    return found


def build(draft: Draft, captured: date | None) -> PaperRecord:
    title, listed_id = split_trailing_id(draft.title)  # `Title(1803.06379)`
    record = PaperRecord(line=draft.line, title=clean_title(title))
    if isinstance(draft.authors, str):
        record.authors, record.authors_truncated = split_names(draft.authors)
    else:
        record.authors = list(draft.authors)
    # Links in the text and the comments (`Comments: project page at https://…`) are kept.
    record.urls = _absolute(draft.urls + extract_urls(f"{draft.text} {draft.comments or ''}"))
    if draft.abstract:
        abstract = _ABSTRACT_LABEL.sub("", draft.abstract, count=1)
        if abstract.startswith("Abstract"):  # `AbstractNeural network models …`: a page's
            abstract = _GLUED_ABSTRACT.sub("", abstract, count=1)  # heading glued on, copied
        if "▽" in abstract or "△" in abstract:  # the search is slow on a long text without them
            abstract = _TOGGLE.sub("", abstract)
        finish_abstract(record, abstract)
    if draft.date:
        _date(record, draft.date, captured)
    targets = record.urls + [page for url in record.urls if (page := behind_login(url))]
    ids = find_identifiers(" ".join([draft.title, draft.text]), targets)
    if listed_id and not ids.arxiv_id:
        ids.arxiv_id = listed_id
    if draft.comments and not (ids.arxiv_id and ids.doi):
        # `Comments: Updated version of arXiv:1611.01891`: the paper's own links go first.
        more = find_identifiers(draft.comments, [])
        ids.arxiv_id, ids.doi = ids.arxiv_id or more.arxiv_id, ids.doi or more.doi
    if ids.arxiv_id:
        record.arxiv_id = ids.arxiv_id
        if not any("arxiv.org/" in url for url in record.urls):  # the paper's page, to open it
            record.urls.append("https://arxiv.org/abs/" + _VERSION.sub("", ids.arxiv_id))
    record.doi = bare_doi(ids.doi)
    if ids.huggingface and ids.huggingface not in record.urls:
        record.urls.append(ids.huggingface)
    if ids.openreview:
        forum = f"https://openreview.net/forum?id={ids.openreview}"
        if forum not in record.urls:
            record.urls.append(forum)
    record.comments = draft.comments
    if draft.categories:
        record.categories = draft.categories
        record.category = draft.categories[0]
    record.score = None
    record.confidence = round(draft.confidence, 2)
    if draft.confidence < REVIEW_BELOW:
        for reason in draft.reasons or ["uncertain reading"]:
            record.flag(f"review: {reason}")
    return record


def _date(record: PaperRecord, text: str, captured: date | None) -> None:
    if is_relative(text):
        record.date_text = text.strip()
        record.date = resolve(text, captured)
        if record.date is None:
            record.flag("date")
        return
    if cjk := _CJK_DATE.search(text):  # `2024年07月27日`
        text = f"{cjk[1]}-{int(cjk[2]):02d}-{int(cjk[3]):02d}"
    apply_date(record, text)
