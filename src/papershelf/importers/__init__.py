"""Listing text -> paper records. One module per layout, plus a detector that picks one."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from types import ModuleType

from papershelf.core.errors import ImportFailed, printable_name
from papershelf.core.records import PaperRecord, ParseResult, ParseWarning
from papershelf.importers import pipeline
from papershelf.importers.common import InputError
from papershelf.importers.decode import (
    ReadCounter,
    decode_bytes,
    iter_lines,
    sniff,
)
from papershelf.importers.pipeline import ListingPreview, Segment, read_bytes
from papershelf.importers.pipeline import read_listing as read_paste

# The seed layouts, in detection order; the pipeline keeps the one table.
LAYOUTS: dict[str, ModuleType] = dict(pipeline.SEED_LAYOUTS)


@dataclass(frozen=True)
class ParsedFile:
    name: str
    text: str
    result: ParseResult
    encoding: str = "utf-8"


DETECT_SAMPLE_LINES = 4000  # a layout shows itself in its first screenfuls


def detect_layout(lines: list[str]) -> str | None:
    return pipeline.detect_seed_layout(lines)[0]  # LAYOUTS are the seed layouts


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
    found.records = _named(LAYOUTS[chosen].stream(chain(head, rest), found.warnings), name)
    return found


def _named(records: Iterator[PaperRecord], name: str) -> Iterator[PaperRecord]:
    """A layout's refusal of the file becomes ImportFailed naming the file and line."""
    try:
        yield from records
    except InputError as error:
        raise ImportFailed(name, error.message, line=error.line) from None
    except RecursionError:  # a parser met nesting deeper than Python's stack
        raise ImportFailed(name, "nested too deeply to be read") from None


def stream_file(
    path: Path, encoding: str, *, layout: str | None = None, counter: ReadCounter | None = None
) -> RecordStream:
    name = printable_name(str(path))
    return stream_lines(iter_lines(path, encoding, counter), name, layout=layout)


def parse_text(text: str, name: str, *, layout: str | None = None) -> ParseResult:
    """Parse listing text through the paste pipeline; ImportFailed when it holds no paper."""
    preview = pipeline.read_listing(text, name, layout=layout)
    return ParseResult(preview.layout, preview.records, preview.warnings)


def parse_file(path: Path, *, layout: str | None = None) -> ParsedFile:
    sniffed = sniff(path)
    name = printable_name(str(path))
    text = "\n".join(iter_lines(path, sniffed.encoding))
    result = parse_text(text, name, layout=layout)
    result.warnings[:0] = sniffed.warnings
    return ParsedFile(name, text, result, sniffed.encoding_name)


def parse_bytes(data: bytes, name: str, *, layout: str | None = None) -> ParsedFile:
    decoded = decode_bytes(data, name)
    result = parse_text(decoded.text, name, layout=layout)
    result.warnings[:0] = decoded.warnings
    return ParsedFile(name, decoded.text, result, decoded.encoding)


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
