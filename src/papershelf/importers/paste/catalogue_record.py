"""A library catalogue's record of one article (VuFind, Summon and their kin), copied whole:

    An invented study of pretend weather
    Abstract This review explains …
    Full description
    Saved in:
    Bibliographic Details
    Published in Journal of Pretend Health Vol. 88; no. 2; pp. 73 - 82
    Main Authors Quill, Ada, Nadir, Ben
    Format Journal Article
    Published Pretend Society 25.05.2025
    DOI10.5555/pretend.88-2

The labels lose their colon, and often the space after it, when the page's table is copied; a
German catalogue says `Bibliographische Detailangaben`, `Veröffentlicht in:`, `Hauptverfasser:`.
The page opens with the record's title; the authors, family name first, are pairs parted by
commas (`Quill, Ada, Nadir, Ben`); the date is the `Published` line's day (`25.05.2025`, day
first), else the year the `Published in` line gives. Read before the readers of article pages
(whose titles the glued labels would become), and flagged for review.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, clean_title, is_furniture

NAME = "catalogue-record"
DESCRIPTION = "A library catalogue's record of one article (Bibliographic Details)"

TOP = 60  # lines: the record's details follow its title and abstract closely
_DETAILS = re.compile(
    r"^(?:Bibliographic Details|Bibliographische Detailangaben|Détails bibliographiques"
    r"|Detalles bibliográficos|Dettagli bibliografici|Bibliografische gegevens)\s*$",
    re.IGNORECASE,
)
_AUTHORS = re.compile(
    r"^(?:Main Authors?|Authors?|Hauptverfasser|Verfasser|Weitere Verfasser|Auteurs?"
    r"|Autor(?:es|en)?)\s*:?\s*(?P<value>\S.*)$"
)
_PUBLISHED_IN = re.compile(r"^(?:Published in|Veröffentlicht in|Publié dans|Publicado en)\s*:?\s*")
_PUBLISHED = re.compile(r"^(?:Published|Veröffentlicht|Publié|Publicado)\s*:?\s+(?P<value>\S.*)$")
_DAY_FIRST = re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d{2})\b")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_DOI = re.compile(r"^DOI\s*:?\s*(?P<doi>10\.\d{4,9}/\S+)$")
_TITLE_WORDS = 3
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    top = [line for line in lines[:TOP] if line.text.strip()]
    if not any(_DETAILS.match(line.text.strip()) for line in top):
        return []
    title_line = next((line for line in top if not is_furniture(line.text)), None)
    if title_line is None or not _title_like(title_line.text):
        return []
    draft = Draft(line=title_line.number, title=clean_title(title_line.text))
    _read_details(top, draft)
    if not draft.authors:
        return []  # a record names its authors: without them it is some other page
    draft.confidence = 0.5
    draft.reasons = ["read as a library catalogue's record; check it"]
    last = next(i for i, line in enumerate(lines) if line is top[-1])
    return [Found(build(draft, doc.captured), lines.index(title_line), last)]


def _title_like(text: str) -> bool:
    text = text.strip()
    return len(text.split()) >= _TITLE_WORDS or (bool(_CJK.search(text)) and len(text) >= 8)


def _read_details(top: list[Line], draft: Draft) -> None:
    year: str | None = None
    day: str | None = None
    for line in top:
        text = line.text.strip()
        if (authors := _AUTHORS.match(text)) and not draft.authors:
            draft.authors = _family_first_pairs(authors["value"])
        elif _PUBLISHED_IN.match(text):
            if found_year := _YEAR.search(_PUBLISHED_IN.sub("", text)):
                year = year or found_year[0]  # `… 2021-09, Vol.7 (5)`: the month aside
        elif (published := _PUBLISHED.match(text)) and (
            found := _DAY_FIRST.search(published["value"])
        ):
            day = f"{found['year']}-{int(found['month']):02d}-{int(found['day']):02d}"
        elif doi := _DOI.match(text):
            draft.text += f" doi:{doi['doi']}"
    draft.date = day or year


def _family_first_pairs(value: str) -> list[str]:
    """`Drexel, Heinz, Lewis, Basil S` -> [`Drexel, Heinz`, `Lewis, Basil S`]; a list that does
    not pair up is read a name a part."""
    parts = [part.strip() for part in value.rstrip(", ").split(",") if part.strip()]
    if len(parts) % 2:
        return parts
    return [f"{parts[i]}, {parts[i + 1]}" for i in range(0, len(parts), 2)]
