"""Bibliographies of the humanities, the social sciences and law: the first author's name
(inverted, or in OSCOLA given first), then the title, then where and when it came out. The styles
people type, one entry a line or hard-wrapped over a few lines:

- MHRA and Chicago notes: `Quill, A., and B. Marrow, eds., An Invented History, Example Series 4
  (London: Pretend Press, 1990)`, an article `Quill, A., ‘An Invented Essay’, Example Studies 8
  (1977): 235-242`; a chapter the entry points to (`…, espec. Chapter 1: C. Name, ‘Title’.`).
- A syllabus's reading lines, no comma after the names: `Quill, A. B. ‘An Invented Essay’ IMR 23
  (2), 1982, 320–41`, `Quill, A. (ed.) An Invented History (London: Pretend Press, 1990)* HC 20`
  and, among such entries, the short `Quill, Ada Pretend Helots, 33–42`.
- MLA's and Chicago's books and articles: `Quill, Ada B. An Invented History: Its Pretend Past.
  London: Pretend Press, 1990.`, `Quill, Ada. “An Essay.” Review 12, no. 3 (2019): 45–67.`,
  Chicago's author-date `Quill, Ada. 2001. Title. Place: Publisher.`
- OSCOLA: `Ada Quill, ‘Title’ (2015) 109 Journal 498`, `Ada Quill, Title (2nd edn, OUP 2010)`.
- German: `Quill, Ada: Title. Berlin: Verlag 2001.` and DIN 1505's `Quill, Ada ; Marrow, Ben:
  Title. Subtitle. In: Journal 12 (2019), S. 45–67`.

What closes the entry holds it together: a publisher in brackets (`(Place: Publisher, Year)`), a
quoted title right after the names, MLA's `Place: Publisher, Year.` ending the entry, a journal's
`(year)`, DIN's `In:`. A sentence of prose never opens with an inverted name and ends so.
"""

from __future__ import annotations

import re

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.blocks import blocks, words, year_in
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, is_furniture

NAME = "book-references"
DESCRIPTION = "Bibliographies `Surname, I., Title (Place: Publisher, Year)`, MLA books, syllabi"

