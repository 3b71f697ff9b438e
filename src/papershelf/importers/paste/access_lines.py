"""Course pages that give each reading a section: a reference in a style of the sciences, the
teacher's notes on it, then a labelled line with its address:

    ### 2. Pretend structure
    **Quill, A., & Marrow, B. (2017).** Ten invented rules. *Pretend Biology*, 13(9), e1.

    **Key points:**
    - a note on the paper

    **Access:** https://doi.org/10.1234/pretend-1

The address on the access line (`Access:`, `Link:`, `URL:`, `접근:`, `链接:` …) is the
paper's; the notes between are no papers; a heading over the reference that names its title
(`#### Journal - Title`) is the section's, no second paper.
"""

from __future__ import annotations

import re

from papershelf.core.text import fold
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.sci_refs import science_entry

NAME = "access-lines"
DESCRIPTION = "A reference, notes on it, then `Access: https://…` (course pages' readings)"

AT_LEAST = 2  # such readings that make a course page
NOTES = 12  # lines of notes between a reference and its access line at most
_ACCESS_LABELS = frozenset(
    (
        "access", "accessed", "link", "url", "available at", "available", "online", "full text",
        "doi", "read", "read online", "paper", "article",
        "접근", "링크", "원문", "주소", "链接", "地址", "原文", "リンク", "acceso", "enlace", "accès",
        "lien", "zugang",
    )
)  # fmt: skip
_ACCESS = re.compile(r"^(?P<label>[^\W\d_][^:：]{0,20}?)\s*[:：]\s*(?P<url>https?://\S+)$")
_REFERENCE_END = frozenset(("heading", "rule"))


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    taken = -1
    for index, line in enumerate(lines):
        if line.kind != "text" or "://" not in line.text or len(line.text) > 300:
            continue  # cheap tests first: an address on a short line
        access = _ACCESS.match(line.text)
        if access is None or access["label"].strip().casefold() not in _ACCESS_LABELS:
            continue
        if (found := _reading(lines, index, access["url"], taken, doc)) is not None:
            hits.append(found)
            taken = index
    return hits if len(hits) >= AT_LEAST else []


def _reading(lines: list[Line], index: int, url: str, taken: int, doc: Doc) -> Found | None:
    """The reference above this access line, within its section, and the lines it spans."""
    for above in range(index - 1, max(taken, index - 1 - NOTES), -1):
        line = lines[above]
        if line.kind in _REFERENCE_END:
            return None
        if line.kind != "text" or (cited := science_entry(line.text)) is None:
            continue
        draft = Draft(line=line.number, title=cited.title, authors=cited.names, date=cited.year)
        draft.urls, draft.text, draft.confidence = [*line.urls, url], line.text, 0.85
        first = above
        if above > 0 and _names_it(lines[above - 1], cited.title):
            first = above - 1  # `#### Journal - Title`: the section's heading
        return Found(build(draft, doc.captured), first, index)
    return None


def _names_it(heading: Line, title: str) -> bool:
    return heading.kind == "heading" and fold(title) in fold(heading.text)
