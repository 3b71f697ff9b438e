"""Lists of works by their titles in italics and their authors after a comma, as book clubs,
syllabi and reading lists of books set them down:

    ### The Greeks
    - ~~*Euthyphro*, Plato~~
    - *Nicomachean Ethics*, Aristotle
    - The *Enneads*, Plotinus
    - *Orthodoxy*, G.K. Chesterton

A title of one word and an author of one name say little alone; a run of such items says that
each is a work: the text before the last comma is the title (its italics mark it), the rest the
author (or `A and B`). A struck-through item is one read already, still a work of the list.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "italic-works"
DESCRIPTION = "Lists of works: `*Title*, Author`, the title in italics, one a list item"
TITLED = True  # the italics say which words are the title: one word is a title here
NAMED = True

RUN = 3  # items of the shape in a paste make a list of works
_ITEM = re.compile(r"^(?P<title>.+?),\s+(?P<people>[^,]{2,80})$")
# One name: `Plato`, `G.K. Chesterton`, `Jorge Luis Borges`, `Jean-Paul Sartre`, `Giles Deleuze`
_NAME = (
    r"(?:[A-ZÀ-ÞĀ-Ž](?:\.\s?[A-ZÀ-Þ])*\.\s?)?[A-ZÀ-ÞĀ-Ž][\w'’\-]+"
    r"(?:\s(?:(?:de|da|van|von|der|le|la|du|di)\s)?(?:[A-ZÀ-Þ]\.\s?)*[A-ZÀ-ÞĀ-Ž][\w'’\-]+){0,3}"
)
_PEOPLE = re.compile(rf"^{_NAME}(?:\s(?:and|&)\s{_NAME})?$")
_STRUCK = re.compile(r"^~~(.*)~~$")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits = [
        Found(build(draft, doc.captured), index, index)
        for index, line in enumerate(lines)
        if line.kind == "item" and line.italic and (draft := _work(line)) is not None
    ]
    return hits if len(hits) >= RUN else []


def _work(line: Line) -> Draft | None:
    text = line.text.strip()
    if struck := _STRUCK.match(text):
        text = struck[1].strip()
    match = _ITEM.match(text)
    if match is None:
        return None
    title, people = match["title"].strip(), match["people"].strip().rstrip(".")
    italic = [span.strip() for span in line.italic if span.strip()]
    if not any(title == span or title.endswith(span) for span in italic):
        return None  # the italics are elsewhere: a journal's name, a remark
    if not _PEOPLE.match(people) or any(ch.isdigit() for ch in people):
        return None
    authors = [name.strip() for name in re.split(r"\s(?:and|&)\s", people)]
    draft = Draft(line=line.number, title=title, authors=authors, text=line.text)
    draft.urls = list(line.urls)
    draft.confidence = 0.7
    return draft