AT_LEAST = 2  # entries that make a bibliography; one alone may be a sentence's
WRAPPED = 4  # lines one entry takes at most
LONGEST = 1000  # characters: an entry with all its names, title, series and publisher
OPENING_COMMA = 60  # characters: the comma after the first name (or names) comes before this
_YEAR = r"(?:1[5-9]|20)\d{2}"
_PARTICLE = r"(?:(?:van|von|de|der|den|da|di|du|del|le|la|ten|ter)\s)"
# A surname of two capitalised words opens with a particle (`Da Rold`, `Van Dyke`, `Mac Lean`):
# else `Anna Keller, Kofi Osei` would read as one name inverted.
_CAPITAL_PARTICLE = (
    r"(?:Da|De|Del|Della|Di|Du|Van|Von|Le|La|Mac|Mc|St\.?|San|Santa|Ten|Ter|El|Al)\s"
)
_SURNAME = rf"{_PARTICLE}*(?:{_CAPITAL_PARTICLE})?[A-ZÀ-Þ][\w'’]+(?:-[A-ZÀ-Þ][\w'’]+)?"
_INITIALS = r"[A-Z]\.(?:\s?-?[A-Z]\.)*"
# Given names, then initials: `Ada`, `Ada Beth`, `Ada B.`, `Ada B` before `and` (no word after an
# initial: that is the title's).
_GIVEN = (
    r"[A-ZÀ-Þ][a-zà-ÿ]+(?:\s[A-ZÀ-Þ][a-zà-ÿ]+){0,2}"
    r"(?:\s[A-Z]\.(?:\s?[A-Z]\.)*|\s[A-Z](?=\s(?:and|&)\s|$))?"
)
_INVERTED = rf"{_SURNAME},\s(?:{_INITIALS}|{_GIVEN})"
# `and` in the languages of the humanities' bibliographies: `Blanc, Julie, et Lucile Haute`
_AND = r"(?:and|&|et|und|y|e)"
_GIVEN_FIRST = rf"(?:{_INITIALS}|[A-ZÀ-Þ][a-zà-ÿ]+)\s(?:{_INITIALS}\s)?{_SURNAME}"
_NAMES = (
    rf"(?P<names>{_INVERTED}(?:,\s{_INITIALS}\s{_SURNAME})*"
    rf"(?:(?:,\s{_GIVEN_FIRST})*,?\s{_AND}\s(?:{_GIVEN_FIRST}|{_INVERTED}))?)"
    r"(?:,?\set\.?\sal\.?)?"
)
# `, eds.`, MLA's `, editor`, `(ed.)`, and French `, éd.`, `(dir.)`
_EDITORS = r"(?:,\s(?:eds?\.|éds?\.|dir\.|editors?)|\s\((?:eds?|éds?|dir)\.?\))?"
# OSCOLA names people given name first: `Ada Quill`, `A B Quill`, `Ada-Beth Quill`.
_PERSON = (
    r"(?:[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?|[A-Z]\.?)(?:\s(?:[A-ZÀ-Þ][a-zà-ÿ]+|[A-Z]{1,2}\.?))?"
    rf"\s{_SURNAME}"
)
# An entry opens with an inverted name (`Quill, A.`, `Quill, Ada B.`, `Da Quill, A. B.`) or, in
# OSCOLA, a name given first and a comma.
_INVERTED_OPENING = re.compile(rf"^{_SURNAME},\s(?:{_INITIALS}|[A-ZÀ-Þ][a-zà-ÿ]+)")
_OPENING = re.compile(
    rf"^(?:{_SURNAME},\s(?:{_INITIALS}|[A-ZÀ-Þ][a-zà-ÿ]+)|{_PERSON}(?:,|\s(?:and|&)\s))"
)
_PUBLISHED = rf"\([^():]{{2,40}}:\s[^():]{{2,80}}?,\s(?P<year>{_YEAR})(?:[-–]\d{{2,4}})?\)"
# `Names, Title, Series 8 (Place: Publisher, 1990)` and `Names Title (Place: …)`
_BOOK = re.compile(
    rf"^{_NAMES}{_EDITORS}(?P<sep>,\s|\s)(?P<body>(?![‘’“\"'])[^(]{{4,300}}?)\s{_PUBLISHED}"
)
_OPEN_QUOTE, _CLOSE_QUOTE = "‘’“\"'", "’”\"'"
# `Names, ‘Title’, Journal 8 (1977)`, `Names ‘Title’ IMR 23 (2), 1982`, `Names ‘’Title’’ …`
# OSCOLA: `Ada Quill, ‘Title’ (2015) 109 Journal 498`, `[1973] (4) Journal 815`, `Quill, Ada,
# ‘Title’ in A Name and B Name, Book (Publisher, 2008)`, a book `Ada Quill, Title (Publisher,
# 1987).` (the publisher's bracket closes the entry).
_OSCOLA_NAMES = (
    rf"(?P<names>(?:{_INVERTED}|{_PERSON})(?:(?:,\s|,?\s(?:and|&)\s){_PERSON})*)"
    r"(?:\s\(eds?\.?\))?,\s"
)
# OSCOLA's publisher bracket: `(Hart Publishing, 2008)`, `(2nd edn, OUP 2010)`, a page after it
_PINPOINT = r"(?:\s\d{1,4}(?:[-–]\d{1,4})?)?\.?$"
_OSCOLA_ARTICLE = re.compile(
    rf"^{_OSCOLA_NAMES}‘(?P<title>.{{6,400}}?)’\s(?:\((?P<year>{_YEAR})\)|\[(?P<year2>{_YEAR})\]"
    rf"|in\s[^‘’]*?[,\s](?P<year3>{_YEAR})\){_PINPOINT})"
)
_OSCOLA_BOOK = re.compile(
    rf"^{_OSCOLA_NAMES}(?P<body>[A-Z0-9À-Þ][^(]{{3,300}}?)\s"
    rf"\([^()]{{2,80}}?[,\s](?P<year>{_YEAR})\){_PINPOINT}"
)
_QUOTED = re.compile(
    rf"^{_NAMES}{_EDITORS}[,.]?\s?(?:[{_OPEN_QUOTE}]{{1,2}}(?P<title>[^‘’“”\"]{{6,300}}?)[,.]?"
    rf"[{_CLOSE_QUOTE}]{{1,2}}|«\s?(?P<guillemets>[^«»]{{6,300}}?)[,.]?\s?»)(?:[,.]?\s|$)(?P<rest>.*)$"
)  # French quotes a title in guillemets, a phrase inside it in English quotes
# MLA: `Names. Title. Place: Publisher, 1990.`
# A publisher's name may hold an abbreviation's stop: `Oxford Univ. Press`, `Smith & Co.`
_PUBLISHER = (
    r"(?:[^.:]|(?<=\bUniv|\bPubl|\bAcad|\bDept)\.|(?<=\b(?:Pr|Co|St))\.|(?<=\bInc|\bLtd)\.){2,80}"
)
# What may stand between an MLA title and its publisher: `Translated by A Name.`, `2nd ed.`
_BETWEEN = (
    r"(?:(?:(?:Translated|Edited|Introduction)[^.]{0,60}|(?:Trans|Ed|Rev|Vol)\.[^.]{0,60}"
    r"|\d{1,2}(?:st|nd|rd|th)\sed)\.\s)?"
)
# A series between the title and the place: `… Title. La petite collection. Dijon: Presses, 2015.`
_SERIES = r"[A-ZÀ-Þ][^.:]{2,60}\.\s"
# `Names. Title. Place: Publisher, 1990.`, `Names, eds. …`; German's `Names: Title. Place 1990.`
_MLA = re.compile(
    rf"^{_NAMES}{_EDITORS}[.:,]?\s(?![A-Z]\.)(?P<title>[^.]{{4,300}}?[^.\s])[.?!]\s{_BETWEEN}"
    rf"(?:{_SERIES})?(?:[^.:]{{2,40}}:\s)?{_PUBLISHER},?\s(?P<year>{_YEAR})\.?$"
)
# The year alone after the title, no place nor publisher: `Names. Title, 2018.`
_YEAR_ALONE = re.compile(
    rf"^{_NAMES}{_EDITORS}\.\s(?![A-Z]\.)(?P<title>[^.]{{4,300}}?[^.\s]),\s(?P<year>{_YEAR})\.$"
)
# Chicago's author-date: `Quill, Ada. 2001. Title. Place: Publisher.`, `… 2019. “Title.” Journal
# 12 (3): 45–67.` (a given name written out: `Quill, A. 2001.` is the sciences', see sci_refs)
_AUTHOR_DATE = re.compile(
    rf"^(?=[^,]+,\s[A-ZÀ-Þ][a-zà-ÿ]){_NAMES}{_EDITORS}\.?\s(?P<year>{_YEAR})[a-z]?\.\s"
    rf"(?:[{_OPEN_QUOTE}](?P<quoted>[^‘’“”\"]{{6,300}}?)[,.]?[{_CLOSE_QUOTE}]"
    r"|(?P<title>[^.?!]{4,300}?[^.\s][.?!])(?:\s|$))"
)
# DIN 1505: `Quill, Ada ; Marrow, Ben: Title. In: Journal 12 (2019), Nr. 3, S. 45–67`, the names
# parted by `;`, a colon before the title; the title (a subtitle after its stop is its own) runs to
# `In:` or to a bracket (`(Series, 17), Berlin 2003`). (`Name: Title, Publisher, 2011` says not
# where a title with commas ends: the reading lists read it.)
_DIN = re.compile(
    rf"^(?P<names>{_INVERTED}(?:\s?;\s{_INVERTED})+|{_INVERTED}(?=\s?(?:\((?:Hrsg|Hg)\.\))?\s?:\s))"
    r"(?:\s\((?:Hrsg|Hg)\.\))?\s?:\s(?P<title>[^(]{4,300}?[^.\s])\.?"
    r"(?:\sIn:\s(?P<rest>.*\S)|\s\((?P<bracket>.*\S))$"
)
_DIGIT = re.compile(r"[\d:]")  # no name before its comma holds a digit or a colon
_SPLIT_AND = re.compile(r",?\s(?:and|&|et|und|y|e)\s")
_INVERTED_LEAD = re.compile(_INVERTED)
# A line that runs on: it ends in a word, a comma or an abbreviation's stop (`no.`, `vol.`), not
# in an entry's closing stop or number.
_RUNS_ON = re.compile(r"(?:[^\W\d]|[,:;‘’“(]|\b(?:pp|no|vol|ed|eds|trans|Univ|St)\.)$")
_MARKS = re.compile(r"\*+|_{1,2}(?=\w)|(?<=\w)_{1,2}")
# `…: Considering Sovereignty, Supremacy and Subsidiarity`: a list's end is the title's own.
_LIST_END = re.compile(r"^[A-ZÀ-Þ][^,\d]{0,40}?\s(?:and|or|&)\s[^,\d]+$")
SERIES_AFTER = 2  # words: a title this long before a comma is whole; what follows is a series


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    for first, last in blocks(lines):
        block: list[Found] = []
        index = first
        while index <= last:
            found = _entry_at(lines, index, last, doc) if _opens(lines[index]) else None
            if found is None:
                index += 1
                continue
            block.append(found)
            if chapter := _chapter_named(lines, found, doc):
                block.append(chapter)
            index = found.last + 1
        if len(block) >= AT_LEAST:
            block = _with_short_entries(lines, block, doc)
        hits += block
    return hits if len(hits) >= AT_LEAST else []


