"""A journal club's README: each meeting a heading (its day), a `Speaker:` bullet and a `Title:`
bullet that holds the paper's title with its reference, in whatever order the presenter wrote:

    ## 2020-02-13, 3:00pm
    * Speaker: Ada Quill
    * Title: A Made-up Atlas of Pretend Cells.
      Quill, A. B. et al. Sci. Adv. 5, eaax0396 (2019).

    ## 2020-02-20, 3:00pm
    * Speaker: Ben
    * Title: Marrow, B., Brask, C., 2018. Invented maps of imaginary cells. Sci Adv 4, e1.

The title comes first (the reference's names, venue and year after it, on the bullet's line or
the next) or the whole reference does (sci_refs.py reads it). The meeting's day is not the
paper's: the paper's year is the one its reference gives.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.apa_dates import apa_date
from papershelf.importers.paste.blocks import words
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, clean_title
from papershelf.importers.paste.names import looks_like_names, split_names
from papershelf.importers.paste.sci_refs import VANCOUVER_NAME, science_entry

NAME = "club-titles"
DESCRIPTION = "A journal club's `Speaker:` / `Title: <title and its reference>` bullets"

AT_LEAST = 2  # such bullets that make a club's page
_LABEL = re.compile(
    r"^(?:Title|Paper|Article|Reading|Titel|Titre|Título|Titolo|题目|标题)\s*[:：]\s*(?=\S)",
    re.IGNORECASE,
)
_YEAR = r"(?:19|20)\d{2}"
# The title, then its reference: the first stop after a word (not an initial's).
_TITLE_FIRST = re.compile(r"^(?P<title>.{8,400}?[^A-Z\s.])\.\s+(?P<tail>\S.*)$")
# `Names, 2018. Title. Venue`: the names, the year after them, the title.
_NAMES_YEAR = re.compile(
    rf"^(?P<names>[^()]{{3,300}}?),?\s(?P<year>{_YEAR})[a-z]?\.\s+(?P<rest>\S.*)$"
)
_ET_AL = re.compile(r"^(?P<names>.{1,200}?),?\s+et\s+al\b\.?")
_VANCOUVER_LIST = re.compile(rf"^(?P<names>{VANCOUVER_NAME}(?:,\s{VANCOUVER_NAME})*)\.")
_JOURNAL_DAY = re.compile(rf"\b(?P<year>{_YEAR})(?:\s(?P<when>[A-Z][a-z]{{2}}\s\d{{1,2}}))?\b")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    for index, line in enumerate(lines):
        if line.kind != "item" or (label := _LABEL.match(line.text)) is None:
            continue  # cheap test first: a bullet labelled as the paper's title
        end = index
        while (
            end + 1 < len(lines)
            and lines[end + 1].kind == "text"
            and (lines[end + 1].block == line.block)
        ):
            end += 1  # the reference wrapped under the bullet
        value = line.text[label.end() :].strip()
        more = " ".join(lines[at].text for at in range(index + 1, end + 1))
        if (paper := _paper(value, more)) is None:
            continue
        title, names, date = paper
        draft = Draft(line=line.number, title=title, authors=names, date=date)
        draft.urls, draft.text, draft.confidence = line.urls, f"{value} {more}", 0.8
        found.append(Found(build(draft, doc.captured), index, end))
    return found if len(found) >= AT_LEAST else []


def _paper(value: str, more: str) -> tuple[str, list[str], str | None] | None:
    """(title, names, date) of a bullet's title and reference, or None."""
    whole = f"{value} {more}".strip()
    if (cited := science_entry(whole)) is not None and cited.title in value:
        return cited.title, cited.names, cited.year
    if (dated := _NAMES_YEAR.match(whole)) and (names := _names(dated["names"])):
        first = _TITLE_FIRST.match(dated["rest"])
        return (_title(first["title"]), names, dated["year"]) if first else None
    if more:
        title, tail = value.rstrip(" ."), more
    elif split := _TITLE_FIRST.match(value):
        title, tail = split["title"], split["tail"]
    else:
        return None
    day = _JOURNAL_DAY.search(tail)
    if day is None or words(title) < 3:
        return None  # a reference gives its year
    names = _tail_names(tail)
    return _title(title), names, apa_date(day["year"], day["when"])


def _tail_names(tail: str) -> list[str]:
    """The names a reference after the title starts with: `Li et al.`, `Zhang Y, Wang Z, et
    al.`, `Weinreb C, Klein AM.Science`; none when it starts with the journal."""
    for shape in (_ET_AL, _VANCOUVER_LIST):
        if (match := shape.match(tail)) and (names := _names(match["names"])):
            return names
    return []


def _names(text: str) -> list[str]:
    """The names of a list of people; a lone family name (`Li et al.`) is one too."""
    text = text.strip(" ,")
    if not (looks_like_names(text) or _FAMILY_ALONE.match(text)):
        return []
    names, _ = split_names(text)
    return names


_FAMILY_ALONE = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ'’\-]+$")


def _title(text: str) -> str:
    return clean_title(text.strip().rstrip("."))
