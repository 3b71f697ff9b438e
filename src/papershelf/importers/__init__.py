"""Listing text -> paper records. One module per layout, plus a detector that picks one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from papershelf.core.errors import ImportFailed
from papershelf.core.records import ParseResult
from papershelf.importers import (
    abstracts,
    arxiv_search,
    author_profile,
    bibtex,
    csl_json,
    hf_daily,
    hf_papers,
)
from papershelf.importers.decode import decode_listing, read_listing

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


def parse_text(text: str, name: str, *, layout: str | None = None) -> ParseResult:
    """Parse listing text; raise ImportFailed when no layout finds a paper in it."""
    if not text.strip():
        raise ImportFailed(name, "is empty")
    lines = text.split("\n")
    if layout is not None and layout not in LAYOUTS:
        known = ", ".join(sorted(LAYOUTS))
        raise ImportFailed(name, f"unknown format {layout!r} (known: {known})")
    chosen = layout or detect_layout(lines)
    if chosen is None:
        raise ImportFailed(name, "no known listing layout found in this file")
    result: ParseResult = LAYOUTS[chosen].parse(lines)
    if not result.records:
        first = result.warnings[0] if result.warnings else None
        detail = f" (line {first.line}: {first.message})" if first else ""
        raise ImportFailed(name, f"no paper found as layout {chosen!r}{detail}")
    return result


def parse_file(path: Path, *, layout: str | None = None) -> ParsedFile:
    text = read_listing(path)
    return ParsedFile(str(path), text, parse_text(text, str(path), layout=layout))


def parse_bytes(data: bytes, name: str, *, layout: str | None = None) -> ParsedFile:
    text = decode_listing(data, name)
    return ParsedFile(name, text, parse_text(text, name, layout=layout))


__all__ = ["LAYOUTS", "ParsedFile", "detect_layout", "parse_bytes", "parse_file", "parse_text"]
