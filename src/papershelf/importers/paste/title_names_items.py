"""A congress's or a department's list of works: list items `Title. Given Surname, Given Surname
e Given Surname.`, the title first, a full stop, then the authors' full names, joined as the
page's language joins a list (`e`, `y`, `et`, `und`, `and`, `&`), as proceedings pages in
Portuguese, Spanish or French set them:

    - Um Estudo Inventado sobre Pontes. Ana Maria Souza, João P. Lima e Rita Alves.

One such item alone may be anything (`- Reunião de abertura. Sala Dois.`); a run of them, each
ending in people's names, is a list of works.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.list_cues import list_cues
from papershelf.importers.paste.names import looks_like_names

NAME = "title-names-items"
DESCRIPTION = "Lists of works `Title. Given Surname, Given Surname e Given Surname.`"
TITLED = False
NAMED = False

RUN = 3  # items of the shape in one list make a list of works
MIN_TITLE_WORDS = 3
MAX_NAMES_CHARS = 600
_STOP = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=[A-ZÀ-Þ])|(?<=[)\d])\.\s+(?=[A-ZÀ-Þ])")
# The word that joins the last name to the others, in the languages such pages are written in.
_LAST_JOIN = re.compile(r"\s+(?:e|y|et|und|and|&|i|en|og|och)\s+(?=[A-ZÀ-Þ])")
_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|la|le|y|e)"
_NAME_WORD = rf"(?:[A-ZÀ-Þ][\w'’\-]+|[A-ZÀ-Þ]\.(?:\s?[A-ZÀ-Þ]\.)*|{_PARTICLE})"
# A full name: given name first, a surname last (an initial may close it, `Zorro M.`).
_PERSON = re.compile(
    rf"^[A-ZÀ-Þ][\w'’\-]+(?: {_NAME_WORD}){{0,6}} (?:[A-ZÀ-Þ][\w'’\-]+|[A-ZÀ-Þ]\.)$"
)


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    run: list[tuple[int, str, list[str]]] = []
    # Items holding a full stop only (the paste's items are found once for several readers).
    items = [i for i in list_cues(doc).items if lines[i].kind == "item" and ". " in lines[i].text]
    for index in items:
        line = lines[index]
        entry = _entry(line)
        if entry is not None and (not run or _next_in_list(lines, run[-1][0], index)):
            run.append((index, *entry))
            continue
        found += _papers(lines, run, doc)
        run = [(index, *entry)] if entry is not None else []
    return found + _papers(lines, run, doc)


def _entry(line: Line) -> tuple[str, list[str]] | None:
    """The title and the names of `Title. Names.`, else None."""
    text = line.text
    if line.kind != "item" or ". " not in text or not text[:1].isupper():
        return None
    for stop in _STOP.finditer(text):
        title = text[: stop.start()].strip()
        if len(title.split()) < MIN_TITLE_WORDS:
            continue
        people = _people(text[stop.end() :])
        if people and not looks_like_names(title):
            return title, people
    return None


def _people(text: str) -> list[str]:
    """`Ana Souza, João P. Lima e Rita Alves.` -> the three names; [] unless each part is a full
    name, given name first (a title's words after a full stop are no list of people)."""
    text = text.strip()
    if len(text) > MAX_NAMES_CHARS:
        return []
    if text.endswith(".") and not re.search(r"(?:^|\s)[A-ZÀ-Þ]\.$", text):
        text = text[:-1].rstrip()  # the item's closing stop, not an initial's
    parts = [part.strip() for part in _LAST_JOIN.sub(", ", text).split(",")]
    if not parts or not all(_PERSON.match(part) for part in parts):
        return []
    return parts if len(parts) > 1 or looks_like_names(parts[0]) else []


def _next_in_list(lines: list[Line], previous: int, index: int) -> bool:
    return index == previous + 1 and lines[index].level == lines[previous].level


def _papers(lines: list[Line], run: list[tuple[int, str, list[str]]], doc: Doc) -> list[Found]:
    if len(run) < RUN:
        return []
    found: list[Found] = []
    for at, title, people in run:
        draft = Draft(line=lines[at].number, title=title, authors=people)
        draft.urls = list(lines[at].urls)  # `[Title](…). Names.`: the title's link
        draft.text, draft.confidence = lines[at].text, 0.7
        found.append(Found(build(draft, doc.captured), at, at))
    return found
