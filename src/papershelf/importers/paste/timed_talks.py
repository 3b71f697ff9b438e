"""Symposium and conference schedules copied as text: each talk on a line of its own, after its
time slot, the speaker's name and then the talk's title with no mark between them:

    9.40-10.00 Ada Quill The Invented Harbour: One year on
    10.00-10.20 Ben van Nadir Pretend Walls of the Made-up Town

The name is the first two words after the slot (three with an initial or a particle: `Ben van
Nadir`, `Ada B. Quill`), and the rest the title. Slots of breaks, discussions and a session's
introduction (`Coffee`, `Introduction: Prof. A Name`) hold no such name and are passed over.
Several such talks make the schedule.

Conference programmes set the talks as bullets under a slot's line instead, the speakers with
their affiliation and then the title after a colon:

    3:30 PM – 4:30 PM Approaches to Pretend Places
      • Dr. Ada Quill and Ben Nadir (Invented University) : The Invented Harbour

A bracket holding a year is a reference's (`A Name (2024): Title`), no affiliation; other digits
are an affiliation's (`Université Lyon 2`).
An honorific (`Dr.`, `Prof.`) and the affiliation are no part of the names. A talk in a slot of
welcome, introduction or a workshop (`Conference Welcome`, `(Optional Workshop)`) is the
programme's own business, not a paper.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Cell, Line
from papershelf.importers.paste.names import looks_like_names

NAME = "timed-talks"
DESCRIPTION = "Schedules: `9.40-10.00 A Name The Talk's Title`, one talk a line"

RUN = 3  # talks in one paste: a schedule, not a line that opens with a time
MIN_TITLE_WORDS = 2
_CLOCK = r"\d{1,2}[.:]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
_SLOT = re.compile(rf"^{_CLOCK}\s*[-–—]\s*{_CLOCK}\s+")
_PARTICLES = frozenset(("van", "von", "de", "da", "del", "della", "di", "du", "le", "la", "ten"))
_INITIAL = re.compile(r"^[A-Z]\.$")
_NAME_WORD = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ'’\-]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?$")
# Words of a schedule's own slots, which read as a name's (`Keynote Lecture`, `Poster Session`)
_SLOT_WORDS = frozenset(
    (
        "Keynote Lecture Session Panel Discussion Coffee Lunch Break Opening Closing Welcome "
        "Registration Poster Posters Round Table Plenary Introduction Remarks Conference Tea "
        "Dinner Reception Workshop Tutorial Award Awards Business Meeting General Q&A Questions"
    ).split()
)


_BULLETS = "•·*-–"
# A talk's own time before its speaker: `11h00 : `, `14h30-15h00 `, `10:00 – `, `9.30 `
_HOUR = r"\d{1,2}(?:[h.:]\d{2}|h)"
_LEAD_TIME = rf"(?:{_HOUR}(?:\s*[-–—]\s*{_HOUR})?\s*[:\-–—]?\s+)?"
_AFFILIATED = re.compile(
    rf"^(?:[•·*\-–]\s*)?{_LEAD_TIME}"
    r"(?P<names>[^():]{3,200}?)\s*\((?P<affiliation>[^()\d]{2,200})\)\s*:\s+"
    r"(?P<title>\S.{2,400})$"
)
# Italian and French programmes: `Ada Quill (univ. di Urbino), Titolo della relazione;`, one a line.
_AFFILIATED_COMMA = re.compile(
    rf"^(?:[•·*\-–]\s*)?{_LEAD_TIME}"
    r"(?P<names>[^():,;]{3,80}?)\s*\((?P<affiliation>(?![^()]*?\b(?:1[5-9]|20)\d\d\b)[^()]{2,200})\),\s+"
    r"(?P<title>[^\d\s].{2,400}?)[;.]?$"
)
_HONORIFIC = re.compile(r"\b(?:Prof(?:essor)?|Dr|Mr|Mrs|Ms)\.?\s+")
_NO_TALK_SLOT = re.compile(
    r"\b(?:welcome|opening|closing|introduction|workshop|tutorial|remarks|registration)\b",
    re.IGNORECASE,
)


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits = _slotted(lines, doc)
    return hits or _over_names(lines, doc) or _affiliated(lines, doc) or _in_cells(lines, doc)


# A programme as a table: the slot's time in one cell, the speaker (and the affiliation in
# brackets) and the talk's title in italics in the next: `| 09h30 | A Name (Univ.)<br/> *Title* |`
_TIME_CELL = re.compile(rf"^{_HOUR}(?:\s*[-–—]\s*{_HOUR})?$")
_SPEAKER = re.compile(r"^(?P<names>[^()]{3,120}?)\s*(?:\((?P<affiliation>[^()]{2,200})\))?$")


def _in_cells(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    for index, line in enumerate(lines):
        if line.kind != "row" or len(line.cells) < 2 or not _TIME_CELL.match(line.cells[0].text):
            continue
        if (talk := _cell_talk(line.cells[1])) is None:
            continue
        names, title = talk
        draft = Draft(line=line.number, title=title, authors=names, text=line.text)
        draft.urls = list(line.urls)
        draft.confidence = 0.7
        hits.append(Found(build(draft, doc.captured), index, index))
    return hits if len(hits) >= RUN else []


def _cell_talk(cell: Cell) -> tuple[str, str] | None:
    """(speakers, title) of a cell that ends in its talk's title in italics."""
    title = next((span for span in reversed(cell.italic) if cell.text.endswith(span)), None)
    if title is None or len(title.split()) < MIN_TITLE_WORDS:
        return None
    speaker = _SPEAKER.match(cell.text[: -len(title)].strip(" ,:–-"))
    if speaker is None:
        return None
    names = _HONORIFIC.sub("", speaker["names"]).strip()
    return (names, title) if looks_like_names(names) else None


