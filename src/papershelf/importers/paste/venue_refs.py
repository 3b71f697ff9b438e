"""Publication lists in the style of mathematics and computer science: the names given first as
initials and surname, then the title set plain, then the venue in italics:

    * A. Quill, B. C. Marrow, and D. van Oddly, An Invented Scheme, _Proc. of Pretend 2001_.
      doi:[10.1/x](https://doi.org/10.1/x)
    * E. Tansy, Made-up curve systems. _Math. Inv._ **48** (1987), no. 177, 203--209.

The italics delimit the title (a title may hold commas); the year is the venue's own (`Proc. of
Pretend 2001`) or the first after it (`**48** (1987)`), never a later note's (`[The full version
… (2003)]`).
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

NAME = "venue-references"
DESCRIPTION = "Items `A. Name and B. Name, Title, _Venue 2001_.`: initials first, an italic venue"

AT_LEAST = 2  # such items that make a publication list
_PARTICLE = r"(?:(?:van|von|de|der|den|da|di|du|del|le|la|ten|ter)\s)"
_INITIALS = r"[A-Z][a-z]?\.(?:\s?-?[A-Z][a-z]?\.)*"
_PERSON = rf"{_INITIALS}\s{_PARTICLE}*[A-ZÀ-Þ][\w'’]+(?:-[A-ZÀ-Þ][\w'’]+)?"
_NAMES = re.compile(
    rf"^(?P<names>{_PERSON}(?:,\s{_PERSON})*(?:,?\s(?:and|&)\s{_PERSON})?)[,.:]\s"
    r"(?P<rest>[A-Z0-9“\"‘].*)$"
)
# Names written out (`Ada Quill, Ben Marrow and Carl Oddly, Title, _Venue_, 2001.`): a list of
# them must end in `and` (else a two-word title could pass for a name) and the entry name a year.
_FULL = rf"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?(?:\s[A-Z]\.)?\s{_PARTICLE}*[A-ZÀ-Þ][\w'’]+"
_FULL_NAMES = re.compile(
    rf"^(?P<names>{_FULL}(?:,\s{_FULL})*,?\s(?:and|&)\s{_FULL})[,.:]\s(?P<rest>[A-Z0-9“\"‘].*)$"
)
_SPLIT = re.compile(r",\s(?:and\s|&\s)?|\s(?:and|&)\s")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# The year right after the venue: `**48** (1987)`, `, 2001.`
_PAREN_YEAR = re.compile(r"^[^\[(]{0,40}?[(,]\s?((?:19|20)\d{2})\b")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    for index, line in enumerate(lines):
        if not line.italic or line.kind not in ("item", "text") or not line.text[:1].isupper():
            continue  # cheap tests first: an italic venue, a capital initial
        if (found := _entry(line, index, doc)) is not None:
            hits.append(found)
    return hits if len(hits) >= AT_LEAST else []


def _entry(line: Line, index: int, doc: Doc) -> Found | None:
    written_out = None
    match = _NAMES.match(line.text)
    if match is None and (written_out := _FULL_NAMES.match(line.text)) is None:
        return None
    match = match or written_out
    assert match is not None
    rest = match["rest"]
    venue, at = _venue(rest, line.italic)
    if venue is None:
        return None
    title = rest[:at].rstrip(" ,.").strip('“”"‘’')
    if len(title.split()) < 2:
        return None
    after = rest[at + len(venue) :]
    year = _YEAR.search(venue) or _PAREN_YEAR.search(after)
    if written_out is not None and (year is None or not looks_like_names(match["names"])):
        return None
    draft = Draft(line=line.number, title=title, authors=_SPLIT.split(match["names"]))
    draft.date = year[1] if year and year.lastindex else (year[0] if year else None)
    draft.urls, draft.text, draft.confidence = list(line.urls), line.text, 0.8
    return Found(build(draft, doc.captured), index, index)


def _venue(rest: str, italic: list[str]) -> tuple[str | None, int]:
    """The first italic span after the title, set off from it by a comma or a full stop."""
    for span in italic:
        at = rest.find(span)
        if at > 0 and rest[:at].rstrip().endswith((",", ".")):
            return span, at
    return None, -1
