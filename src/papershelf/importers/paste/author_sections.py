"""Reading lists sectioned by author: `### H.P. Grice` over the works he wrote, `### L.
Wittgenstein` over his, each work an item that names no author of its own:

    ### A. Quill
    - *An Invented Logic* (1975) — a note
    - *Pretend Words* (1989)

A work under such a heading that names nobody is the heading's person's. Two such headings (of
one level, each over works) make the sections; one alone may be a page's owner or a speaker.

Not a reader: it completes the records the readers found (as year_sections does), once they are
all read.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.doc import Doc
from papershelf.importers.paste.names import looks_like_names

AT_LEAST = 2  # name headings over works
# One person's name: initials or given names, then a family name (`H.P. Grice`, `S. C.
# Levinson`, `Umberto Eco`, `Ferdinand de Saussure`)
_PERSON = re.compile(
    r"^(?:(?:[A-ZÀ-Þ]\.\s?)+|[A-ZÀ-Þ][a-zà-ÿ'’\-]+\s)(?:(?:[A-ZÀ-Þ]\.\s?|[A-ZÀ-Þ][a-zà-ÿ'’\-]+\s"
    r"|(?:de|van|von|der|den|da|di|del|la|le)\s))*[A-ZÀ-Þ][a-zà-ÿ'’\-]+$"
)


def complete(records: list[PaperRecord], doc: Doc) -> None:
    """Name the heading's person as the author of each work under it that names nobody."""
    heads = [doc.lines[index] for index in doc.heading_indices()]
    if not heads or not records:
        return
    firsts = [head.number for head in heads]
    people = {at: _person(head.text) for at, head in enumerate(heads)}
    under: dict[int, list[PaperRecord]] = {}
    for record in records:
        at = bisect_right(firsts, record.line) - 1
        if at >= 0 and people[at] and firsts[at] != record.line:
            under.setdefault(at, []).append(record)
    levels = [heads[at].level for at in under]
    if not any(levels.count(level) >= AT_LEAST for level in levels):
        return  # nearly every paste: no sections of people
    for at, works in under.items():
        if levels.count(heads[at].level) < AT_LEAST or _a_topic(people[at], works):
            continue
        for record in works:
            if not record.authors:
                record.authors = [people[at]]


def _person(heading: str) -> str:
    name = " ".join(heading.strip(" *_#").split())
    return name if _PERSON.match(name) and looks_like_names(name) else ""


def _a_topic(name: str, works: list[PaperRecord]) -> bool:
    """`#### Convolutional Neural Networks` over `Fast Convolutional Neural Network Training …`:
    a heading whose words the titles under it use names their topic, not their author."""
    words = {word.casefold() for word in re.findall(r"[^\W\d_]{4,}", name)}
    return any(
        words & {word.casefold() for word in re.findall(r"[^\W\d_]{4,}", work.title)}
        for work in works
    )
