"""Publication lists in the Russian manner, the initials after each family name, as institutes'
pages print them:

    Иванова А.Б., Petrov K.L. Title of the work
    Venue: Proceedings. Город: Издатель, 2016. Вып. 5. С. 230-236.

    1. Иванова А.Б. Title of the work Тр. Института. Город, 2012. С. 143-159.

A page that breaks each entry after its title (`<br>`) shows the names and the title on one line
and the venue, its year and its pages on the next; the entries themselves, separated only by
the page's source lines, run on one after another, so the next entry's names and title follow
the last one's pages on the same line. A numbered entry on one line runs its title into the
venue, which opens with the abbreviation of a venue's kind (`Тр.` proceedings, `Мат.`
materials, `Сб.` a collection, `Вестн.`, `Изв.`, `Докл.`, `Бюл.`); a venue named before that
(`…: Мат.`) leaves the title's end unknown, and the entry is not read. A venue's line names its
pages (`С. 230-236.`, `P. 44-51.`, a book's `156 с.`), and two entries at least make such a list.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "initials-after"
DESCRIPTION = "Publication lists with initials after family names (`Иванова А.Б. Title`)"

AT_LEAST = 2
_UPPER = "A-ZА-ЯЁ"
_LOWER = "a-zа-яё"
_PERSON = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?\s[{_UPPER}]\.(?:\s?[{_UPPER}]\.)?"
_NAMES = rf"(?P<names>{_PERSON}(?:,\s{_PERSON}){{0,11}})"
# Names and a title that runs to the end of the line; where another entry's text ends before them,
# it ends with its pages (`С. 230-236.`, `P. 44-51.`, a book's `156 с.`).
_TITLED = re.compile(
    rf"(?:^|(?<=\d\.\s)|(?<=\s[сcpр]\.\s))(?:\d{{1,3}}\.\s)?{_NAMES}"
    rf"\s(?P<title>[{_UPPER}«\"][^\n]{{8,400}})$"
)  # a book's venue ends with its count of pages: `… 2015. 156 с.`
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# What a venue's name opens with in these lists (GOST 7.12's abbreviations of its kind).
_VENUE_KIND = re.compile(r"\s(?P<colon>:\s)?(?:Тр|Мат|Матер|Сб|Вестн|Изв|Докл|Бюл)\.\s?")
_NUMBERED = re.compile(r"^\d{1,3}\.\s")
_KINDS = ("text", "item")
_PAGES = re.compile(r"\b(?:[PСSрp]|pp)\.\s?\d|\d\s?(?:с|c|p|pp|S)\.")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    venue_of = -1  # the line under an entry's title: the next entry may run on after its pages
    for index, line in enumerate(lines):
        if line.kind not in _KINDS:
            continue
        # Only an entry's venue line is searched through; any other is tried at its start (the
        # cheap test that keeps a long paste's lines from costing more).
        titled = _TITLED.search(line.text) if index == venue_of else _TITLED.match(line.text)
        if titled is None:
            continue
        venue_of = index + 1
        hit = _numbered(titled, line, index, doc) if _NUMBERED.match(line.text) else None
        hit = hit or _over_venue(titled, lines, index, doc)
        if hit is not None:
            hits.append(hit)
    return hits if len(hits) >= AT_LEAST else []


def _over_venue(titled: re.Match[str], lines: list[Line], index: int, doc: Doc) -> Found | None:
    """Names and title over the venue's line, which holds its year before any next entry."""
    if index + 1 >= len(lines) or lines[index + 1].kind not in _KINDS:
        return None
    title = titled["title"].strip()
    if _YEAR.search(title):
        return None  # a venue and its year on the line: no title broken from its venue
    venue = lines[index + 1].text
    if (after := _TITLED.search(venue)) is not None:
        venue = venue[: after.start()]
    if (year := _YEAR.search(venue)) is None or not _PAGES.search(venue):
        return None  # a venue names its pages (`С. 230-236.`, `P. 44-51.`, a book's `156 с.`)
    found = _found(titled["names"], title, year[0], lines[index], index, doc)
    return Found(found.record, index, index + 1) if found else None


def _numbered(titled: re.Match[str], line: Line, index: int, doc: Doc) -> Found | None:
    """`1. Names Title Тр. Venue. Place, 2012.`: the title up to the venue's kind."""
    rest = titled["title"]
    kind = _VENUE_KIND.search(rest)
    if kind is None or kind["colon"] or (year := _YEAR.search(rest, kind.end())) is None:
        return None
    title = rest[: kind.start()].strip()
    if title.endswith(":"):
        return None
    return _found(titled["names"], title, year[0], line, index, doc)


def _found(names: str, title: str, year: str, line: Line, index: int, doc: Doc) -> Found | None:
    if len(title.split()) < 2:
        return None
    draft = Draft(line=line.number, title=title, authors=names.split(", "), date=year)
    draft.confidence = 0.7
    return Found(build(draft, doc.captured), index, index)
