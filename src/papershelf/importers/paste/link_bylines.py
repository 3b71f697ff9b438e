"""Awesome-lists that link each paper's title as a list item and set its names and venue on an
indented line under it:

    1. [An Invented Method for Pretend Molecules.](https://journal.example.org/articles/x1)
        Ada Quill, Ben Marrow, & Cleo Tansy, Journal of Examples **12**, 34–56 (2019) [Tag]

The link's text is the title, its target the paper's page; the line under it gives the names
(comma-parted, `&` or `and` before the last), then the venue, and the year in brackets.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import year_in
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

NAME = "link-bylines"
DESCRIPTION = "List items linking a title, names and venue on the line under each"

AT_LEAST = 2  # items of the shape in one paste: one alone may be a note's link and a remark
_JOINER = re.compile(r"^(?:&|and)\s+")
_PAIR = re.compile(r" (?:&|and) ")  # `D. Name and G. Name, Venue`: two people, then the venue
_TAG = re.compile(r"\s*\[[^\[\]]{1,40}\]\s*$")  # `[Reinforcement learning]`: the list's tag


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits = [
        hit
        for index, line in enumerate(lines[:-1])
        if line.kind == "item" and len(line.links) == 1 and (hit := _paper(lines, index, doc))
    ]
    return hits if len(hits) >= AT_LEAST else []


def _paper(lines: list[Line], index: int, doc: Doc) -> Found | None:
    item, under = lines[index], lines[index + 1]
    if item.kind != "item" or len(item.links) != 1 or under.kind != "text":
        return None
    if under.block != item.block or under.links:
        return None
    label, url = item.links[0]
    if item.text.strip() != label.strip() or len(label.split()) < 3:
        return None  # the item is the link and nothing else
    names, rest = _names_then_rest(under.text)
    if not names or not rest:
        return None
    draft = Draft(line=item.number, title=label.strip().rstrip("."), authors=names, urls=[url])
    draft.date = year_in(_TAG.sub("", rest))
    draft.text = rest
    draft.confidence = 0.8
    return Found(build(draft, doc.captured), index, index + 1)


def _names_then_rest(text: str) -> tuple[list[str], str]:
    """The people at the head of a byline (`A Name, B Name, & C Name, Venue 5, 1 (2019)`) and
    what follows them; ([], '') when it opens otherwise or names only one person with no joiner."""
    parts = [part.strip() for part in text.split(", ")]
    names: list[str] = []
    for at, part in enumerate(parts):
        name = _JOINER.sub("", part)
        if not looks_like_names(name) or "," in name:
            break
        pair = _PAIR.split(name)
        names += pair
        if name != part or len(pair) == 2:  # `& Name`, `A Name and B Name` close the names
            return names, ", ".join(parts[at + 1 :])
    return [], ""
