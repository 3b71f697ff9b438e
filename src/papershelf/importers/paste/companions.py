"""Pages about a paper, listed beside it: an article's sources give the paper, then
`[Name explainer, Some Site](…)`, `[Name: the video](…)`, `[Name slides](…)`. Such a link names a
paper of the same paste by its short name (the words before the colon of its title) and says what
kind of page it is; it carries no identifier of its own. It is no second paper.
"""

from __future__ import annotations

import re

from papershelf.core.records import PaperRecord

# Kinds of pages written about a paper (not words a title ends with: `… Review`, `… Survey` are
# kinds of papers and stay out of this list).
_ABOUT = re.compile(
    r"\b(?:explainers?|explained|blog(?:\s*post)?|article|video|slides|talk|thread|tweet"
    r"|podcast|walk ?through|write ?up|summary|coverage|interview|project page|website"
    r"|homepage|code|repo(?:sitory)?|demo)\b",
    re.IGNORECASE,
)
# After the paper's name: the page's kind, then its site or nothing (`explainer, Some Site`,
# `: the video`, `slides (pdf)`, `blog post by Name`); not more words of a title.
_KIND_OF_PAGE = re.compile(
    rf"\W*(?:(?:the|an?|our)\s+)?(?:{_ABOUT.pattern})\s*(?:$|[,(|–—-]|(?:on|by|from|at)\b)",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[^\W_]+")
REST_AT_MOST = 6  # words after the paper's name: a page's kind and its site, no more


def pages_about(records: list[PaperRecord]) -> dict[int, PaperRecord]:
    """For each record (by `id`) that is a page about a paper read before it in the same paste,
    that paper. A dict of short names keeps it linear in the records."""
    if not any(map(_may_be_about, records)):
        return {}  # the common case: no short name need be worked out (~3 us a record)
    named: dict[tuple[str, ...], PaperRecord] = {}
    about: dict[int, PaperRecord] = {}
    for record in records:
        if (paper := _named_in(record, named)) is not None:
            about[id(record)] = paper
            continue
        name = tuple(_WORDS.findall(short_name(record.title).casefold()))
        if name:
            named.setdefault(name, record)
    return about


def _may_be_about(record: PaperRecord) -> bool:
    if record.arxiv_id or record.doi or record.authors or record.confidence is None:
        return False  # a paper's identifier or names: a paper; a seed layout's record: exact
    return _ABOUT.search(record.title) is not None


def _named_in(record: PaperRecord, named: dict[tuple[str, ...], PaperRecord]) -> PaperRecord | None:
    if not _may_be_about(record):
        return None
    title = record.title.casefold()
    spans = list(_WORDS.finditer(title))
    words = [span.group() for span in spans]
    for cut in range(max(1, len(words) - REST_AT_MOST), len(words)):
        paper = named.get(tuple(words[:cut]))
        if paper is not None and _KIND_OF_PAGE.match(title, spans[cut - 1].end()):
            return paper
    return None


def short_name(title: str) -> str:
    """The name a title gives itself before its colon (`Skill Self-Play` of `Skill Self-Play:
    Pushing …`); the whole title when it has none."""
    head, colon, _rest = title.partition(":")
    return head if colon and head.strip() else title
