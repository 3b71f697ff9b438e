"""Hugging Face papers pages: page furniture, then title / abstract pairs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from papershelf.core.records import PaperRecord, ParseWarning
from papershelf.importers.common import numbered
from papershelf.importers.hf_common import AUTHOR_COUNT, furniture_score, stream_hf

NAME = "hf-papers"
DESCRIPTION = "Hugging Face papers page (title and abstract pairs)"


def detect(lines: list[str]) -> float:
    if any(AUTHOR_COUNT.match(text) for _, text in numbered(lines)):
        return 0.0  # the daily layout, which carries author counts and dates
    return furniture_score(lines)


def stream(lines: Iterable[str], warnings: list[ParseWarning]) -> Iterator[PaperRecord]:
    return stream_hf(lines, warnings)
