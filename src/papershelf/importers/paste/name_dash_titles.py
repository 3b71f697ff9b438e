"""A reading list of books as its writer types it: the author's name, a dash, the title, a book a
line (or a paragraph):

    Ada Quill – The Pretend Mind
    Ben R. Nadir – Shadows of Invented Words
    Cleo Tansy & Dan Ortega — Made-up Weather

The left side reads as one or two people's names (given names first, initials allowed), the
right side as a title of two words or more that reads as nobody's names. Three such lines in a
run make the list; one or two are a remark as likely.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import words
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, clean_title
from papershelf.importers.paste.names import looks_like_names

NAME = "name-dash-titles"
DESCRIPTION = "Books a line: `Author Name – Title`"

RUN = 3  # such lines together: a list, not a remark
GAP = 2  # lines between two of the run (blank lines are no lines here)
TITLE_WORDS = (2, 30)
# One person: given names or initials, then a family name (`J. Storrs Hall`, `Nassim Nicholas
# Taleb`, `Erwin Schrödinger`, `К.В.Воронцов`), two to four words, in Latin or Cyrillic letters.
_UPPER, _LOWER = "A-ZÀ-ÞА-ЯЁ", "a-zà-ÿа-яё"
_PERSON = rf"(?:[{_UPPER}]\.\s?|[{_UPPER}][{_LOWER}'’\-]+\s){{1,3}}[{_UPPER}][{_LOWER}'’\-]+"
_LINE = re.compile(
    rf"^(?:[-*•]\s+)?(?P<names>{_PERSON}(?:\s(?:&|and)\s{_PERSON})?)\s[–—-]\s(?P<title>[^–—]+?)\.?$"
)

# `К.В.Воронцов`, `J.R.R.Tolkien`: initials run into the family name, as typed in a hurry
_GLUED_INITIALS = re.compile(rf"((?:[{_UPPER}]\.){{1,3}})(?=[{_UPPER}][{_LOWER}])")
_PEOPLE = re.compile(rf"{_PERSON}(?:(?:,\s|\s(?:&|and)\s){_PERSON})*")
# Words of a title that no name holds (`The Black Swan`, `Emperor's New Mind`).
_TITLE_WORD = re.compile(r"\b(?:The|A|An|Of|On|In|To|For|With)\s|['’]s\b")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    run: list[Found] = []
    last = -GAP - 1
    for index, line in enumerate(lines):
        if not line.text or line.kind not in ("text", "item"):
            continue
        hit = _book(line, index, doc)
        if hit is None:
            continue
        if index - last > GAP:
            hits += run if len(run) >= RUN else []
            run = []
        run.append(hit)
        last = index
    hits += run if len(run) >= RUN else []
    return hits


def _book(line: Line, index: int, doc: Doc) -> Found | None:
    if " – " not in line.text and " — " not in line.text and " - " not in line.text:
        return None  # cheap test first
    match = _LINE.match(line.text.strip())
    if match is None:
        return None
    title, names = clean_title(match["title"]), match["names"]
    low, high = TITLE_WORDS
    spaced = _GLUED_INITIALS.sub(r"\1 ", names)
    if not low <= words(title) <= high or not looks_like_names(spaced):
        return None
    if (_PEOPLE.fullmatch(title) and not _TITLE_WORD.search(title)) or title[:1].islower():
        return None  # `Ada Quill – Ben Nadir`, `Ada Quill – a remark`
    draft = Draft(line=line.number, title=title, authors=names, urls=list(line.urls))
    draft.text = line.text
    draft.confidence = 0.7
    return Found(build(draft, doc.captured), index, index)
