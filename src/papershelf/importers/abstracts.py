"""Bare abstracts, one `Abstract:` block each, with no titles at all."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from papershelf.core.records import PaperRecord, ParseWarning
from papershelf.core.text import placeholder_title
from papershelf.importers.common import finish_abstract, numbered

NAME = "abstracts"
DESCRIPTION = "Bare abstracts (`Abstract:` lines, no titles)"
START = re.compile(r"^Abstract\s*[:：]\s*", re.IGNORECASE)


def detect(lines: list[str]) -> float:
    rows = [text for _, text in numbered(lines)]
    if not rows or any(text.startswith("Authors:") for text in rows):
        return 0.0
    starts = [text for text in rows if START.match(text) and len(START.sub("", text)) > 40]
    return 0.95 if starts and len(starts) * 2 >= len(rows) else 0.0


def stream(lines: Iterable[str], warnings: list[ParseWarning]) -> Iterator[PaperRecord]:
    start: int | None = None
    parts: list[str] = []
    for number, text in numbered(lines):
        if START.match(text):
            if start is not None and (record := _record(start, parts, warnings)):
                yield record
            start, parts = number, [START.sub("", text)]
        elif start is not None:
            parts.append(text)
        else:
            warnings.append(ParseWarning(number, "text before the first `Abstract:`; skipped"))
    if start is not None and (record := _record(start, parts, warnings)):
        yield record


def _record(number: int, parts: list[str], warnings: list[ParseWarning]) -> PaperRecord | None:
    record = PaperRecord(line=number)
    finish_abstract(record, " ".join(parts))
    if not record.abstract:
        warnings.append(ParseWarning(number, "empty abstract; skipped"))
        return None
    record.title = placeholder_title(record.abstract)
    record.title_is_placeholder = True
    record.flag("title")
    return record
