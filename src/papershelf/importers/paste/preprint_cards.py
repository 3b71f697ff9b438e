"""A preprint server's list page copied as text (the OSF servers: EcoEvoRxiv, PsyArXiv,
SocArXiv and the like): per preprint its title, maybe its authors (`A Name, B Name, et al.`),
`Published: 2025-03-21`, `Subjects: Ecology, Zoology`, and the abstract cut short with `[...]`:

    Title of the Preprint
    Ada Name, Ben Name, et al.
    Published: 2025-05-27
    Subjects: Behavior and Ethology, Zoology
    The abstract as the list shows it, cut short [...]

The `Published:` line over the `Subjects:` line marks each card; the title is the line above
(above the names when a line of names stands there).
"""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import date_in
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names
from papershelf.importers.paste.page_cues import cues

NAME = "preprint-cards"
DESCRIPTION = "Preprint server lists: title, names, `Published: date`, `Subjects: …`, abstract"

_PUBLISHED = re.compile(
    r"^(?:Published|Posted|Preprint posted|Submitted)(?: on)?\s*:\s*(?P<when>\S.{5,40})$"
)
_SUBJECTS = ("Subjects:", "Subject:", "Disciplines:")
_ET_AL = re.compile(r",?\s*et\.? al\.?$")
_CUT = re.compile(r"\s*(?:\[(?:\.\.\.|…)\]|\.\.\.|…)\s*$")
MIN_ABSTRACT = 80
MAX_TITLE = 400


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    taken = -1  # the last line an earlier card took
    for index in cues(doc).dated:
        line = lines[index]
        if not 1 <= index < len(lines) - 1 or line.kind != "text":
            continue
        match = _PUBLISHED.match(line.text)
        if match is None or not lines[index + 1].text.startswith(_SUBJECTS):
            continue
        when = date_in(match["when"])
        hit = _card(lines, index, taken, when, doc)
        if hit is not None:
            found.append(hit)
            taken = hit.last
    return found


def _card(lines: list[Line], index: int, taken: int, when: str | None, doc: Doc) -> Found | None:
    above = index - 1
    names = ""
    if above > taken and _open(lines[above]) and _names(lines[above].text):
        names, above = lines[above].text, above - 1
    if above <= taken or not _open(lines[above]) or not _titled(lines[above].text):
        return None
    title = lines[above]
    last = index + 1  # the Subjects line
    draft = Draft(line=title.number, title=title.text, authors=names, date=when)
    draft.urls, draft.text = list(title.urls), title.text
    if (
        last + 1 < len(lines)
        and _open(lines[last + 1])
        and len(lines[last + 1].text) >= MIN_ABSTRACT
    ):
        last += 1
        draft.abstract = _CUT.sub("", lines[last].text)
    draft.confidence = 0.85
    return Found(build(draft, doc.captured), above, last)


def _open(line: Line) -> bool:
    return line.kind in ("text", "heading", "item")


def _names(text: str) -> bool:
    return looks_like_names(_ET_AL.sub("", text))


def _titled(text: str) -> bool:
    return len(text.split()) >= 2 and len(text) <= MAX_TITLE and not text.endswith(":")