# `11.00 – 12.00 The Scott Simpson Lecture: Title`: a named lecture's slot before its title.
_NAMED_LECTURE = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'’\-]*\s+){0,4}(?:Lecture|Keynote|Address):\s+"
)
_CLOCKED = re.compile(rf"^{_CLOCK}\s*[-–—]\s*{_CLOCK}\s*:?\s+")


def _over_names(lines: list[Line], doc: Doc) -> list[Found]:
    """`09.15 – 09.40: Title` over a line of the speakers' names alone, and the posters listed
    the same way, unslotted, after the schedule (`Title` over `Names`)."""
    hits: list[Found] = []
    for index, line in enumerate(lines[:-1]):
        names = lines[index + 1]
        if line.kind != "text" or names.kind != "text" or names.block != line.block:
            continue
        if index + 2 < len(lines) and lines[index + 2].block == line.block:
            continue  # a talk is its two lines: a longer paragraph is prose
        slot = _CLOCKED.match(line.text)
        if slot is None and not hits:
            continue  # unslotted pairs only after the schedule's own talks
        title = _NAMED_LECTURE.sub("", line.text[slot.end() if slot else 0 :]).strip().rstrip(":")
        if _talk_over(title, names.text):
            draft = Draft(line=line.number, title=title, authors=names.text.strip())
            draft.urls = list(line.urls)
            draft.text = f"{line.text} {names.text}"
            draft.confidence = 0.7
            hits.append(Found(build(draft, doc.captured), index, index + 1))
    return hits if len(hits) >= RUN else []


def _talk_over(title: str, names: str) -> bool:
    if len(title.split()) < MIN_TITLE_WORDS + 1 or _NO_TALK_SLOT.search(title):
        return False
    return not any(ch.isdigit() for ch in names) and looks_like_names(names.strip())


