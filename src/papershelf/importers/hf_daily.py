"""Hugging Face daily papers: title, abstract, `• N authors`, `·`, date (year optional)."""

from __future__ import annotations

from papershelf.core.records import ParseResult
from papershelf.importers.common import numbered
from papershelf.importers.hf_common import AUTHOR_COUNT, parse_hf

NAME = "hf-daily"
DESCRIPTION = "Hugging Face daily papers (author counts and dates, no names)"


def detect(lines: list[str]) -> float:
    counts = sum(1 for _, text in numbered(lines) if AUTHOR_COUNT.match(text))
    return min(1.0, counts / 2)


def parse(lines: list[str]) -> ParseResult:
    return parse_hf(lines, NAME)
