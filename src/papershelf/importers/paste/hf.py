"""Hugging Face daily lists and paper pages however they were copied: plain text from the
browser, a web clipper's Markdown, a text browser's dump.

Every paper card carries an author count (`4 authors`, `• 4 authors`, often as a link); the
card's title is the nearest line above it that is neither furniture (`Submitted by`, `Upvote`,
counters, a user's name) nor a date. After the count come the card's date (`Published on …`,
`3 days ago`) and, on some pages, the abstract, up to the next card's title.
"""

from __future__ import annotations

import re
from functools import lru_cache

from papershelf.importers.paste import scan
from papershelf.importers.paste.blocks import date_in, words
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import FURNITURE_FIRST, Line, is_furniture
from papershelf.importers.paste.names import looks_like_names
from papershelf.importers.paste.recommended import read_recommended
from papershelf.importers.paste.reldates import is_relative

NAME = "hf-paste"
DESCRIPTION = "Hugging Face daily lists and paper pages, copied, clipped or dumped as text"

AUTHOR_COUNT = re.compile(r"^[•·\-*\s]*(\d+)\s+authors?\s*$", re.IGNORECASE)
_PUBLISHED = re.compile(r"^(?:[·•]\s*)?(?:published|submitted)\s+on\s+(?P<date>.+)$", re.I)
_LEAD = re.compile(r"^[·•]\s*")
LOOK_BACK = 6  # lines above a count in which its title stands
ABSTRACT_MIN = 200
SENTENCE_WORDS = 12  # a line of this many words ending in a full stop is a sentence


def read(lines: list[Line], doc: Doc) -> list[Found]:
    # `_is_count` of every line, without a call for each
    counts = [i for i in scan.matching(lines, AUTHOR_COUNT) if lines[i].kind != "claimed"]
    titles: list[tuple[int, int]] = []  # (title index, count index)
    for count in counts:
        floor = titles[-1][1] if titles else -1
        if (title := _title_above(lines, count, floor)) is not None:
            titles.append((title, count))
    found: list[Found] = []
    for n, (title, count) in enumerate(titles):
        end = titles[n + 1][0] - 1 if n + 1 < len(titles) else _card_end(lines, count)
        found.append(_card(lines, title, count, end, doc))
    taken = {i for hit in found for i in range(hit.first, hit.last + 1)}
    found += _linked_cards(lines, doc, taken)
    found += read_recommended(lines, doc)
    if not found:
        found = _headed_daily(lines, doc)
    found.sort(key=lambda hit: hit.first)
    return found


# A mirror of the daily list (a search engine's cached copy) keeps the page's head, `Daily
# Papers` over `by AK and the research community`, and of each card only the day and the title
# (`Sep 4` / `Title`), the abstract cut or gone.
_DAILY_HEAD = "Daily Papers"
_BY_AK = re.compile(r"^by\s?AK and the research community$", re.I)
DAILY_LINES = 400  # lines under the page's head in which its cards stand


def _headed_daily(lines: list[Line], doc: Doc) -> list[Found]:
    head = next(
        (
            i
            for i, line in enumerate(lines[:-1])
            if line.text == _DAILY_HEAD and _BY_AK.match(lines[i + 1].text)
        ),
        None,
    )
    if head is None:
        return []
    found: list[Found] = []
    end = min(len(lines) - 1, head + 2 + DAILY_LINES)
    for at in range(head + 2, end):
        day, title = lines[at], lines[at + 1]
        if day.kind == "claimed" or title.kind == "claimed" or not _MONTH_DAY.match(day.text):
            continue
        if words(title.text) < 3 or is_furniture(title.text) or _MONTH_DAY.match(title.text):
            continue
        draft = Draft(line=title.number, title=title.text, urls=list(title.urls))
        draft.confidence = 0.8
        found.append(Found(build(draft, doc.captured), at, at + 1))
    return found


# A trending or search page's card has no author count: its title is a heading linking the
# paper's page (`### [Title](https://huggingface.co/papers/2606.00683)`), then the abstract's
# start, the organisation, `·` and the date with the comment count linked after it (`May 29` +
# `[6](…#community)`), and the upvotes.
_PAPER_PAGE = re.compile(r"^https?://huggingface\.co/papers/\d{4}\.\d{4,5}(?:v\d+)?/?$")
_MONTH_DAY = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?$"
)
_META_LINE = 120  # a card's line of facts (organisation, date) is shorter than this
CARD_LINES = 40  # a card's lines after its title, at most (a hard-wrapped abstract included)


