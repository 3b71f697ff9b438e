"""Most-read and most-cited tables copied from a journal's blog as text: a header such as `Rank
Author(s) Title`, then a row a paper, its rank, the first author's surname with `et al.`, and
the title, the cells run together by the copy:

    1 Quill et al. An invented study of pretend weather
    2 van Nadir et al. Made-up tides: a protocol

`et al.` is the only mark between the name and the title, so it is the cue; a row whose title
opens with a year or a bracket is a citation (`Quill et al. (2019) …`), left to other readers.
Several such rows make the table.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "ranked-rows"
DESCRIPTION = "Most-read tables as text: `1 Surname et al. Title`, a paper a row"

RUN = 3  # rows in one paste: a table, not one sentence that cites `Surname et al.`
MIN_TITLE_WORDS = 3
_SURNAME = r"(?:(?:van|von|de|da|di|del|le)\s+)?[A-ZÀ-Þ][\w’'\-]+"
_ROW = re.compile(
    rf"^(?:\d{{1,3}}[.)]?\s+)?(?P<name>{_SURNAME})\s+et\s+al\.?\s+(?P<title>[A-ZÀ-Þ][^\n]+)$"
)


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    for index, line in enumerate(lines):
        text = line.text
        # cheap tests first: a row names `et al.`, and a text row opens with its rank
        if " et al" not in text or line.kind not in ("text", "item", "row"):
            continue
        if line.kind == "text" and not text[:1].isdigit():
            continue
        match = _ROW.match(text)
        if match is None or len(match["title"].split()) < MIN_TITLE_WORDS:
            continue
        draft = Draft(line=line.number, title=match["title"].rstrip("."), authors=[match["name"]])
        draft.urls = list(line.urls)
        draft.text = text
        draft.confidence = 0.7
        hits.append(Found(build(draft, doc.captured), index, index))
    return hits if len(hits) >= RUN else []
