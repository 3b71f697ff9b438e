"""Papers listed by arXiv id under an author's or a group's name, as mirrors of arXiv print them:

    • Title of the paper(1803.06379)
    April 30, 2018 hep-ex, physics.ins-det
    The abstract, in one paragraph …

The title line ends with the bracketed id (often glued to the title), the line under it gives
the day and the subject classes, and the abstract may follow until the next title.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.arxiv_title_ids import split_trailing_id
from papershelf.importers.paste.blocks import date_in
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "arxiv-listed"
DESCRIPTION = "arXiv papers listed as `Title(1803.06379)` over a date and subject classes line"

_CLASS = r"[a-z]{2,8}(?:-[a-z]{2,5})?(?:\.[A-Za-z]{2,6}(?:-[a-z]{2,5})?)?"
# `April 30, 2018 hep-ex, physics.ins-det`, `Nov. 3, 2017 astro-ph.EP, astro-ph.IM`
_DATE_CLASSES = re.compile(
    rf"^(?P<when>[A-Z][a-z]{{2,8}}\.? \d{{1,2}}, (?:19|20)\d{{2}}|\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"\d{{1,2}} [A-Z][a-z]{{2,8}}\.? (?:19|20)\d{{2}})"
    rf"\s+(?P<classes>{_CLASS}(?:\s*[,;]\s*{_CLASS})*)\s*$"
)
_BULLET = re.compile(r"^[•·▪◦*\-–]\s*")
MIN_ABSTRACT = 80  # characters: a shorter line under the classes is no abstract
MIN_WORDS = 3


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    for index, line in enumerate(lines[:-1]):
        if not line.text.endswith(")") or line.kind not in ("text", "item", "heading"):
            continue  # cheap test first: a title line ends with the bracketed id
        title, arxiv_id = split_trailing_id(_BULLET.sub("", line.text))
        if arxiv_id is None or len(title.split()) < MIN_WORDS:
            continue
        meta = _DATE_CLASSES.match(lines[index + 1].text)
        if meta is None:
            continue
        draft = Draft(line=line.number, title=title, text=f"arXiv:{arxiv_id}")
        draft.date = date_in(meta["when"]) or meta["when"]
        draft.categories = [c.strip() for c in re.split(r"[,;]", meta["classes"])]
        draft.urls = list(line.urls)
        last = index + 1
        below = index + 2
        if below < len(lines) and _abstract(lines[below]):
            draft.abstract, last = lines[below].text, below
        draft.confidence = 0.9
        found.append(Found(build(draft, doc.captured), index, last))
    return found


def _abstract(line: Line) -> bool:
    text = line.text
    if line.kind != "text" or len(text) < MIN_ABSTRACT:
        return False
    return split_trailing_id(text)[1] is None
