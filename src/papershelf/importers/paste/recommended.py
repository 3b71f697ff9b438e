"""Papers a Hugging Face paper page recommends: its Librarian Bot's comment lists papers like the
page's own, one a line (`Title (2024)`, a link to the paper's page when copied with its links),
under `The following papers were recommended by the Semantic Scholar API`.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, clean_title

INTRO = "The following papers were recommended by the Semantic Scholar API"
_ENTRY = re.compile(r"^(?:[*\-•]\s*)?(?P<title>\S.{6,300}?)\s*\((?P<year>(?:19|20)\d{2})\)$")


def read_recommended(lines: list[Line], doc: Doc) -> list[Found]:
    if doc.source.find(INTRO) < 0:
        return []  # most pastes: one look at the whole text
    found: list[Found] = []
    for index, line in enumerate(lines):
        if line.kind != "claimed" and line.text.startswith(INTRO):
            found += _entries(lines, index + 1, doc)
    return found


def _entries(lines: list[Line], first: int, doc: Doc) -> list[Found]:
    found: list[Found] = []
    for index in range(first, len(lines)):
        line = lines[index]
        match = _ENTRY.match(line.text) if line.kind != "claimed" else None
        if match is None:
            break
        draft = Draft(line=line.number, title=clean_title(match["title"]), date=match["year"])
        draft.urls, draft.text = list(line.urls), line.text
        draft.confidence = 0.8
        found.append(Found(build(draft, doc.captured), index, index))
    return found
