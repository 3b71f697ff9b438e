"""An arXiv API (Atom) feed whose markup was stripped, its text run together on a line or a few:
per entry the abstract's address, the title, the updated time, the abstract, the published time,
a comment, and the authors' names run together (`… 24 pages Qi Ding Lei Zhang`).

An RSS feed flattened so (a working-paper series' feed, a page's text taken from it) gives per
item the title, the guid (an id or an address), the RFC 822 date and the summary: `Title
5D6C0E66-… Fri, 31 Jul 2020 07:40:00 EST The authors of this paper …`. The guid and the date
mark each item; its title is what stands between the previous item's last sentence and them.

An entry runs from its address to the next one. Its title ends at the first timestamp and its
abstract between the two; after the second come the comment and the names. Names run together
are only split when the capitalised words after the comment pair up (given name, family name);
otherwise the entry keeps no names rather than wrong ones.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "atom-text"
DESCRIPTION = "arXiv API (Atom) results with their markup stripped, run together on a line"

MAX_LINES = 40  # a flattened feed is a line or a few; a long paste is something else
MIN_ABSTRACT = 80
_ENTRY = re.compile(
    r"(?P<url>https?://arxiv\.org/abs/(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?)\s+"
)
_STAMP = re.compile(r"\s*\b(?P<day>(?:19|20)\d{2}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}Z\s*")
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*$")


# `5D6C0E66-96D3-4E57-A4C3-E0FC41780FF6 Fri, 31 Jul 2020 07:40:00 EST`
_RSS_STAMP = re.compile(
    r"\s+(?:[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}\s+|https?://\S+\s+)?"
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?P<day>\d{1,2}) (?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul"
    r"|Aug|Sep|Oct|Nov|Dec) (?P<year>(?:19|20)\d{2}) \d{2}:\d{2}(?::\d{2})?"
    r"(?: (?:[A-Z]{1,5}|[+\-]\d{4}))?(?:\s+|$)"
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# The end of a summary's sentence, where the next item's title starts
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
MIN_ITEMS = 2
MAX_TITLE = 300


def read(lines: list[Line], doc: Doc) -> list[Found]:
    if not doc.plain or len(lines) > MAX_LINES:
        return []
    found: list[Found] = []
    for index, line in enumerate(lines):
        if line.kind == "claimed":
            continue
        if "arxiv.org/abs/" not in line.text:
            if ", " in line.text:
                found += _rss_items(line, index, doc)
            continue
        starts = list(_ENTRY.finditer(line.text))
        for n, start in enumerate(starts):
            end = starts[n + 1].start() if n + 1 < len(starts) else len(line.text)
            draft = _entry(line, start["url"], line.text[start.end() : end])
            if draft is not None:
                found.append(Found(build(draft, doc.captured), index, index))
    return found


def _entry(line: Line, url: str, text: str) -> Draft | None:
    stamps = list(_STAMP.finditer(text))
    if len(stamps) < 2:
        return None
    updated, published = stamps[0], stamps[1]
    title, abstract = text[: updated.start()].strip(), text[updated.end() : published.start()]
    if not title or len(abstract) < MIN_ABSTRACT:
        return None
    draft = Draft(line=line.number, title=title, urls=[url], abstract=abstract.strip())
    draft.text = url
    draft.date = published["day"]
    draft.authors = _paired_names(text[published.end() :].split())
    draft.confidence = 0.75
    return draft


def _paired_names(tokens: list[str]) -> list[str]:
    """The capitalised words the entry ends with, two by two (`Qi Ding Lei Zhang`)."""
    run = 0
    while run < len(tokens) and _NAME_WORD.match(tokens[len(tokens) - 1 - run]):
        run += 1
    if run < 2 or run % 2:
        return []
    words = tokens[len(tokens) - run :]
    return [f"{words[i]} {words[i + 1]}" for i in range(0, run, 2)]


def _rss_items(line: Line, index: int, doc: Doc) -> list[Found]:
    """The items of an RSS feed run together on this line (two or more)."""
    text = line.text
    stamps = list(_RSS_STAMP.finditer(text))
    if len(stamps) < MIN_ITEMS:
        return []
    starts = []  # where each item's title starts
    for n, stamp in enumerate(stamps):
        before = stamps[n - 1].end() if n else 0
        ends = list(_SENTENCE_END.finditer(text, before, stamp.start())) if n else []
        starts.append(ends[-1].end() if ends else before)
    found: list[Found] = []
    for n, stamp in enumerate(stamps):
        title = text[starts[n] : stamp.start()].strip()
        if len(title.split()) < 2 or len(title) > MAX_TITLE:
            continue
        summary = text[stamp.end() : starts[n + 1] if n + 1 < len(stamps) else len(text)]
        month = _MONTHS.index(stamp["month"]) + 1
        draft = Draft(line=line.number, title=title, text=title, abstract=summary.strip())
        draft.date = f"{stamp['year']}-{month:02d}-{int(stamp['day']):02d}"
        draft.confidence = 0.7
        found.append(Found(build(draft, doc.captured), index, index))
    return found