# Among a list's whole entries, a syllabus's short lines: `Quill, Ada (ed) Pretend Moves (see
# esp. the chapter by Lee)*`, `Quill, Ada Pretend Helots, 33–42` (the pages to read). Alone they
# could be any sentence; under the same paragraph as whole entries they are its entries too.
_EDITED = re.compile(
    rf"^(?P<names>{_INVERTED})\s\(eds?\.?\)\s(?P<title>[A-Z][^()*]{{3,200}}?)(?:\s\(|\*|$)"
)
_PAGES_TO_READ = re.compile(
    rf"^(?P<names>{_SURNAME},\s(?:{_INITIALS}|[A-ZÀ-Þ][a-zà-ÿ]+)|{_SURNAME}\s(?:and|&)\s{_SURNAME})"
    r"\s(?P<title>[A-Z][^()]{3,200}?),\s\d{1,4}\s?[-–]\s?\d{1,4}\*?$"
)  # `Quill, Ada Title, 33–42`, `Quill and Marrow Title, 21–32*`


# A book's entry that points to one chapter of it: `…, 2020), espec. Chapter 1: A. Quill and B.
# Marrow, ‘Chapter Title’.` The chapter is a work of its own, by its own authors.
_CHAPTER_NAMED = re.compile(
    r"\b(?:esp(?:ec)?\.|especially|see)\s(?:[Cc]hapter|[Cc]h\.)\s?\d{1,3}[:,.]?\s"
    rf"(?P<names>{_GIVEN_FIRST}(?:,\s{_GIVEN_FIRST})*(?:,?\s(?:and|&)\s{_GIVEN_FIRST})?),\s"
    r"‘(?P<title>[^’]{6,300}?)[,.]?’"
)


