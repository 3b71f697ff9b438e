"""Helpers the layout modules share."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from papershelf.core.dates import parse_date
from papershelf.core.records import PaperRecord
from papershelf.core.text import extract_urls, squash

Line = tuple[int, str]  # (1-based line number, stripped text)


class InputError(Exception):
    """A layout module cannot go on with this file; the caller names the file."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def numbered(lines: Iterable[str]) -> Iterator[Line]:
    """Non-blank lines with their 1-based numbers, stripped of stray white space."""
    for index, raw in enumerate(lines, start=1):
        if text := raw.strip():
            yield index, text.replace("\u00a0", " ") if "\u00a0" in text else text


def apply_date(record: PaperRecord, text: str) -> None:
    """Store a printed date on a record, flagging it when the year is missing or garbled."""
    parsed = parse_date(text)
    record.date_text = squash(text)
    record.date = parsed.iso
    record.date_partial = parsed.partial
    if parsed.problem:
        record.flag(parsed.problem)


def finish_abstract(record: PaperRecord, abstract: str) -> None:
    record.abstract = squash(abstract)
    for url in extract_urls(record.abstract):
        if url not in record.urls:
            record.urls.append(url)


_ET_AL = re.compile(r",?\s*(?:et\.? al\.?|and others)\s*$", re.IGNORECASE)


def split_authors(text: str) -> tuple[list[str], bool]:
    """`A, B, C et al.` -> (["A", "B", "C"], truncated=True)."""
    truncated = bool(_ET_AL.search(text))
    text = _ET_AL.sub("", text)
    names = [squash(name) for name in re.split(r",|\band\b", text) if name.strip()]
    return names, truncated
