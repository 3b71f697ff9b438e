"""Front matter that describes the paper a note is about (`title:`, `url:`, `arxiv_id:`, `doi:`,
`authors:`, `published:`), as clippers, paper feeds and note apps write it, in YAML or JSON.

Such a note is one paper: when the readers found it in the body, its record gets what the front
matter says and the body did not (identifiers, the paper's link, the date, the names); when they
found nothing, the front matter alone gives the paper. Front matter that names no paper (a page
title, a capture date, tags) changes nothing.
"""

from __future__ import annotations

import re

from papershelf.core.records import PaperRecord
from papershelf.core.text import fold
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.identifiers import BARE_NEW_ID, find_identifiers
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names
from papershelf.importers.paste.verdict import paper_title

NAME = "front-matter"
DESCRIPTION = "A note's front matter naming its paper (title, url, arxiv_id, doi, authors)"

_URL_KEYS = (
    "canonicalurl", "canonical_url", "url", "source", "source_url", "sourceurl", "paperurl",
    "paper_url", "arxiv_url", "link", "doi_url", "pdfurl",
)  # fmt: skip
_ID_KEYS = ("arxiv_id", "arxiv", "arxivid", "doi", "eprint")
_DATE_KEYS = ("published", "published_at", "publication_date", "pubdate", "year", "date")
_PAPER_PAGE = re.compile(
    r"/(?:abs|pdf|papers|article|articles|doi|forum|paper)/|\.pdf$|openreview\.net/forum", re.I
)


def paper_in(front: dict[str, str]) -> Draft | None:
    """The paper front matter names, or None when it names none."""
    urls = [v for k in _URL_KEYS if (v := front.get(k, "")).startswith(("http://", "https://"))]
    told = " ".join(_labelled_id(k, front.get(k, "")) for k in _ID_KEYS)
    ids = find_identifiers(told, urls)
    paper_urls = [u for u in urls if _PAPER_PAGE.search(u)]
    if not (ids.arxiv_id or ids.doi or paper_urls):
        return None
    draft = Draft(line=1, title=paper_title(front.get("title", "")), urls=paper_urls)
    draft.text = told
    draft.authors = _names(front)
    date = next((front[k] for k in _DATE_KEYS if re.search(r"\d", front.get(k, ""))), None)
    draft.date = _STAMP.sub(r"\g<day>", date) if date else None
    draft.confidence = 0.7
    return draft


def _names(front: dict[str, str]) -> str:
    """`authors:`, `author:`, or a key that holds them with something else
    (`publisher_or_author: "A Name — arXiv preprint"`, the venue after a dash)."""
    keys = ["authors", "author"] + [k for k in front if "author" in k and k != "first_author"]
    for key in keys:
        names = _AFTER_DASH.split(front.get(key, ""), maxsplit=1)[0].strip()
        if looks_like_names(names):
            return names
    return ""


_AFTER_DASH = re.compile(r"\s+[—–-]\s+")
# `date: "2026-03-01T20:00:00.000Z"`: feeds stamp an item with the time; the paper's date is the day.
_STAMP = re.compile(
    r"^(?P<day>\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$"
)


# A paper card's template keeps the paper's facts under its title in an HTML comment (hidden once
# rendered, there for whoever reads the note): `<!-- - **Authors:** … - **DOI:** 10.… -->`.
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_COMMENT_FACT = re.compile(
    r"^[ \t]*[-*][ \t]+\*\*(?P<key>[A-Za-z][A-Za-z _]{0,20}?)\s*:?\*\*[ \t]*:?[ \t]*(?P<value>\S[^\n]*)$",
    re.MULTILINE,
)
_COMMENT_HEAD = 8000  # a card's comment follows its title; a long page's later ones are not its


def front_of(doc: Doc) -> dict[str, str]:
    """The note's front matter, with the facts of a commented-out list of labels under it (a
    key the front matter gives is kept as it is)."""
    front = doc.front_matter
    head = doc.source[:_COMMENT_HEAD]
    if not front.get("title") or "<!--" not in head:
        return front
    told = dict(front)
    for comment in _COMMENT.findall(head):
        for fact in _COMMENT_FACT.finditer(comment):
            told.setdefault(fact["key"].strip().lower().replace(" ", "_"), fact["value"].strip())
    return told


def _labelled_id(key: str, value: str) -> str:
    """`arxiv_id: "2502.09863"`: the key says what a bare number is."""
    bare = key != "doi" and BARE_NEW_ID.fullmatch(value.strip()) is not None
    return f"arXiv:{value.strip()}" if bare else value


def read(lines: list[Line], doc: Doc) -> list[Found]:
    """The paper front matter names, when no reader found any paper in the body."""
    if any(line.kind == "claimed" for line in lines) or not lines:
        return []
    draft = paper_in(front_of(doc))
    if draft is None or not draft.title:
        return []
    draft.abstract = _body_abstract(lines)
    return [Found(build(draft, doc.captured), 0, 0)]


_ABSTRACT_WORDS = 40  # fewer is a remark on the paper, not its abstract


def _body_abstract(lines: list[Line]) -> str:
    """A feed item's body under front matter naming its paper: one paragraph of prose, nothing
    else (no heading, list or link), is the paper's abstract."""
    if not lines or any(line.kind != "text" or line.links for line in lines):
        return ""
    if len({line.block for line in lines}) != 1:
        return ""
    text = " ".join(line.text for line in lines)
    return text if len(text.split()) >= _ABSTRACT_WORDS and text.rstrip()[-1:] in ".!?" else ""


def complete(records: list[PaperRecord], doc: Doc) -> None:
    """Give the note's paper what its front matter says and its body did not."""
    draft = paper_in(front_of(doc))
    if draft is None or not records:
        return
    key = fold(draft.title)
    same = [r for r in records if key and fold(r.title) == key]
    if not same and len(records) > 1:
        return  # a listing under front matter about something else
    record = same[0] if same else records[0]
    told = build(draft, doc.captured)
    if _same_paper_other_title(record, told):
        record.title = told.title  # the body set the venue or a series apart; the note names it
    record.arxiv_id = record.arxiv_id or told.arxiv_id
    record.doi = record.doi or told.doi
    # The front matter's link is the paper's own: before the ones met in the body.
    record.urls = [*draft.urls, *(u for u in record.urls if u not in draft.urls)]
    record.urls += [u for u in told.urls if u not in record.urls]
    if not record.authors:
        record.authors, record.authors_truncated = told.authors, told.authors_truncated
    year_only = bool(record.date and len(record.date) == 4)
    fuller = year_only and bool(told.date and told.date.startswith(f"{record.date}-"))
    if fuller or not (record.date or record.date_text or record.date_partial):
        record.date, record.date_text, record.date_partial = (
            told.date,
            told.date_text,
            told.date_partial,
        )


def _same_paper_other_title(record: PaperRecord, told: PaperRecord) -> bool:
    """The body's record has the front matter's identifier under a title that is no part of the
    front matter's own (`*Advances in Neural Information Processing Systems 38*` for the paper)."""
    same_id = bool(record.arxiv_id and record.arxiv_id == told.arxiv_id) or bool(
        record.doi and told.doi and record.doi.lower() == told.doi.lower()
    )
    if not same_id or len(told.title.split()) < 3:
        return False
    body, front = fold(record.title), fold(told.title)
    return body not in front and front not in body  # a wrapped key is cut: `…Large Language`
