"""An e-mail digest of new papers (a service's alert, copied from the mail) that sets each paper
down as its title, its arXiv classes one to a line, the names and the abstract, under the
class's heading:

    Number Theory [math.NT]
    On Made-Up Densities of Imaginary Polynomials
    math.NT
    math.CO
    Ada Quist
    In this article we count polynomials that nobody has met …

A line of nothing but an arXiv class under a line of words anchors a paper: that line is its
title, the line after the classes its names, the long line after the names its abstract (the
next paper's title has classes under it, an abstract has not).
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

NAME = "class-digest"
DESCRIPTION = "A digest of new papers: the title, its arXiv classes a line each, names, abstract"

MIN_ABSTRACT = 100
MAX_CLASSES = 8
MAX_CLASS = 17  # characters of the longest class (`cond-mat.mes-hall`)
_CLASS = re.compile(
    r"^(?:astro-ph|cond-mat|gr-qc|hep-(?:ex|lat|ph|th)|math-ph|nlin|nucl-(?:ex|th)|physics"
    r"|quant-ph|math|cs|q-bio|q-fin|stat|eess|econ)(?:\.[A-Za-z\-]{2,5})?$"
)
_FIRSTS = frozenset("acghmnpqse")  # how the classes start: most lines are looked at no further


def _is_class(line: Line) -> bool:
    text = line.text
    return len(text) <= MAX_CLASS and text[:1] in _FIRSTS and _CLASS.match(text) is not None


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    floor = 0  # the lines up to here a paper read
    # The few short lines a class could be, found with the cheapest test (a pattern tried on
    # each of a 10 MB paste's lines costs more)
    short = [at for at, line in enumerate(lines) if len(line.text) <= MAX_CLASS]
    for at in short:
        if at < floor or at == 0 or not _is_class(lines[at]) or _is_class(lines[at - 1]):
            continue
        hit = _paper(lines, at, doc)
        if hit is not None:
            found.append(hit)
            floor = hit.last + 1
    return found


def _paper(lines: list[Line], first_class: int, doc: Doc) -> Found | None:
    title = lines[first_class - 1]
    text = title.text
    if title.kind == "claimed" or len(text.split()) < 2 or text.endswith((":", "：")):
        return None  # `Change to browse by:` over an abstract page's classes: its menu
    if looks_like_names(text):
        return None
    after = first_class
    classes: list[str] = []
    while after < len(lines) and _is_class(lines[after]) and len(classes) < MAX_CLASSES:
        classes.append(lines[after].text)
        after += 1
    if after >= len(lines) or lines[after].kind == "claimed":
        return None
    names = lines[after]
    if not looks_like_names(names.text):
        return None
    draft = Draft(line=title.number, title=title.text, authors=names.text)
    draft.categories = classes
    last = after
    following = after + 1
    if (
        following < len(lines)
        and lines[following].kind == "text"
        and len(lines[following].text) >= MIN_ABSTRACT
        and not (following + 1 < len(lines) and _is_class(lines[following + 1]))
    ):
        draft.abstract, last = lines[following].text, following
    draft.confidence = 0.85
    return Found(build(draft, doc.captured), first_class - 1, last)
