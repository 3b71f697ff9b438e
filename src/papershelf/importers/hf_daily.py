"""Hugging Face daily papers: title, abstract, `• N authors`, `·`, date (year optional)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from papershelf.core.records import PaperRecord, ParseWarning
from papershelf.importers.common import numbered
from papershelf.importers.hf_common import AUTHOR_COUNT, stream_hf

NAME = "hf-daily"
DESCRIPTION = "Hugging Face daily papers (author counts and dates, no names)"


def detect(lines: list[str]) -> float:
    counts = sum(1 for _, text in numbered(lines) if AUTHOR_COUNT.match(text))
    return min(1.0, counts / 2)


def stream(lines: Iterable[str], warnings: list[ParseWarning]) -> Iterator[PaperRecord]:
    return stream_hf(lines, warnings)