def _linked_title(line: Line) -> bool:
    """A heading, or a bold line of its own, that is wholly a link to a paper's page."""
    return (
        (line.kind == "heading" or (line.kind == "text" and line.bold == [line.text]))
        and bool(line.links)
        and _PAPER_PAGE.match(line.links[0][1]) is not None
        and line.links[0][0].strip() == line.text.strip()  # the whole heading: a card's title
        and words(line.text) >= 2
    )


def _linked_cards(lines: list[Line], doc: Doc, taken: set[int]) -> list[Found]:
    heads = [
        i for i, line in enumerate(lines) if line.links and i not in taken and _linked_title(line)
    ]
    if len(heads) < 2:
        return []  # one linked heading is a note about a paper, not a page of cards
    found: list[Found] = []
    for n, head in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else len(lines)
        end = head
        for index in range(head + 1, min(stop, head + 1 + CARD_LINES)):
            if index in taken or lines[index].kind in ("claimed", "rule", "heading"):
                break
            end = index
        found.append(_linked_card(lines, head, end, doc))
    return found


def _without_counters(line: Line) -> str:
    """The line's text without the counts linked at its end (`May 29` + `[6](…#community)`)."""
    text = line.text
    for label, url in reversed(line.links):
        if "#community" in url and label.isdigit() and text.endswith(label):
            text = text[: -len(label)]
    return text.strip()


# What a card's date line (`Published on …`, `Submitted on …`, `3 days ago`, `May 29`) can start
# with: most lines of a card (its abstract's) start otherwise, and are not tried as dates.
_DATE_HINT = re.compile(
    r"\s*(?:[·•\d]|(?i:published|submitted|an?|one|today|yesterday|just)"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)


def _card_text(line: Line) -> str:
    """The line's text as a card's field: without its linked counters and leading dot."""
    text = _without_counters(line) if line.links else line.text.strip()
    if line.links and " · " in text and len(text) < _META_LINE:
        text = text.rsplit(" · ", 1)[1]  # `[Organisation](…) · Published on …`: the date after it
    return _LEAD.sub("", text) if text[:1] in "·•" else text


def _linked_card(lines: list[Line], head: int, end: int, doc: Doc) -> Found:
    title = lines[head]
    draft = Draft(line=title.number, title=title.text, urls=[title.links[0][1]])
    blocks: dict[int, list[str]] = {}
    dated = False
    for line in lines[head + 1 : end + 1]:
        if line.links:
            text = _card_text(line)
        else:  # `_card_text` of most of a card's lines (its abstract's), without the calls
            text = line.text.strip()
            if text[:1] in "·•":
                text = _LEAD.sub("", text)
        if not dated and _DATE_HINT.match(text) and (when := _fact_date(text)):
            draft.date, dated = when, True
            continue
        if not (draft.authors or blocks) and "," in text and looks_like_names(text):
            draft.authors = text  # a clipped daily page prints the names above the abstract
        elif line.kind == "text" and not (
            # is_furniture()'s own first test (of a stripped text), without a call for each line
            (line.links or text[:1] in FURNITURE_FIRST or text[:1].isdecimal())
            and is_furniture(text)
        ):
            blocks.setdefault(line.block, []).append(text)
    prose = [" ".join(block) for block in blocks.values()]
    draft.abstract = next((p for p in prose if len(p) >= ABSTRACT_MIN and ". " in p), "")
    draft.abstract = draft.abstract or next((p for p in prose if len(p) > 80), "")
    draft.confidence = 0.8
    return Found(build(draft, doc.captured), head, end)


def _is_count(line: Line) -> bool:
    return line.kind != "claimed" and AUTHOR_COUNT.match(line.text) is not None


def _title_above(lines: list[Line], count: int, floor: int) -> int | None:
    """The card's title: the nearest title-like line above its count, passing over the link
    brackets of a text browser's dump (`[`, `][33]` on lines of their own) and the hard-wrapped
    abstract between them, which are no lines of the card's head."""
    seen, index = 0, count - 1
    while index > floor and index >= count - CARD_LINES and seen < LOOK_BACK:
        line = lines[index]
        if line.kind in ("claimed", "rule"):
            return None
        if not _BRACKETS_ONLY.match(line.text) and not _wrapped_prose(lines, index):
            seen += 1
            if _is_title(_unbracketed(line.text)):
                return index
        index -= 1
    return None


# A text browser's reference links, their targets cut or listed apart: `### [Title][32]`, and a
# link around lines of their own (`[` … `][33]`).
_REFERENCE_LINK = re.compile(r"^(?:#{1,6}\s+)?\[(?P<label>[^\[\]]+)\]\[\d{1,5}\]$")
_BRACKETS_ONLY = re.compile(r"^(?:\[|\]\[\d{1,5}\]|\](?:\(\S*\))?)$")
WRAP_SHARE = 0.9  # a hard-wrapped line is nearly as long as the next line of its paragraph


