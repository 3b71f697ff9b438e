"""Bare abstracts, one `Abstract:` block each, with no titles at all."""

from __future__ import annotations

import re

from papershelf.core.records import PaperRecord, ParseResult, ParseWarning
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


def parse(lines: list[str]) -> ParseResult:
    result = ParseResult(NAME, [])
    blocks: list[tuple[int, list[str]]] = []
    for number, text in numbered(lines):
        if START.match(text):
            blocks.append((number, [START.sub("", text)]))
        elif blocks:
            blocks[-1][1].append(text)
        else:
            result.warnings.append(
                ParseWarning(number, "text before the first `Abstract:`; skipped")
            )
    for number, parts in blocks:
        record = PaperRecord(line=number)
        finish_abstract(record, " ".join(parts))
        if not record.abstract:
            result.warnings.append(ParseWarning(number, "empty abstract; skipped"))
            continue
        record.title = placeholder_title(record.abstract)
        record.title_is_placeholder = True
        record.flag("title")
        result.records.append(record)
    return result
