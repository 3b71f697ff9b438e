"""Reading lists that name the author first and link the book or paper by its title, a line
each: `Dweck, [Mindset](…)`, `Graeber and Wengrow, [the Dawn of Everything](…)`, `Taleb, [Black
Swan](…) and [Antifragile](…)` (two works of one author on one line).

The text before the comma is people as such lists write them (family names, or whole names, one
to three, joined by `and`, `&` or commas); each link after it is a work, its text the whole
title, short as it may be: the shape says so. Three such lines at least: a list, not a remark.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "names-then-links"
DESCRIPTION = "Lines `Surname, [Title](…)`: the author, then the work linked by its title"
TITLED = True  # `[Debt](…)`: after its author's name, one word is a book's title here

AT_LEAST = 3
_WORD = r"[A-ZÀ-Þ][\w'’\-]+"
_PERSON = rf"(?:[A-ZÀ-Þ]\.\s?)*{_WORD}(?:\s{_WORD}){{0,2}}"
_NAMES = re.compile(rf"^(?P<names>{_PERSON}(?:(?:,\s|\s(?:and|&)\s){_PERSON}){{0,2}}),\s+(?=\S)")
# What may stand between the links: `and`, commas, nothing else
_BETWEEN = re.compile(r"^[\s,;]*(?:and|&)?[\s,;]*$")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    for index, line in enumerate(lines):
        if line.kind in ("text", "item") and line.links and not _in_paragraph(lines, index):
            found += _works(line, index, doc)
    return found if len({hit.first for hit in found}) >= AT_LEAST else []


def _in_paragraph(lines: list[Line], index: int) -> bool:
    """A line of a paragraph with more lines: prose, not one entry of such a list."""
    block = lines[index].block
    before = index > 0 and lines[index - 1].block == block
    return before or (index + 1 < len(lines) and lines[index + 1].block == block)


def _works(line: Line, index: int, doc: Doc) -> list[Found]:
    text = line.text.strip()
    names = _NAMES.match(text)
    if names is None:
        return []
    rest, titles = text[names.end() :], []
    for label, url in line.links:
        at = rest.find(label)
        if at < 0 or not _BETWEEN.match(rest[:at]):
            return []  # words of a sentence between: prose that links
        titles.append((label.strip(), url))
        rest = rest[at + len(label) :]
    if rest.strip(" .") or not titles:
        return []
    people = re.split(r",\s|\s(?:and|&)\s", names["names"])
    found: list[Found] = []
    for title, url in titles:
        draft = Draft(line=line.number, title=title, authors=people, urls=[url], text=line.text)
        draft.confidence = 0.7
        found.append(Found(build(draft, doc.captured), index, index))
    return found