def _unbracketed(text: str) -> str:
    if text[:1] not in "[#" or (match := _REFERENCE_LINK.match(text)) is None:
        return text
    return match["label"].strip()


def _wrapped_prose(lines: list[Line], index: int) -> bool:
    """A line of a paragraph wrapped at a fixed width (an abstract): a long line with a line of
    its paragraph below nearly as long, or the last line of such a run."""
    line = lines[index]
    below = lines[index + 1] if index + 1 < len(lines) else None
    if below is not None and below.block == line.block and words(below.text) >= SENTENCE_WORDS:
        return words(line.text) >= SENTENCE_WORDS and len(line.text) >= WRAP_SHARE * len(below.text)
    above = lines[index - 1] if index > 0 else None
    return (
        above is not None
        and above.block == line.block
        and words(above.text) >= SENTENCE_WORDS
        and _wrapped_prose(lines, index - 1)
    )


def _is_title(text: str) -> bool:
    text = _LEAD.sub("", text)
    if words(text) < 2 or len(text) > 300 or is_furniture(text) or is_relative(text):
        return False
    if words(text) >= SENTENCE_WORDS and text.endswith("."):
        return False  # the card's one-sentence summary under its title, not the title
    if _PUBLISHED.match(text) or date_in(text) or re.fullmatch(r"[\d.,kK\s]+", text):
        return False
    return not text.lower().startswith(("submitted by", "upvote", "by ak and"))


def _card_end(lines: list[Line], count: int) -> int:
    """The last card runs to its date, counters and abstract, not on into the page's footer."""
    end = count
    for index in range(count + 1, min(len(lines), count + 12)):
        line = lines[index]
        if line.kind in ("claimed", "rule", "heading"):
            break
        if _belongs_to_card(line.text):
            end = index
    return end


def _belongs_to_card(raw: str) -> bool:
    text = _LEAD.sub("", raw)
    if is_furniture(raw) or is_relative(text) or _PUBLISHED.match(raw):
        return True
    return (len(text) >= ABSTRACT_MIN and ". " in text) or (len(text) < 40 and bool(date_in(text)))


def _card(lines: list[Line], title: int, count: int, end: int, doc: Doc) -> Found:
    head = lines[title]
    name = _unbracketed(_LEAD.sub("", head.text))
    draft = Draft(line=head.number, title=name, urls=list(head.urls))
    draft.text = head.text
    for line in lines[count + 1 : end + 1]:
        if line.kind == "claimed":
            continue
        text = _LEAD.sub("", line.text)
        if not draft.date and (when := _fact_date(text)):
            draft.date = when
        elif not draft.abstract and len(text) >= ABSTRACT_MIN and ". " in text:
            draft.abstract = text
    # `2 days ago` between the title and the count, on a page copied as text
    above = (_fact_date(line.text) for line in lines[title + 1 : count] if len(line.text) < 40)
    draft.date = draft.date or next((when for when in above if when), None)
    draft.abstract = draft.abstract or _wrapped_abstract(lines, title, count)
    draft.confidence = 0.85
    return Found(build(draft, doc.captured), title, end)


# A page's cards repeat the lines of their facts (`Submitted by user12`, `Published on Dec 3,
# 2024`) thousands of times; each is read once. (Only lines under `_META_LINE` are read at all.)
@lru_cache(maxsize=1 << 14)
def _fact_date(text: str) -> str | None:
    """The date a card's line of facts gives (`Published on Jan 3, 2026`, `2 days ago`, `May 30`,
    `5 authors · Published on …`), or None."""
    if len(text) >= _META_LINE:
        return None
    for part in text.split(" · ") if " · " in text else (text,):
        part = _LEAD.sub("", part.strip())
        if published := _PUBLISHED.match(part):
            return date_in(published["date"]) or published["date"].strip()
        if is_relative(part):
            return part
        if _MONTH_DAY.match(part):
            return date_in(part) or part  # `May 30`: the year is not printed
        if len(part) < 40 and (when := date_in(part)):
            return when
    return None


def _wrapped_abstract(lines: list[Line], title: int, count: int) -> str:
    """The abstract a text browser prints hard-wrapped between the title and the author count."""
    prose = [
        line.text
        for line in lines[title + 1 : count]
        if line.kind == "text" and not _BRACKETS_ONLY.match(line.text)
    ]
    text = " ".join(prose)
    return text if len(text) >= ABSTRACT_MIN and ". " in text else ""
