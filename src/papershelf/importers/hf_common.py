"""What the two Hugging Face layouts share: title/abstract pairs among page furniture."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from enum import Enum, auto
from itertools import pairwise

from papershelf.core.dates import looks_like_date
from papershelf.core.records import PaperRecord, ParseWarning
from papershelf.core.text import placeholder_title
from papershelf.importers.common import apply_date, finish_abstract, numbered

PAGE_FURNITURE = {
    "new",
    "get trending papers in your email inbox!",
    "subscribe",
    "daily papers",
    "byak and the research community",
    "trending papers",
    "submit",
}
AUTHOR_COUNT = re.compile(r"^•\s*(\d+)\s+authors?$")
SEPARATOR = "·"
TITLE_MAX = 300
ABSTRACT_MIN = 200


class Kind(Enum):
    FURNITURE = auto()
    AUTHORS = auto()
    SEPARATOR = auto()
    DATE = auto()
    ABSTRACT = auto()
    TITLE = auto()


def classify(text: str) -> Kind:
    if text.lower() in PAGE_FURNITURE:
        return Kind.FURNITURE
    if AUTHOR_COUNT.match(text):
        return Kind.AUTHORS
    if text == SEPARATOR:
        return Kind.SEPARATOR
    if len(text) < 40 and looks_like_date(text):
        return Kind.DATE
    # Long titles exist; a 200-300 character line is an abstract only if it has a sentence break.
    if len(text) > TITLE_MAX or (len(text) >= ABSTRACT_MIN and ". " in text):
        return Kind.ABSTRACT
    return Kind.TITLE


def furniture_score(lines: list[str]) -> float:
    """1.0 when the text carries Hugging Face page furniture, else a weaker structural guess."""
    kinds = [classify(text) for _, text in numbered(lines)]
    if not kinds:
        return 0.0
    if Kind.FURNITURE in kinds:
        return 0.9
    pairs = sum(1 for a, b in pairwise(kinds) if (a, b) == (Kind.TITLE, Kind.ABSTRACT))
    return 0.3 if pairs >= 2 and 2 * pairs >= 0.7 * len(kinds) else 0.0


def stream_hf(lines: Iterable[str], warnings: list[ParseWarning]) -> Iterator[PaperRecord]:
    """Records in file order; each is handed on once the lines that can still add to it end."""
    pending: tuple[int, str] | None = None
    current: PaperRecord | None = None
    previous = Kind.FURNITURE
    for number, text in numbered(lines):
        kind = classify(text)
        if kind is Kind.TITLE:
            if current is not None:
                yield current
            if pending:
                yield _cut_off(warnings, pending)
            pending, current = (number, text), None
        elif kind is Kind.ABSTRACT:
            if current is not None:
                yield current
            current = _new_record(warnings, pending, number, text)
            pending = None
        elif kind is Kind.AUTHORS and current is not None:
            match = AUTHOR_COUNT.match(text)
            assert match is not None
            current.author_count = int(match[1])
        elif (
            kind is Kind.DATE and current is not None and previous in (Kind.SEPARATOR, Kind.AUTHORS)
        ):
            apply_date(current, text)
        previous = kind
    if current is not None:
        yield current
    if pending:
        yield _cut_off(warnings, pending)


def _new_record(
    warnings: list[ParseWarning], title: tuple[int, str] | None, number: int, abstract: str
) -> PaperRecord:
    if title is None:
        record = PaperRecord(line=number)
        finish_abstract(record, abstract)
        record.title = placeholder_title(record.abstract)
        record.title_is_placeholder = True
        record.flag("title")
        warnings.append(ParseWarning(number, "abstract without a title; title derived"))
    else:
        record = PaperRecord(line=title[0], title=title[1])
        finish_abstract(record, abstract)
    return record


def _cut_off(warnings: list[ParseWarning], title: tuple[int, str]) -> PaperRecord:
    record = PaperRecord(line=title[0], title=title[1])
    record.flag("abstract")
    warnings.append(ParseWarning(title[0], "title without an abstract (cut off?); kept"))
    return record
