"""Most-read and most-cited tables copied from a journal's blog as text: a header such as `Rank
Author(s) Title`, then a row a paper, its rank, the first author's surname with `et al.`, and
the title, the cells run together by the copy:

    1 Quill et al. An invented study of pretend weather
    2 van Nadir et al. Made-up tides: a protocol

`et al.` is the only mark between the name and the title, so it is the cue; a row whose title
opens with a year or a bracket is a citation (`Quill et al. (2019) …`), left to other readers.
Several such rows make the table.

The same posts list their titles alone too, as items under a paragraph that says what they are
and leads into them (`Take a look at our Top 15 most highly read articles …:`): the items
after such a lead-in are papers, their titles bare (no authors printed).
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "ranked-rows"
DESCRIPTION = "Most-read lists: `1 Surname et al. Title` rows, or titles under a lead-in"

RUN = 3  # rows in one paste: a table, not one sentence that cites `Surname et al.`
MIN_TITLE_WORDS = 3
_SURNAME = r"(?:(?:van|von|de|da|di|del|le)\s+)?[A-ZÀ-Þ][\w’'\-]+"
_ROW = re.compile(
    rf"^(?:\d{{1,3}}[.)]?\s+)?(?P<name>{_SURNAME})\s+et\s+al\.?\s+(?P<title>[A-ZÀ-Þ][^\n]+)$"
)
# A lead-in that says the items under it are papers ranked: `our most highly read articles …:`
_RANKED_LEAD = re.compile(
    r"\b(?:most(?: highly)? (?:read|cited|viewed|downloaded|popular)|top \d{1,3})\b[^.]{0,120}?"
    r"\b(?:articles|papers|preprints)\b",
    re.IGNORECASE,
)
TITLE_WORDS = (3, 40)


def read(lines: list[Line], doc: Doc) -> list[Found]:
    rows = _rows(lines, doc)
    return rows if rows else _listed_titles(lines, doc)


def _listed_titles(lines: list[Line], doc: Doc) -> list[Found]:
    """The items right under a lead-in paragraph that ends with a colon and names them ranked
    papers; each item a bare title."""
    hits: list[Found] = []
    for index, line in enumerate(lines):
        # cheap tests first: a lead-in is text ending with a colon
        if line.kind != "text" or not line.text.endswith(":"):
            continue
        if not _RANKED_LEAD.search(line.text):
            continue
        items = index + 1
        while items < len(lines) and lines[items].kind == "item":
            item = lines[items]
            if _bare_title(item.text):
                draft = Draft(line=item.number, title=item.text)
                draft.urls = list(item.urls)
                draft.text = item.text
                draft.confidence = 0.6
                hits.append(Found(build(draft, doc.captured), items, items))
            items += 1
    return hits if len(hits) >= RUN else []


def _bare_title(text: str) -> bool:
    low, high = TITLE_WORDS
    return low <= len(text.split()) <= high and not text.endswith((".", ":", ";", ","))


def _rows(lines: list[Line], doc: Doc) -> list[Found]:
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
