"""Reading lists and group schedules that link each reading by its title and cite it inside the
link's text: `[Title (Surname, 2019)](…)`, `[Title (Surname et al., 2017).](…)`, or the citation
first, `[Surname et al. 2017: Title](…)`, `[Surname (2015) "Title"](…)`, or right after the link,
`[Title](…) (Surname, 2019)`; the item around the link says who presents it or when
(`- Week 2 (Ada): [Title (Surname, 2019)](…)`), and a title wrapped over two lines is one title.

The names in the citation are the paper's authors (family names only), its year the paper's. A
link's text that is a citation alone (`[Surname & Other (2018)]`) names no title, and one with
words after the citation (`[Topic (Surname, 2019) + exercises]`) names a session, not a paper.
"""

from __future__ import annotations

import re

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "cited-links"
DESCRIPTION = "Links whose text is a title and its citation: `[Title (Surname, 2019)](…)`"

AT_LEAST = 2  # such links in one paste: a list of readings, not one remark's link
TITLE_WORDS = 3
_SURNAME = r"[A-ZÀ-Þ][\w'’\-]+(?: [A-ZÀ-Þ][\w'’\-]+)?"
_NAMES = rf"(?P<names>{_SURNAME}(?:,? et al\.?|,? (?:&|and) {_SURNAME})?)"  # `Hsu, et al.` too
_YEAR = r"(?P<year>(?:19|20)\d{2})[a-z]?"
_TITLE_THEN_CITE = re.compile(rf"^(?P<title>\S.{{8,300}}?)\s*\({_NAMES},? {_YEAR}\)\.?$")
_CITE_THEN_TITLE = re.compile(rf"^{_NAMES},? \(?{_YEAR}\)?\s*[:：]\s*(?P<title>\S.{{8,300}})$")
# `[Surname et al. (2019) "Title"](…)`: a course's reading list quotes the title after the citation.
_CITE_THEN_QUOTED = re.compile(
    rf"^{_NAMES} \({_YEAR}\)\s*[\"“](?P<title>[^\"“”]{{8,300}})[\"”]\.?$"
)
_AFTER_LINK = re.compile(rf"\s*\({_NAMES},? {_YEAR}\)")
_NAME_PARTS = re.compile(r",? (?:&|and) |,? et al\.?$")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    for index, line in enumerate(lines):
        if not line.links or line.kind not in ("item", "text"):
            continue
        for label, url in line.links:
            if "(" in label or ":" in label or "：" in label:  # cheap: every citation has one
                record = _cited(label, url, line, doc)
            elif "(" in line.text:
                record = _cited_after(label, url, line, doc)
            else:
                continue
            if record is not None:
                hits.append(Found(record, _block_start(lines, index), index))
    return hits if len(hits) >= AT_LEAST else []


def _cited(label: str, url: str, line: Line, doc: Doc) -> PaperRecord | None:
    match = (
        _TITLE_THEN_CITE.match(label)
        or _CITE_THEN_TITLE.match(label)
        or _CITE_THEN_QUOTED.match(label)
    )
    if match is None:
        return None
    title = match["title"].strip().rstrip(".")
    if len(title.split()) < TITLE_WORDS:
        return None
    names = [name for name in _NAME_PARTS.split(match["names"]) if name]
    draft = Draft(line=line.number, title=title, authors=names, urls=[url])
    draft.date = match["year"]
    draft.confidence = 0.8
    return build(draft, doc.captured)


def _cited_after(label: str, url: str, line: Line, doc: Doc) -> PaperRecord | None:
    """`[Title](…) (Surname et al., 2019)`: the citation right after the link."""
    at = line.text.find(label)
    after = _AFTER_LINK.match(line.text, at + len(label)) if at >= 0 else None
    if after is None or len(label.split()) < TITLE_WORDS:
        return None
    names = [name for name in _NAME_PARTS.split(after["names"]) if name]
    draft = Draft(line=line.number, title=label.strip().rstrip("."), authors=names, urls=[url])
    draft.date, draft.confidence = after["year"], 0.8
    return build(draft, doc.captured)


def _block_start(lines: list[Line], index: int) -> int:
    """The first line of the item the link closes in (a link's text wrapped over two lines)."""
    start = index
    while (
        start > 0 and lines[start - 1].block == lines[index].block and lines[start].kind == "text"
    ):
        start -= 1
    return start
