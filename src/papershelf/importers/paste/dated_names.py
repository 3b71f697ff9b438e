"""Publication pages that give each work a paragraph of short lines (Markdown's two-space
breaks), the names and the year on the first:

    Ada Quill and Ben Marrow. 2014.
    [An invented study of pretend words: general or specific?](https://example.org/q.pdf)
    [_Pretend Journal_ 65: 171—210](https://doi.org/10.1/x).
    Data and R code available from [a repository](…).

    Ada Quill. Forthcoming.
    A made-up result. Its second sentence.
    Accepted for publication in _Example Review_.

The line under the names is the title, whole (a title of two sentences stays one); the links on
it and on the venue's line under it are the paper's, the notes below are the author's. A work
not yet out (`Forthcoming`, `In press`) has no year.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import words
from papershelf.importers.paste.book_refs import split_inverted
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

NAME = "dated-names"
DESCRIPTION = "Paragraphs `A Name and B Name. 2014.` over the title, then the venue"

AT_LEAST = 2  # such paragraphs that make a publication list
_NOT_YET = r"forthcoming|in\spress|to\sappear|submitted|under\sreview"
# `A Name and B Name. 2014.`, `Quill, A. B., & Marrow, C. (2014).`, `… Forthcoming.`
_NAMES_YEAR = re.compile(
    r"^(?P<names>[A-ZÀ-Þ][^\d:;()]{2,200}?)"
    rf"(?:\.\s(?:(?P<year>(?:19|20)\d{{2}})[a-z]?|{_NOT_YET})\.?"
    rf"|\s\((?:(?P<year2>(?:19|20)\d{{2}})[a-z]?|{_NOT_YET})\)\.?)$",
    re.IGNORECASE,
)
_SPLIT = re.compile(r",\s(?:and\s|&\s)?|\s(?:and|&)\s")
_INVERTED = re.compile(r"^[A-ZÀ-Þ][\w'’\-]+,\s[A-Z]\.")
_LAST_INITIAL = re.compile(r"(?<=\b[A-Z])$")
MIN_TITLE = 3  # words


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    for index in range(len(lines) - 1):
        line = lines[index]
        if line.kind != "text" or len(line.text) > 220 or not line.text.endswith((".", ")")):
            continue  # cheap tests first: a short line closed by a full stop
        title_line = lines[index + 1]
        if title_line.block != line.block or title_line.kind != "text":
            continue
        if (found := _entry(lines, index, doc)) is not None:
            hits.append(found)
    return hits if len(hits) >= AT_LEAST else []


def _entry(lines: list[Line], index: int, doc: Doc) -> Found | None:
    line, title_line = lines[index], lines[index + 1]
    match = _NAMES_YEAR.match(line.text)
    if match is None:
        return None
    # the names' closing stop is the line's, an initial's is the name's: `Quill, A. B.`
    names = _LAST_INITIAL.sub(".", match["names"].strip().rstrip(",.").strip())
    if not looks_like_names(names):
        return None
    title = title_line.text.strip().removesuffix(".")
    if words(title) < MIN_TITLE or names in title:
        return None
    last = index + 1
    urls = list(title_line.urls)
    if last + 1 < len(lines) and lines[last + 1].block == line.block:
        last += 1  # the venue's line: its link is the paper's (a DOI)
        urls += lines[last].urls
    people = split_inverted(names) if _INVERTED.match(names) else _SPLIT.split(names)
    draft = Draft(line=line.number, title=title, authors=people)
    draft.date, draft.urls, draft.confidence = match["year"] or match["year2"], urls, 0.8
    draft.text = " ".join(lines[i].text for i in range(index, last + 1))
    while last + 1 < len(lines) and lines[last + 1].block == line.block:
        last += 1  # the author's notes on the work (its data, where to find it): no paper
    return Found(build(draft, doc.captured), index, last)
