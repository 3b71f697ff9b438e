"""A journal's home page of highlighted papers, copied as text: each paper a card of a section
label, its title, the day (sometimes), a blurb, the authors and the citation line.

    EDITORS' SUGGESTION

    A Made-up Effect in Pretend Crystals

    January 12, 2017

    A one-sentence blurb on what the paper found.

    Ada Quill, Ben Marrow, and Cy Brask
    Phys. Rev. Lett. 118, 028103 (2017)

The citation line (`Journal Vol, Number (Year)`) ends a card; the names are on the line above it
and the title is the card's first line after its section label. A commentary's card points at
the paper it is about (`Synopsis on:` over the names): it is no paper of the list.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import date_in
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

NAME = "journal-highlights"
DESCRIPTION = (
    "A journal's highlighted papers: title, blurb, names, `Phys. Rev. Lett. 118, 1 (2017)`"
)

AT_LEAST = 2  # cards that make a journal's page of highlights
CARD = 6  # lines of a card above its names line at most (label, title, day, blurb)
MAX_TITLE = 300
# `Phys. Rev. Lett. 118, 028103 (2017)`, `Nature Physics 13, L1 (2017)`
_CITATION = re.compile(
    r"^(?P<journal>[A-Z][A-Za-z.&' ]{1,60}?)\s\d{1,4},\s[A-Z]{0,2}\d{1,8}\s\((?:19|20)\d{2}\)$"
)
_ET_AL = re.compile(r"^(?P<name>[A-ZÀ-Þ][\w.'’\- ]{1,40}?)\s+et\s+al\.?$")
_FOR_GROUP = re.compile(r"\s+\((?:for|on behalf of)\s[^()]{3,80}\)$")  # `(for the X Collaboration)`
_POINTER = re.compile(r"\s(?:on|about|of):$")  # `Synopsis on:`, `Viewpoint on:`
_LABEL = re.compile(r"^[A-Z][A-Z'’&/ \-]{2,40}$")  # `EDITORS' SUGGESTION`, `ON THE COVER`


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    top = 0  # the first line after the card before
    for index, line in enumerate(lines):
        if line.kind != "text" or not line.text.endswith(")") or index == 0:
            continue  # cheap tests first: a citation line ends with its year's bracket
        if _CITATION.match(line.text) is None:
            continue
        if (hit := _card(lines, top, index, doc)) is not None:
            hits.append(hit)
        top = index + 1
    return hits if len(hits) >= AT_LEAST else []


def _card(lines: list[Line], top: int, index: int, doc: Doc) -> Found | None:
    names_line = lines[index - 1]
    if names_line.kind != "text":
        return None
    names = _names(names_line.text)
    if names is None:
        return None
    first = max(top, index - 1 - CARD)
    above = [line for line in lines[first : index - 1] if line.kind == "text"]
    if not above or _POINTER.search(above[-1].text):
        return None  # a commentary's pointer at the paper it is about
    while above and _LABEL.match(above[0].text):
        above = above[1:]  # the section's label
    if not above or len(above[0].text) > MAX_TITLE or above[0].text.endswith("."):
        return None
    title_line = above[0]
    day = next((d for line in above[1:] if len(line.text) < 40 and (d := date_in(line.text))), None)
    draft = Draft(line=title_line.number, title=title_line.text, authors=names)
    draft.date = day or lines[index].text.rsplit("(", 1)[1].rstrip(")")
    draft.urls = [*title_line.urls]
    draft.confidence = 0.85
    return Found(build(draft, doc.captured), lines.index(title_line, first), index)


def _names(text: str) -> list[str] | str | None:
    """The card's authors: `A Name, B Name, and C Name` (a collaboration named after them in
    brackets is dropped), or `A Name et al.`: the first author alone."""
    if et_al := _ET_AL.match(text):
        return [et_al["name"]] if looks_like_names(et_al["name"]) else None
    text = _FOR_GROUP.sub("", text)
    return text if looks_like_names(text) else None
