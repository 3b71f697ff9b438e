"""Lists of works by their titles in italics and their authors after a comma, as book clubs,
syllabi and reading lists of books set them down:

    ### The Greeks
    - ~~*Euthyphro*, Plato~~
    - *Nicomachean Ethics*, Aristotle
    - The *Enneads*, Plotinus
    - *Orthodoxy*, G.K. Chesterton

ABNT's bibliographies set the authors in bold, family names in capitals, before the title in
italics (`**CORRÊA, Deborah**. *Título*. 2019.`). A title of one word and an author of one name
say little alone; a run of such items says that
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
    hits: list[Found] = []
    for index, line in enumerate(lines):
        if line.kind != "item" or not line.italic:
            continue
        if draft := _work(line) or _abnt(line):
            hits.append(Found(build(draft, doc.captured), index, index))
        else:
            hits += [Found(build(d, doc.captured), index, index) for d in _possessive(line)]
    return hits if len(hits) >= RUN else []


# A recommendation in prose names a book by its author's possessive before its title in
# italics: `1. A great second book is Dixit's *Thinking Strategically.*`, `Milton Friedman's
# *Free to Choose*`.
_POSSESSIVE = re.compile(r"(?P<name>(?:[A-ZÀ-Þ][\w\-]+\s){0,2}[A-ZÀ-Þ][\w\-]+)['’]s\s\*{0,2}$")


def _possessive(line: Line) -> list[Draft]:
    drafts: list[Draft] = []
    for span in line.italic:
        at = line.text.find(span)
        title = span.strip(" .")
        if at < 0 or len(title.split()) < 2 or not title[:1].isupper():
            continue
        owner = _POSSESSIVE.search(line.text[:at])
        if owner is None or not owner["name"].split()[0][:1].isupper():
            continue
        draft = Draft(line=line.number, title=title, authors=[owner["name"]], text=line.text)
        draft.confidence = 0.6
        drafts.append(draft)
    return drafts


# ABNT's bibliographies (Brazil) set the authors in bold, family names in capitals, and the
# title in italics: `**CORRÊA, Deborah Godoy Martins**. *Título*. 2019. Dissertação …`,
# `**SOUZA, M.; DE OLIVEIRA, T.**. *Título*. RENOTE, v. 20, 2022.`
_CAPITAL_FAMILY = re.compile(
    r"^[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’\- ]+,\s*[A-ZÀ-ÞĀ-Ž][\w'’\-]*\.?(?:\s+[\w'’\-]+\.?)*$"
)
_PARTS = re.compile(r"\s*;\s*|\.\s+(?=[A-ZÀ-ÞĀ-Ž]{2,}[A-ZÀ-ÞĀ-Ž'’\- ]*,)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _name(part: str) -> str:
    """`GODOY, D. .` -> `GODOY, D.`: a stray stop after the name, not the initial's own."""
    part = part.strip()
    while part.endswith((" .", " ,")):
        part = part[:-2].rstrip()
    return part


def _abnt(line: Line) -> Draft | None:
    if not line.bold or not line.text.startswith(line.bold[0]):
        return None
    names = [name for part in _PARTS.split(line.bold[0].strip()) if (name := _name(part))]
    if not names or not all(_CAPITAL_FAMILY.match(name) for name in names):
        return None
    after = line.text[len(line.bold[0]) :]
    title = next((span for span in line.italic if span in after), None)
    if title is None:
        return None
    year = _YEAR.search(after, after.find(title) + len(title))
    draft = Draft(line=line.number, title=title.strip(" ."), authors=names, text=line.text)
    draft.date = year[0] if year else None
    draft.urls = list(line.urls)
    draft.confidence = 0.7
    return draft


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
