"""Report and series pages that give each paper on one line, its title and then `by` and the
names, often after the item's number or the series' number, the title sometimes quoted:

    1. An Invented Study of Weather By Quill, Ada; Ben Nadir
    2021-04 'An Invented Study of Tides' by Ada Quill, Ben Nadir and Cy Ortolan

RePEc's NEP reports separate the names with semicolons, surname first or not; working-paper
series pages with commas and `and`. The last `by` whose tail reads as people splits the line (a
title may hold a `by` of its own: `Report on "…", by A Name (2013) By …`). A series' number that
opens with a year (`2021-04`) gives the paper's year. Unnumbered, the line must open its
paragraph (a month's picks: the title line, a comment under it); `by Quill et al.` names the
first author alone. Several such lines make the list: one
line of prose with `by` in it is no paper.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import title_and_year
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names, split_names

NAME = "inline-bylines"
DESCRIPTION = "One paper a line: `[number] Title by A Name; B Name` (reports, paper series)"

RUN = 3  # such lines in one paste: a list of papers, not a sentence that says `by`
MAX_TITLE_WORDS = 40
MAX_LINE = 700
_BY = re.compile(r"\s[Bb]y\s+(?=[A-ZÀ-Þ])")
# `2021-04 `, `WP 2021/04 `, `No. 12 `: a series' number before the title (a year opens some)
_SERIAL = re.compile(r"^(?:(?:WP|No\.?|Nr\.?)\s*)?(?P<year>(?:19|20)\d\d)?[-/]?\d{1,4}[.):]?\s+")
_QUOTES = "'\"‘’“”"
_SURNAME = re.compile(r"^(?:(?:van|von|de|da|di|del|le)\s+)?[A-ZÀ-Þ][\w’'\-]+$")
_ET_AL = re.compile(r",?\s+et\.?\s+al\.?$")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    for index, line in enumerate(lines):
        text = line.text
        # cheap tests first: most lines hold no ` by ` / ` By ` at all
        if (" by " not in text and " By " not in text) or len(text) > MAX_LINE:
            continue
        if line.kind not in ("item", "text") or (hit := _paper(lines, index, doc)) is None:
            continue
        hits.append(hit)
    return hits if len(hits) >= RUN else []


def _paper(lines: list[Line], index: int, doc: Doc) -> Found | None:
    line = lines[index]
    text = line.text.strip()
    year = None
    if line.kind == "text":
        serial = _SERIAL.match(text)
        if serial is not None:
            year, text = serial["year"], text[serial.end() :]
        elif index and lines[index - 1].block == line.block:
            return None  # a line inside a paragraph: prose wrapped, no entry's first line
    split = _split(text)
    if split is None:
        return None
    title, authors, dated = split
    draft = Draft(line=line.number, title=title, authors=authors)
    draft.urls = list(line.urls)
    draft.text = line.text
    if year or dated:
        draft.date = year or dated
    draft.confidence = 0.75
    last = index
    while last + 1 < len(lines) and lines[last + 1].block == line.block:
        if _SERIAL.match(lines[last + 1].text) or _split(lines[last + 1].text) is not None:
            break  # the next entry, in the same paragraph (a list set line under line)
        last += 1  # the remark under the entry, in its paragraph, is the entry's
    return Found(build(draft, doc.captured), index, last)


# `… by A Name and B Name (2002)`, `… by A Name et al. (2020) ([open access version](…))`: the
# year after the names, and a remark in brackets after it
_YEAR_AFTER = re.compile(r"\s*\((?P<year>(?:19|20)\d\d)[a-z]?\)(?:\s*\([^()]*\))?\s*$")


def _split(text: str) -> tuple[str, list[str], str | None] | None:
    """The title before the last `by` whose tail is people, those people, and the year in
    brackets after them."""
    for match in reversed(list(_BY.finditer(text))):
        tail = text[match.end() :].strip().rstrip(".")
        dated = _YEAR_AFTER.search(tail)
        names = _people(tail[: dated.start()] if dated else tail)
        if names is None:
            continue
        title = text[: match.start()].strip().rstrip(",").strip()
        if len(title) > 1 and title[0] in _QUOTES and title[-1] in _QUOTES:
            title = title[1:-1].strip()
        title, year_before = title_and_year(title)  # `Title. (2017) by A Name`
        if not 2 <= len(title.split()) <= MAX_TITLE_WORDS or not title[:1].isupper():
            return None
        return title, names, dated["year"] if dated else year_before
    return None


def _people(tail: str) -> list[str] | None:
    """`Quill, Ada; Ben Nadir` -> each part a name; `Ada Quill, Ben Nadir and Cy Ortolan` -> the
    names of the list; None when the tail is no list of people."""
    cut = _ET_AL.sub("", tail)
    if cut != tail and _SURNAME.match(cut):
        return [cut]  # `by Quill et al.`: the first author's surname
    tail = cut
    if ";" in tail:
        parts = [part.strip() for part in tail.split(";")]
        if all(part and _one_name(part) for part in parts):
            return parts
        return None
    if looks_like_names(tail):
        return split_names(tail)[0]
    if _one_name(tail):
        return [tail]
    return None


def _one_name(part: str) -> bool:
    """`Quill, Ada` or `Ada B. Quill`: one person, inverted or not."""
    words = part.replace(",", " ").split()
    if not 2 <= len(words) <= 5 or part.count(",") > 1:
        return False
    return looks_like_names(part)