def _chapter_named(lines: list[Line], book: Found, doc: Doc) -> Found | None:
    text = " ".join(line.text for line in lines[book.first : book.last + 1])
    if "hapter" not in text and "h. " not in text:
        return None  # cheap tests first
    if (named := _CHAPTER_NAMED.search(text)) is None:
        return None
    work = (named["title"].strip(), split_inverted(named["names"]), None)
    return _found(lines, book.first, book.last, work, doc)


def _with_short_entries(lines: list[Line], block: list[Found], doc: Doc) -> list[Found]:
    taken = {i for hit in block for i in range(hit.first, hit.last + 1)}
    first, last = block[0].first, block[-1].last
    for index in range(first + 1, last):
        text = lines[index].text
        if index in taken or not text[:1].isupper():
            continue
        if short := _EDITED.match(text) or _PAGES_TO_READ.match(text):
            work = (short["title"].strip().rstrip(",."), split_inverted(short["names"]), None)
            block.append(_found(lines, index, index, work, doc))
    return sorted(block, key=lambda hit: hit.first)


def _opens(line: Line) -> bool:
    text = _unnumbered(line.text)
    comma = text.find(", ", 0, OPENING_COMMA)
    if comma < 0 or not text[:1].isupper() or _DIGIT.search(text, 0, comma):
        return False  # cheap tests first: an entry's first name has its comma early on
    return line.kind in ("text", "item") and _OPENING.match(text) is not None


def _entry_at(lines: list[Line], index: int, last: int, doc: Doc) -> Found | None:
    """The entry opening at this line, read over the lines it runs on to."""
    end, undated = index, None
    while True:
        text = " ".join(line.text for line in lines[index : end + 1])
        work = None if is_furniture(text) else _work(text)
        if work is not None and _beside_a_linked_title(lines[index : end + 1], work[0]):
            return None  # `Guo, Xu, Duan, and Yin. [Title](…), ICML 2023.`: a reading list's
        if work is not None and (work[2] or undated is None):
            found = _found(lines, index, end, work, doc)
            if work[2]:
                return found
            undated = found  # `Names ‘Title’ Paper presented at` may name its year below
        if (
            end >= last
            or end - index + 1 >= WRAPPED
            or not _RUNS_ON.search(lines[end].text)
            or _INVERTED_OPENING.match(_unnumbered(lines[end + 1].text))  # the next entry's
        ):
            return undated
        end += 1


LINKED_TITLE_WORDS = 3


def _beside_a_linked_title(entry: list[Line], title: str) -> bool:
    """The entry links a title of its own (a link's text of a title's length) and the title read
    here is none of it: the names were read as a title, the linked title left out."""
    labels = [
        label for line in entry for label, _ in line.links if words(label) >= LINKED_TITLE_WORDS
    ]
    return bool(labels) and not any(title in label or label in title for label in labels)


