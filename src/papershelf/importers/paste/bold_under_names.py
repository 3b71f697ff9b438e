"""Literature pages that give each paper a list item of its names and a link, its title in
bold in the paragraph under them and its venue under that:

    - A. B. Quill, C. Marrow, and D.E.Oddly. [URL](https://example.org/quill.pdf)

      **An Invented Platform for Pretend Projects.**

      Example Journal of Mathematics, 2021, Vol. 42, No. 11, pp. 2520–2529. DOI: 10.1/x

The names are the item's text (the link's label, `URL`, `PDF`, is no name); the bold line is
the title; the venue's year (set off by commas) is the paper's, an ISSN's digits are not.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import words
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

NAME = "bold-under-names"
DESCRIPTION = "Items of names and a link, the bold title under them, then the venue"

AT_LEAST = 2  # such papers that make a literature page
MIN_TITLE = 3  # words
_SPLIT = re.compile(r",\s(?:and\s|&\s)?|\s(?:and|&)\s")
_VENUE_YEAR = re.compile(r"(?:^|,\s)((?:19|20)\d{2})(?=,|\.|$)")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    for index in range(len(lines) - 1):
        line = lines[index]
        if line.kind != "item" or not line.links or len(line.links) > 2:
            continue  # cheap tests first: an item with its link
        if not lines[index + 1].bold:
            continue
        if (found := _paper(lines, index, doc)) is not None:
            hits.append(found)
    return hits if len(hits) >= AT_LEAST else []


def _paper(lines: list[Line], index: int, doc: Doc) -> Found | None:
    line, below = lines[index], lines[index + 1]
    names = line.text
    for label, _url in line.links:
        names = names.replace(label, "")
    names = names.strip().rstrip(".").strip()
    title = below.text.strip()
    if below.kind != "text" or not any(b.strip() == title for b in below.bold):
        return None
    title = title.rstrip(".")
    if words(title) < MIN_TITLE or not looks_like_names(names):
        return None
    draft = Draft(line=line.number, title=title, authors=_SPLIT.split(names))
    draft.urls, draft.text, draft.confidence = list(line.urls), title, 0.8
    last = index + 1
    venue = lines[last + 1] if last + 1 < len(lines) else None
    year = _VENUE_YEAR.search(venue.text) if venue is not None and not venue.bold else None
    if venue is not None and venue.kind == "text" and year is not None:
        last, draft.date = last + 1, year[1]
        draft.text = f"{title} {venue.text}"
        draft.urls += venue.urls
    return Found(build(draft, doc.captured), index, last)