def _affiliated(lines: list[Line], doc: Doc) -> list[Found]:
    """`• Dr. Ada Quill (Invented University) : Title` under a slot's line."""
    hits: list[Found] = []
    slot = ""  # the line above the run of talks: the slot they are in
    for index, line in enumerate(lines):
        text = line.text
        if not text:
            continue
        # cheap tests first: a talk is a bullet or an item with a colon after a bracket, or a
        # line with a comma after one
        bulleted = line.kind == "item" or text[0] in _BULLETS
        match = None
        if bulleted and (") :" in text or "):" in text):
            match = _AFFILIATED.match(text)
        elif ")," in text and line.kind in ("text", "item"):
            match = _AFFILIATED_COMMA.match(text)
        talk = _speakers_and_title(match) if match else None
        if talk is None:
            if line.kind in ("text", "heading"):
                slot = text
            continue
        names, title = talk
        if _NO_TALK_SLOT.search(slot) or len(title.split()) < MIN_TITLE_WORDS:
            continue
        if not looks_like_names(names):
            continue
        draft = Draft(line=line.number, title=title, authors=names)
        draft.urls = list(line.urls)
        draft.text = text
        draft.confidence = 0.7
        hits.append(Found(build(draft, doc.captured), index, index))
    return hits if len(hits) >= RUN else []


# More speakers after the first, each with an affiliation: `, B Name (Univ.) et C Name (Lab),`
_MORE_AFFILIATED = re.compile(
    r"^(?P<names>[^():,;]{3,80}?)\s*\((?![^()]*?\b(?:1[5-9]|20)\d\d\b)[^()]{2,200}\)"
    r"(?:,\s+|\s+(?:et|and|e|y|und|&)\s+)"
)
# What a programme says of a talk before its title: `conférence inaugurale The Title`
_TALK_KIND = re.compile(
    r"^(?:conférence inaugurale|conférence plénière|keynote(?: lecture| address)?|plenary"
    r"(?: lecture)?|invited talk|lectio magistralis)\s+(?=[A-ZÀ-Þ])",
    re.IGNORECASE,
)


def _speakers_and_title(match: re.Match[str]) -> tuple[str, str] | None:
    """The speakers (the first and any more with their affiliations, which the title follows)
    and the talk's title."""
    names = [_HONORIFIC.sub("", match["names"]).strip()]
    title = match["title"].strip()
    while (more := _MORE_AFFILIATED.match(title)) is not None:
        names.append(_HONORIFIC.sub("", more["names"]).strip())
        title = title[more.end() :]
    title = _TALK_KIND.sub("", title)
    return (", ".join(names), title) if title else None


def _slotted(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    for index, line in enumerate(lines):
        text = line.text
        # cheap tests first: a schedule's line opens with a digit
        if not text[:1].isdigit() or line.kind not in ("text", "item"):
            continue
        if (slot := _SLOT.match(text)) is None:
            continue
        if (talk := _talk(text[slot.end() :])) is None:
            continue
        speaker, title = talk
        draft = Draft(line=line.number, title=title, authors=[speaker])
        draft.urls = list(line.urls)
        draft.text = text
        draft.confidence = 0.7
        hits.append(Found(build(draft, doc.captured), index, index))
    return hits if len(hits) >= RUN else []


def _talk(rest: str) -> tuple[str, str] | None:
    """`Ada Quill The Invented Harbour` -> (`Ada Quill`, `The Invented Harbour`)."""
    words = rest.split()
    if len(words) < 2 + MIN_TITLE_WORDS:
        return None
    size = 2
    while size < 4 and (words[size - 1] in _PARTICLES or _INITIAL.match(words[size - 1])):
        size += 1  # `Ben van Nadir`, `Ada B. Quill`: the name goes on
    name_words, title_words = words[:size], words[size:]
    if len(title_words) < MIN_TITLE_WORDS or not title_words[0][:1].isupper():
        return None
    if not all(_NAME_WORD.match(w) for w in (name_words[0], name_words[-1])):
        return None
    if any(w in _SLOT_WORDS for w in name_words):
        return None
    speaker = " ".join(name_words)
    if not looks_like_names(speaker):
        return None
    return speaker, " ".join(title_words).rstrip(".")
