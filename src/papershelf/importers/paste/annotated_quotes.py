"""Reading lists whose items quote a paper's title and note after it who wrote it, with its
address in a bullet under it:

    * Examples of student papers:
      * "A Search for Pretend Planets around an Invented Star" Made-up U undergrad, Ada Quill
        * https://ui.adsabs.harvard.edu/abs/2012AAS...0000Q/abstract
      * "Systemic Invented Velocities" Made-up U undergrad: Ben Marrow
        * https://arxiv.org/pdf/1412.00001.pdf

The quoted title is the paper's; the author is the name closing the note (after its last comma
or colon), what comes before it (a role, a school) is no name. An item of the same list that
writes the title bare, then the same note (`Title, Made-up U undergrad: Cy Brask`), is one too.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import words
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, clean_title
from papershelf.importers.paste.names import looks_like_names

NAME = "annotated-quotes"
DESCRIPTION = '`"Title" a note on its author, A Name` items over a bullet of the address'

AT_LEAST = 2  # such items that make the list
MAX_NOTE = 100  # characters: a role and a name, not a sentence
_OPEN = ('"', "“")
_CLOSE = re.compile(r"[\"”]")
_NOTE = re.compile(r"^(?P<note>[^,:;]{0,60}?)\s*[,:]\s*(?P<name>[^,:;]{3,60})$")
_URL = re.compile(r"https?://[^\s\"'<>]+")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    quoted: list[tuple[int, str, str, str]] = []  # index, title, note, name
    for index, line in enumerate(lines):
        if line.kind != "item" or not line.text.startswith(_OPEN):
            continue  # cheap test first: an item opening with a quote
        if (read_ := _quoted(line.text)) is not None:
            quoted.append((index, *read_))
    if len(quoted) < AT_LEAST:
        return []
    notes = {note for _, _, note, _ in quoted if note}
    items = {index: (title, name) for index, title, _, name in quoted}
    quoted_at = list(items)
    for index, line in enumerate(lines):
        if index in items or line.kind != "item" or line.text.startswith(_OPEN):
            continue
        if _beside(lines, index, quoted_at) and (bare := _bare(line.text, notes)):
            items[index] = bare  # a sibling of quoted items, with the same note
    found: list[Found] = []
    for index in sorted(items):
        title, name = items[index]
        urls, last = _address_under(lines, index)
        draft = Draft(line=lines[index].number, title=title, authors=[name])
        draft.urls, draft.text, draft.confidence = urls, " ".join(urls), 0.8
        found.append(Found(build(draft, doc.captured), index, last))
    return found


def _quoted(text: str) -> tuple[str, str, str] | None:
    """(title, note, name) of `"Title" note, Name`: the title closes at the last quote (a title
    may hold an inch's `"`)."""
    closes = list(_CLOSE.finditer(text, 1))
    if not closes:
        return None
    close = closes[-1]
    title, rest = text[1 : close.start()].strip(), text[close.end() :].strip()
    if words(title) < 3 or not rest or len(rest) > MAX_NOTE:
        return None
    if (note := _NOTE.match(rest)) is None or not looks_like_names(note["name"].strip()):
        return None
    return clean_title(title), note["note"].strip(), note["name"].strip()


NEAR = 4  # lines: a sibling item lies this close to a quoted one


def _beside(lines: list[Line], index: int, quoted_at: list[int]) -> bool:
    level = lines[index].level
    return any(lines[at].level == level for at in quoted_at if abs(at - index) <= NEAR)


def _bare(text: str, notes: set[str]) -> tuple[str, str] | None:
    for note in notes:
        at = text.find(f", {note}")
        if at <= 0:
            continue
        title, rest = text[:at].strip(), text[at + 2 + len(note) :].strip(" ,:")
        if words(title) >= 3 and looks_like_names(rest):
            return clean_title(title), rest
    return None


def _address_under(lines: list[Line], index: int) -> tuple[list[str], int]:
    """The addresses of the bullets nested under the item, and the last of them."""
    urls: list[str] = []
    last = index
    level = lines[index].level
    at = index + 1
    while at < len(lines) and lines[at].kind == "item" and lines[at].level > level:
        urls += lines[at].urls or _URL.findall(lines[at].text)
        last = at
        at += 1
    return urls, last
