"""Search results exported as citations, one a line, the way a Scholar harvester (Publish or
Perish and the like) writes them: the names `Family, Initials` (no full stops in the initials,
the last after `and`, a cut list ending `and ....`), the title in quotes, then the venue as the
results page showed it (often cut short with `…`), the host that served the paper and the year:

    Xu, A, Lee, BC and .... "A title of the paper." Journal of Made-Up Things … example.org, 2018

The host and the year at the end, after a quoted title, are what no other citation style
writes; the names before are taken as written.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.page_cues import cues

NAME = "scholar-export"
DESCRIPTION = 'Harvested results: `Family, I and Family, I. "Title." Venue… host.org, 2018`'

_PERSON = r"[^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*){0,2}, [A-Z]{1,3}"
_CUT = r"(?:\.{3,4}|…)"
_NAMES = rf"(?P<names>{_PERSON}(?:, {_PERSON}){{0,30}}(?:,? and (?:{_PERSON}|{_CUT}))?)"
_DOMAIN = r"[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}"
_RESULT = re.compile(
    rf"^{_NAMES}\.?\s+[\"“](?P<title>[^\"“”]{{8,400}}?)[.,]?[\"”]\s+"
    rf"(?:(?P<venue>[^\"“”]{{0,200}}?)\s+)?(?P<host>{_DOMAIN}),\s+(?P<year>(?:19|20)\d{{2}})$"
)
_PERSON_ALONE = re.compile(_PERSON)


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    for index in cues(doc).yeared:
        line = lines[index]
        text = line.text
        # Cheap tests first: a quote, a line long enough
        if line.kind == "claimed" or len(text) < 30 or ('"' not in text and "“" not in text):
            continue
        if (match := _RESULT.match(text)) is None:
            continue
        draft = Draft(line=line.number, title=match["title"], text=text, date=match["year"])
        draft.authors = _people(match["names"])
        draft.urls = list(line.urls)
        draft.confidence = 0.85
        record = build(draft, doc.captured)
        record.authors_truncated = match["names"].endswith(("...", "…"))
        found.append(Found(record, index, index))
    return found


_AND = re.compile(r",? and ")


def _people(names: str) -> list[str]:
    return [person[0] for person in _PERSON_ALONE.finditer(_AND.sub(", ", names))]
