"""A journal issue's table of contents copied from its site as text: the issue's sections by
name (`Estudios`, `Notes`), and under them each article as `Authors. Title. Vol. 29, No.2
(2006), pp. 205-219`, wrapped over lines as the page was wide:

    Studies
    Ada Quill, Ben Nadir. An invented study of pretend
    weather. Vol. 12, No.3 (2031), pp. 10-24

The volume, number, year and pages closing the entry are the cue: the lines since the last
entry (or the section's name) are the article's. The names end at the first full stop that
follows no initial; an acronym alone (`CINDOC CSIC`) is a body's, no person's. Book reviews and
a bibliography section (`Book reviews`, `Crítica de libros`, `Sección bibliográfica`) are the
issue's own matter, no papers.

French portals list an issue's contents as items, `Title - Names p. 9` and the abstract run on
after the page, under a table of the issue (`Numéro | n° 3, septembre 2014`) whose year is the
papers':

    - Pretend weather : an invented study - Ada Quill, Ben Nadir p. 9 Les auteurs …

The page after the names is the cue; an item of a name and a page alone (an editorial) has no
title and is none.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

NAME = "issue-contents"
DESCRIPTION = "Issue contents: `Authors. Title. Vol. 29, No.2 (2006), pp. 205-219`, wrapped"

RUN = 3  # articles in one paste: an issue's contents, not one citation
MAX_ENTRY_LINES = 6
SECTION_WORDS = 4
_TAIL = re.compile(
    r"\.?\s*(?:Vol\.?|Vol\.?\s*)\s*\d{1,4},?\s*(?:No\.?|Nº|núm\.?|n\.?)\s*\d{1,4}\s*"
    r"\((?P<year>(?:19|20)\d\d)\),?\s*pp?\.\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?\.?$",
    re.IGNORECASE,
)
_NAMES_END = re.compile(
    r"(?<=[^\s.])\.\s+(?=\S)"
)  # a full stop after a word of two letters or more
_INITIAL_BEFORE = re.compile(r"(?:^|[\s.\-])[A-ZÀ-Þ]$")
_NOT_PAPERS = re.compile(
    r"^(?:book reviews?|reviews?|cr[ií]tica de libros|rese[ñn]as|comptes rendus|recensions"
    r"|secci[oó]n bibliogr[aá]fica|bibliograph(?:y|ie)|bibliograf[ií]a)$",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"^[A-ZÀ-Þ0-9&]{2,}$")


_DASHED = re.compile(
    r"^(?P<title>\S.{5,400}?) [-–] (?P<names>(?:(?! [-–] ).){3,300}?) pp?\. ?\d{1,5}(?:\s*[-–]\s*\d{1,5})?"
    r"(?:\s+(?P<abstract>\S.*))?$"
)
_ISSUE_LABELS = frozenset(("numéro", "issue", "number", "no.", "année", "year", "volume"))
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
HEAD_LINES = 20


def read(lines: list[Line], doc: Doc) -> list[Found]:
    return _wrapped_entries(lines, doc) or _dashed_items(lines, doc)


def _dashed_items(lines: list[Line], doc: Doc) -> list[Found]:
    """`- Title - Names p. 9 Abstract…` items under an issue's table."""
    hits: list[Found] = []
    year = _issue_year(lines)
    for index, line in enumerate(lines):
        text = line.text
        # cheap tests first: an item holding a page and a spaced dash
        if line.kind != "item" or " p" not in text or (" - " not in text and " – " not in text):
            continue
        match = _DASHED.match(text)
        if match is None or not looks_like_names(match["names"]):
            continue
        draft = Draft(line=line.number, title=match["title"].strip(), authors=match["names"])
        if match["abstract"]:
            draft.abstract = match["abstract"]
        if year:
            draft.date = year
        draft.urls = list(line.urls)
        draft.text = text
        draft.confidence = 0.7
        hits.append(Found(build(draft, doc.captured), index, index))
    return hits


def _issue_year(lines: list[Line]) -> str:
    """The year in the issue's row (`Numéro | n° 3, septembre 2014`) of the page's head."""
    for line in lines[:HEAD_LINES]:
        if line.kind != "row" or len(line.cells) < 2:
            continue
        label, value = line.cells[0].text.strip().lower(), line.cells[1].text
        if label in _ISSUE_LABELS and (found := _YEAR.search(value)):
            return found.group()
    return ""


def _wrapped_entries(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    start: int | None = None
    section = ""
    for index, line in enumerate(lines):
        text = line.text
        if line.kind != "text" or not text:
            start = None
            continue
        if start is not None and (
            line.block != lines[start].block or index - start >= MAX_ENTRY_LINES
        ):
            start = None  # a new paragraph, or lines that never closed as an entry
        if start is None and _section_name(text):
            section = text
            continue
        if start is None:
            start = index
        if not (text[-1:].isdigit() or text.endswith(".")) or "p." not in text:
            continue  # an entry's last line closes with its pages (`pp. 205-219`)
        joined = _joined(lines[start : index + 1])
        if (tail := _TAIL.search(joined)) is None:
            continue
        entry_start, start = start, None
        if _NOT_PAPERS.match(section.strip()):
            continue
        if hit := _article(joined[: tail.start()], tail["year"], lines, entry_start, index, doc):
            hits.append(hit)
    return hits if len(hits) >= RUN else []


def _section_name(text: str) -> bool:
    words = text.split()
    return len(words) <= SECTION_WORDS and "." not in text and not any(c.isdigit() for c in text)


def _joined(lines: list[Line]) -> str:
    """Wrapped lines as one: `no-` + `frustración` -> `no-frustración` (a word broken at its
    hyphen), `Gutiérrez-` + `Carrasco` kept apart as printed."""
    text = lines[0].text.strip()
    for line in lines[1:]:
        nxt = line.text.strip()
        glue = "" if text.endswith("-") and nxt[:1].islower() else " "
        text = text + glue + nxt
    return text


def _article(
    body: str, year: str, lines: list[Line], first: int, last: int, doc: Doc
) -> Found | None:
    for stop in _NAMES_END.finditer(body):
        names = body[: stop.start()]
        if _INITIAL_BEFORE.search(names):
            continue  # `C. A. Name`: an initial's full stop, the names go on
        if not looks_like_names(names):
            return None
        title = body[stop.end() :].strip().rstrip(".")
        if len(title.split()) < 2:
            return None
        authors = "" if all(_ACRONYM.match(w) for w in names.split()) else names
        draft = Draft(line=lines[first].number, title=title, authors=authors)
        draft.date = year
        draft.text = body
        draft.urls = [url for line in lines[first : last + 1] for url in line.urls]
        draft.confidence = 0.7
        return Found(build(draft, doc.captured), first, last)
    return None
