"""A journal club's page: each meeting told by its name, its date and its place, then the
articles discussed, one bullet each, by title alone:

    Journal Club Events

    Invented Case Review Meeting
    March 3, 2021
    Location: Room Two

    • An Invented Look at Pretend Kidneys, Part 1
    • How to read a made-up article

The page says it is a journal club's (or a reading group's) in its first lines or a heading;
there a bullet of a title's length is an article. The lines above a meeting's bullets say when
and where it met, not what was read: they are the first article's, and no paper of their own.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import date_in
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.labels import label_of
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

NAME = "club-meetings"
DESCRIPTION = "A journal club's meetings: their date and place, then the articles, a bullet each"

_CLUB = re.compile(r"\b(?:journal|paper|article)\s+club\b|\breading\s+group\b", re.IGNORECASE)
CUE_LINES = 5  # the page names itself in its first lines or its first headings
CUE_HEADINGS = 5
_BULLET = re.compile(r"^[•·▪‣◦]\s+(?=\S)")  # plain text's bullets; Markdown's are items already
MAX_WORDS = 30
_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")
_ONE_WORD_LABEL = re.compile(r"^[^\W\d_]+\s*[:：]\s")  # `Passcode: …`, `Zoom: …`
# A schedule's entry: `Week 1: …`, `Session 3 - …`, `Day 2 …`.
_SCHEDULED = re.compile(
    r"^(?:week|session|day|meeting|part|module|lecture|class|unit|topic|semana|sesión|sessão)"
    r"\s*\d+\b",
    re.IGNORECASE,
)
ARTICLES = 3  # fewer bullets on the page are its notices, not a club's readings


def read(lines: list[Line], doc: Doc) -> list[Found]:
    if not _a_club(doc) or any(line.kind == "claimed" for line in lines):
        return []  # a club's page whose papers other readers found: its bullets are its notes
    found: list[Found] = []
    since = 0  # the first line after the previous meeting's articles
    index = 0
    while index < len(lines):
        if not _article(lines[index]):
            index += 1
            continue
        header = since if _meeting_lines(lines, since, index) else index
        while index < len(lines) and _article(lines[index]):
            line = lines[index]
            draft = Draft(line=line.number, title=_BULLET.sub("", line.text), text=line.text)
            draft.confidence = 0.65
            found.append(Found(build(draft, doc.captured), header, index))
            header = index = index + 1
        since = index
    return found if len(found) >= ARTICLES else []


def _a_club(doc: Doc) -> bool:
    heads = [line.text for line in doc.lines[:CUE_LINES]]
    heads += [doc.lines[at].text for at in doc.heading_indices()[:CUE_HEADINGS]]
    return any(_CLUB.search(text) for text in heads)


def _article(line: Line) -> bool:
    """A bullet of one line, a title's length, without links, labels, dates or sentences."""
    if line.kind == "item":
        text = line.text
    elif line.kind == "text" and _BULLET.match(line.text):
        text = _BULLET.sub("", line.text)
    else:
        return False
    if line.links or not 2 <= len(text.split()) <= MAX_WORDS or text.endswith((":", "：")):
        return False
    if not text[:1].isupper() or _SENTENCE.search(text) or _ONE_WORD_LABEL.match(text):
        return False
    if _SCHEDULED.match(text):
        return False
    if label_of(text) is not None:
        return False
    if date_in(text) is not None:
        return False
    # A presenter's name (`Ada Quill`, `Quill, Ada`); a title's `and` parts no people's names.
    return not (looks_like_names(text) and (len(text.split()) <= 3 or "," in text))


def _meeting_lines(lines: list[Line], first: int, end: int) -> bool:
    """The lines before a meeting's articles are all the page's own text, read by no one."""
    return all(line.kind in ("text", "heading") for line in lines[first:end])
