"""A course outline's readings: numbered topics set in bold, the readings bulleted under each,
one reference an item (its venue and link on the item's own lines below it):

    3. **A Pretend Topic**
       * *A Made-up Lecture on Nothing*  [Video, 55 min] <https://…>
       * Quill, Ada. 2017. “An Invented Essay on Pretend History?”
         *Journal of Examples* 84(4): 2139.
       * Marrow, Ben, Cleo B. Tansy, and Dan Oddly, 'Imaginary Columns'
         In *The Handbook of Nothing*. Example Press, 2015. <https://doi.org/10.1/x>
    4. **Another Topic**
       * *Quill* → Chapter 2: *The History of What*
       * Understanding Pretend Courts. Office of Made-up Studies. <https://…>

A reading names its first author family name first (`Quill, Ada`), then its title in quotes;
the year is the one before the title or the first after it. `Author → Chapter N: Title` is a
chapter of a book the outline knows by its author. Once two readings of those shapes show the
text is such an outline, an item under a topic that gives a title, a publisher and a link is a
reading too. A reading under a topic in another style (APA, MLA, …) is read as the reading
list's reader reads it without the topic over it. A topic is no paper: its line (and a video or
a podcast listed with the readings) goes with the reading under it, so that no reader takes the
topic for a title and the readings for its links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from papershelf.core.records import PaperRecord
from papershelf.core.text import fold, squash
from papershelf.importers.paste import citations
from papershelf.importers.paste.blocks import year_in
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "outline-readings"
DESCRIPTION = "A course outline: bold numbered topics over bulleted Chicago-style readings"

AT_LEAST = 2  # readings of the strong shapes that make a text such an outline
_WORD = r"[A-ZÀ-Þ][\w'’\-]*\.?"
_INVERTED = rf"[A-ZÀ-Þ][\w'’\-]+, {_WORD}(?: {_WORD}){{0,2}}"  # `Strauss, David A.`
_PERSON = rf"{_WORD}(?: {_WORD}){{1,3}}"  # `Mark A. Graber`
_NAMES = rf"(?P<names>{_INVERTED}(?:(?:, and |, | and | & ){_PERSON}){{0,6}})"
_YEAR = r"(?:(?P<year>(?:19|20)\d{2})[a-z]?\.\s+)?"
# `Surname, Given[, Given Surname, and Given Surname][.,] [Year.] “Title.”`
_QUOTED = re.compile(
    rf"^{_NAMES}[.,]?\s+{_YEAR}"
    r"(?:[“\"](?P<dq>[^“”\"]{3,300}?)[”\"]|'(?P<sq>[^']{3,300}?)'(?=[\s.,]|$)"
    r"|‘(?P<cq>[^‘’]{3,300}?)’(?=[\s.,]|$))"
)
# `Surname, Given[, and Given Surname]. Year. Title. *Venue* …` (Chicago's author-date, the
# title unquoted or a book's in italics)
_DATED = re.compile(rf"^{_NAMES}\.\s+(?P<year>(?:19|20)\d{{2}})[a-z]?\.\s+(?P<rest>\S.*)$")
# A title's sentence ends at a full stop (not an initial's or `U.S.`'s) or after `?` or `!`.
_TITLE_SENTENCE = re.compile(r"^(?P<title>.{3,300}?)(?:(?<![\s.][A-Z])\.|(?<=[?!]))(?=\s|$)")
_OTHERS = re.compile(r", and |, | and | & ")
_CHAPTER = re.compile(
    r"^(?P<author>[A-ZÀ-Þ][\w'’\-]+(?: [A-ZÀ-Þ][\w'’\-]+)?)\s*(?:→|->|⟶)\s*"
    r"(?:Chapter|Chap\.|Ch\.)\s*(?:\d{1,3}|[IVXLC]{1,6})\s*[:.]\s*(?P<title>\S.{3,300}?)\.?$"
)
# `Title. Publisher.`: the title's sentence ends after a word, not an initial or `U.S.`
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")
_MEDIA = re.compile(r"[\[(](?:Video|Audio|Podcast|Film|Lecture recording)\b", re.IGNORECASE)
_MEDIA_SITES = ("youtube.com/", "youtu.be/", "vimeo.com/")
_NUMBERING = re.compile(r"^(?:\d{1,3}|[ivxlc]{1,6}|[IVXLC]{1,6})[.)]\s+")


_HIDDEN = Line(0, "", kind="claimed", block=-1)  # a line the reading list's reader is not shown


@dataclass
class _Item:
    first: int  # the item's line
    last: int  # its last own line (the venue, the link)
    record: PaperRecord | None = None
    strong: bool = False
    media: bool = False
    topic: int | None = None  # the bold topic the item is bulleted under


def read(lines: list[Line], doc: Doc) -> list[Found]:
    items = _items(lines, doc)
    if not any(item.record or item.topic is not None for item in items):
        return []  # the common case: no reading of these shapes and no topic over items
    if sum(1 for item in items if item.strong) >= AT_LEAST:
        for item in items:
            if item.record is None and not item.media and item.topic is not None:
                item.record = _published_page(lines, item, doc)
    else:  # one such reading alone makes no outline; under a topic it is one all the same
        for item in items:
            if item.topic is None:
                item.record = None
    _cited_under_topics(lines, items, doc)
    return _spans(lines, items)


def _cited_under_topics(lines: list[Line], items: list[_Item], doc: Doc) -> None:
    """The readings under the topics in the other styles of reference (APA, MLA, …), read as a
    reading list's reader reads them without the topic over them: each names its authors and
    its year or identifier, and a title of its own (a bold title over its own full reference is
    one paper, not a topic)."""
    left = [item for item in items if item.topic is not None and not item.record and not item.media]
    if not left:
        return
    shown = [_HIDDEN] * len(lines)
    for item in left:
        shown[item.first : item.last + 1] = lines[item.first : item.last + 1]
    by_first = {item.first: item for item in left}
    for hit in citations.read(shown, doc):
        reading = by_first.get(hit.first)
        record = hit.record
        if reading is None or reading.topic is None or not record.authors:
            continue
        if not (record.date or record.date_text or record.doi or record.arxiv_id):
            continue
        if fold(record.title) in fold(lines[reading.topic].text):
            continue
        reading.record, reading.last = record, max(reading.last, hit.last)


def _items(lines: list[Line], doc: Doc) -> list[_Item]:
    items: list[_Item] = []
    topic: int | None = None  # the topic whose items these are, while they go on
    for index, line in enumerate(lines):
        if line.kind != "item":
            if topic is None and not line.bold:
                continue  # the common line, told at once
            if line.bold and _topic(line):
                topic = index
            elif not (line.kind == "text" and index and lines[index - 1].block == line.block):
                topic = None  # a heading or a paragraph ends the topic's items
            continue
        if line.bold and _topic(line):
            topic = index
            continue
        if topic is not None and lines[topic].kind == "item" and line.level <= lines[topic].level:
            topic = None  # an item beside the topic, not under it
        last = index
        while (
            last + 1 < len(lines)
            and lines[last + 1].block == line.block
            and lines[last + 1].kind == "text"
        ):
            last += 1
        item = _Item(index, last, topic=topic)
        own = lines[index : last + 1]
        if topic is not None and _media(own):
            item.media = True  # listed with a topic's readings: goes with them
        elif (record := _reading(own, doc)) is not None:
            item.record, item.strong = record, True
        elif topic is None:
            continue  # an item of some other list: nothing to read or to take here
        items.append(item)
    return items


def _media(own: list[Line]) -> bool:
    """`*Title*  [Video, 55 min] <https://youtu.be/…>`: a recording, no paper."""
    return any(_MEDIA.search(line.text) for line in own) or any(
        site in url for line in own for url in line.urls for site in _MEDIA_SITES
    )


def _reading(own: list[Line], doc: Doc) -> PaperRecord | None:
    head = own[0].text.strip()
    quotes = "“" in head or '"' in head or "'" in head or "‘" in head
    if ", " in head[:40] and quotes and (quoted := _QUOTED.match(head)) is not None:
        title = quoted["dq"] or quoted["sq"] or quoted["cq"]
        rest = " ".join([head[quoted.end() :], *(line.text for line in own[1:])])
        year = quoted["year"] or year_in(rest)
        return _record(own, doc, title, _names(quoted["names"]), year)
    if ", " in head[:40] and (dated := _DATED.match(head)) and _given_in_full(dated["names"]):
        rest = dated["rest"]
        italic = own[0].italic
        title = italic[0] if italic and rest.startswith(italic[0]) else ""
        if not title and (sentence := _TITLE_SENTENCE.match(rest)) is not None:
            title = sentence["title"]
        if title:
            return _record(own, doc, title, _names(dated["names"]), dated["year"])
    arrow = "→" in head or "->" in head or "⟶" in head
    if arrow and (chapter := _CHAPTER.match(head)) is not None:
        return _record(own, doc, chapter["title"], [chapter["author"]], None)
    return None


def _given_in_full(names: str) -> bool:
    """`Quill, Ada`, not `Quill, A. B.`: names with initials are a reference list's style, read
    by its own reader."""
    given = names.partition(", ")[2].split(" ", 1)[0]
    return len(given) > 2 and not given.endswith(".")


def _names(names: str) -> list[str]:
    """`Quill, Ada, Ben C. Marrow, and Cleo Tansy` -> the first name inverted, the others not."""
    family, _, rest = names.partition(", ")
    given, *others = (part for part in _OTHERS.split(rest) if part)
    every = [f"{family}, {given}", *others]
    return [_without_stop(name) for name in every]


_INITIAL_END = re.compile(r"(?:^|[\s.\-])[A-ZÀ-Þ]\.$")


def _without_stop(name: str) -> str:
    """`Quill, Ada.` -> `Quill, Ada`: the full stop ends the names, unless after an initial."""
    return name if _INITIAL_END.search(name) else name.rstrip(".")


def _published_page(lines: list[Line], item: _Item, doc: Doc) -> PaperRecord | None:
    """`Understanding Pretend Courts. Office of Made-up Studies.` over its link: a title, the
    body that published it, and where to read it."""
    own = lines[item.first : item.last + 1]
    urls = [url for line in own for url in line.urls]
    parts = _SENTENCE_END.split(own[0].text.strip(), maxsplit=1)
    if len(urls) != 1 or len(parts) != 2 or any(c in own[0].text for c in "“\"'"):
        return None
    title, publisher = parts
    if len(title.split()) < 3 or len(publisher.split()) < 2 or year_in(own[0].text):
        return None
    return _record(own, doc, title, [], None, confidence=0.65)


def _record(
    own: list[Line],
    doc: Doc,
    title: str,
    authors: list[str],
    year: str | None,
    confidence: float = 0.8,
) -> PaperRecord:
    title = squash(title).rstrip(".,").strip("*_ ")
    draft = Draft(line=own[0].number, title=title, authors=authors, date=year)
    draft.urls = [url for line in own for url in line.urls]
    draft.text = " ".join(line.text for line in own)
    draft.confidence = confidence
    return build(draft, doc.captured)


def _topic(line: Line) -> bool:
    """`3. **A Pretend Topic**`, `i. **Introduction**`: a numbered line all in bold."""
    if line.kind not in ("item", "text") or len(line.bold) != 1:
        return False
    return squash(_NUMBERING.sub("", line.text.strip())) == squash(line.bold[0])


def _spans(lines: list[Line], items: list[_Item]) -> list[Found]:
    """Each reading's lines, with the topic above it and the videos listed beside it."""
    found: list[Found] = []
    taken = -1  # the last line a reading took
    for position, item in enumerate(items):
        if item.record is None:
            continue
        first, last = item.first, item.last
        earlier = position - 1
        while earlier >= 0 and items[earlier].media and items[earlier].last == first - 1:
            first = items[earlier].first
            earlier -= 1
        if first - 1 > taken and _topic(lines[first - 1]):
            first -= 1
        later = position + 1
        while later < len(items) and items[later].media and items[later].first == last + 1:
            last = items[later].last
            later += 1
        first = max(first, taken + 1)
        found.append(Found(item.record, first, last))
        taken = last
    return found
