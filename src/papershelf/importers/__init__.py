"""Listing text -> paper records. One module per layout, plus a detector that picks one."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from types import ModuleType

from papershelf.core.errors import ImportFailed
from papershelf.core.records import PaperRecord, ParseResult, ParseWarning
from papershelf.importers import (
    abstracts,
    arxiv_search,
    author_profile,
    bibtex,
    csl_json,
    hf_daily,
    hf_papers,
    pipeline,
)
from papershelf.importers.decode import ReadCounter, decode_listing, iter_lines, read_listing
from papershelf.importers.pipeline import ListingPreview, Segment, read_bytes
from papershelf.importers.pipeline import read_listing as read_paste

LAYOUTS: dict[str, ModuleType] = {
    module.NAME: module
    for module in (author_profile, hf_papers, abstracts, arxiv_search, hf_daily, bibtex, csl_json)
}


@dataclass(frozen=True)
class ParsedFile:
    name: str
    text: str
    result: ParseResult


DETECT_SAMPLE_LINES = 4000  # a layout shows itself in its first screenfuls


def detect_layout(lines: list[str]) -> str | None:
    sample = lines[:DETECT_SAMPLE_LINES]
    scores = {name: module.detect(sample) for name, module in LAYOUTS.items()}
    best = max(scores, key=lambda name: scores[name])
    return best if scores[best] > 0 else None


@dataclass
class RecordStream:
    """A listing's records as the parser reaches them; warnings fill in as it goes."""

    name: str
    layout: str
    records: Iterator[PaperRecord]
    warnings: list[ParseWarning] = field(default_factory=list)
    close: Callable[[], None] = field(default=lambda: None)  # frees what reads the records

    def nothing_found(self) -> ImportFailed:
        first = self.warnings[0] if self.warnings else None
        detail = f" (line {first.line}: {first.message})" if first else ""
        return ImportFailed(self.name, f"no paper found as layout {self.layout!r}{detail}")


def stream_lines(lines: Iterable[str], name: str, *, layout: str | None = None) -> RecordStream:
    """Pick the layout from the first lines (or take the one given), then parse lazily."""
    if layout is not None and layout not in LAYOUTS:
        known = ", ".join(sorted(LAYOUTS))
        raise ImportFailed(name, f"unknown format {layout!r} (known: {known})")
    rest = iter(lines)
    head = list(islice(rest, DETECT_SAMPLE_LINES))
    chosen = layout or detect_layout(head)
    if chosen is None:
        raise ImportFailed(name, "no known listing layout found in this file")
    found = RecordStream(name, chosen, iter(()))
    found.records = LAYOUTS[chosen].stream(chain(head, rest), found.warnings)
    return found


def stream_file(
    path: Path, encoding: str, *, layout: str | None = None, counter: ReadCounter | None = None
) -> RecordStream:
    return stream_lines(iter_lines(path, encoding, counter), str(path), layout=layout)


def parse_text(text: str, name: str, *, layout: str | None = None) -> ParseResult:
    """Parse listing text through the paste pipeline; ImportFailed when it holds no paper."""
    preview = pipeline.read_listing(text, name, layout=layout)
    return ParseResult(preview.layout, preview.records, preview.warnings)


def parse_file(path: Path, *, layout: str | None = None) -> ParsedFile:
    text = read_listing(path)
    return ParsedFile(str(path), text, parse_text(text, str(path), layout=layout))


def parse_bytes(data: bytes, name: str, *, layout: str | None = None) -> ParsedFile:
    text = decode_listing(data, name)
    return ParsedFile(name, text, parse_text(text, name, layout=layout))


__all__ = [
    "LAYOUTS",
    "ListingPreview",
    "ParsedFile",
    "RecordStream",
    "Segment",
    "detect_layout",
    "parse_bytes",
    "parse_file",
    "parse_text",
    "read_bytes",
    "read_paste",
    "stream_file",
    "stream_lines",
]
