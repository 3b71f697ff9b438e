"""A research digest's day page (finance and economics digests of new working papers): each
paper's title on a line, its authors under it as `Surname, Given` joined by a comma with no
space after it, then its abstract:

    An Invented Study into Pretend Crowdfunding
    Quill, Ada,Nadir, Ben
    We study made-up markets …

The comma glued to the next surname is the cue (it parts people; the comma and space inside a
name part surname from given names); two people or more make the line, one alone could be any
inverted name. A line of names with no title above it (an entry the copy cut) is no paper.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.generic import title_like
from papershelf.importers.paste.lines import Line

NAME = "digest-inverted"
DESCRIPTION = "Digest days: a title, then `Surname, Given,Surname, Given`, then the abstract"

ABSTRACT_WORDS = 15  # prose, not a line of furniture
_GLUED = re.compile(r",(?=[A-ZÀ-Þ])")
_INVERTED = re.compile(
    r"^[A-ZÀ-Þ][\w'’\-]+(?: [\w'’\-]+){0,2}, [A-ZÀ-Þ][\w'’.\-]*(?: [\w'’.\-]+){0,2}$"
)


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    for index in range(1, len(lines)):
        text = lines[index].text
        # cheap tests first: a comma with a capital right after it, and a comma with a space
        if ", " not in text or len(text) > 400 or _GLUED.search(text) is None:
            continue
        people = _GLUED.split(text)
        if len(people) < 2 or not all(_INVERTED.match(person.strip()) for person in people):
            continue
        above = lines[index - 1]
        if above.kind not in ("text", "heading") or not title_like(above):
            continue
        draft = Draft(line=above.number, title=above.text, authors=[p.strip() for p in people])
        draft.urls = list(above.urls)
        last = index
        if index + 1 < len(lines) and lines[index + 1].kind == "text":
            below = lines[index + 1].text
            if len(below.split()) >= ABSTRACT_WORDS:
                draft.abstract, last = below, index + 1
        draft.text = above.text
        draft.confidence = 0.7
        hits.append(Found(build(draft, doc.captured), index - 1, last))
    return hits