def _found(
    lines: list[Line], index: int, end: int, work: tuple[str, list[str], str | None], doc: Doc
) -> Found:
    title, names, year = work
    draft = Draft(line=lines[index].number, title=title, authors=names, date=year)
    while end + 1 < len(lines) and lines[end + 1].block == lines[index].block:
        if not _only_links(lines[end + 1]):
            break
        end += 1  # `[pdf]`, `[html]` or an address under the entry, in its paragraph: its own
    draft.text = " ".join(line.text for line in lines[index : end + 1])
    draft.urls = [url for line in lines[index : end + 1] for url in line.urls]
    draft.confidence = 0.8
    return Found(build(draft, doc.captured), index, end)


_BARE_ADDRESS = re.compile(r"<?https?://\S+>?")


def _only_links(line: Line) -> bool:
    """A line of nothing but links (`[pdf] [html]`, a bare address)."""
    if not line.links:
        return _BARE_ADDRESS.fullmatch(line.text.strip()) is not None
    text = line.text
    for label, _url in line.links:
        text = text.replace(label, "")
    return not text.strip(" []()|·•,;-–—")


# `12. ` before an entry typed in plain text (`[12] ` numbers the sciences' reference lists,
# read by the reading lists)
_NUMBER = re.compile(r"^\s*\d{1,4}[.)]\s+")


def _unnumbered(text: str) -> str:
    return _NUMBER.sub("", text, count=1) if text[:1].isdigit() else text


def _work(text: str) -> tuple[str, list[str], str | None] | None:
    """(title, names, year) of one entry in a style above, or None."""
    if len(text) > LONGEST:
        return None  # a paragraph of prose, no entry
    text = _MARKS.sub("", _unnumbered(text)).strip()
    if quoted := _QUOTED.match(text):
        # the journal's year, never an identifier's digits (`arXiv:1512.02595 (2015)`)
        return _checked(
            quoted["title"] or quoted["guillemets"], quoted["names"], year_in(quoted["rest"])
        )
    if book := _BOOK.match(text):
        title = _book_title(book["body"], comma=book["sep"] == ", ")
        return _checked(title, book["names"], book["year"])
    if law := _OSCOLA_ARTICLE.match(text):
        return _checked(law["title"], law["names"], law["year"] or law["year2"] or law["year3"])
    if law := _OSCOLA_BOOK.match(text):
        return _checked(_book_title(law["body"], comma=True), law["names"], law["year"])
    if (din := _DIN.match(text)) and (year := year_in(din["rest"] or din["bracket"])):
        return din["title"].strip(), [name.strip() for name in din["names"].split(";")], year
    if mla := _YEAR_ALONE.match(text) or _MLA.match(text):
        return _checked(mla["title"], mla["names"], mla["year"])
    if dated := _AUTHOR_DATE.match(text):
        return _checked(dated["quoted"] or dated["title"], dated["names"], dated["year"])
    return None


def _book_title(body: str, *, comma: bool) -> str:
    """`Title, trans. A Name`, `Title, Example Series 8`: in the comma style the title ends at
    its first comma when the words before it make a title of their own (a short title with a
    comma in it, `Art, Power, and Society`, keeps its commas)."""
    body = body.strip().rstrip(",")
    head, _, rest = body.partition(", ")
    if comma and words(head) >= SERIES_AFTER and not _LIST_END.match(rest):
        return head
    return body


def _checked(title: str, names: str, year: str | None) -> tuple[str, list[str], str | None] | None:
    title = title.strip().rstrip(",.").strip()
    if words(title) < 1 or len(title) < 4:
        return None
    return title, split_inverted(names), year


def split_inverted(names: str) -> list[str]:
    """`Quill, A., B. Marrow, and C. Tansy` -> `Quill, A.`, `B. Marrow`, `C. Tansy`;
    `Quill, A. & Marrow, B.` -> `Quill, A.`, `Marrow, B.`."""
    out: list[str] = []
    for part in _SPLIT_AND.split(names.strip()):
        part = part.strip().strip(",")
        lead = _INVERTED_LEAD.match(part)
        if lead is None:
            out.append(part)
            continue
        out.append(lead[0])
        out += [p for p in (piece.strip() for piece in part[lead.end() :].split(",")) if p]
    return out


def record_of(text: str) -> PaperRecord | None:
    """One entry's record (for the tests), or None."""
    work = _work(text)
    if work is None:
        return None
    return build(Draft(line=1, title=work[0], authors=work[1], date=work[2]), None)
