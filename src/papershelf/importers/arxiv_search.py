"""arXiv search results: `-`-separated records; Authors:, Abstract:, ▽ More/△ Less, Submitted."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from papershelf.core.dates import parse_date
from papershelf.core.records import PaperRecord, ParseWarning
from papershelf.importers.common import Line, apply_date, finish_abstract, numbered

NAME = "arxiv-search"
DESCRIPTION = "arXiv search results (Authors:, Abstract:, Submitted)"

ARXIV_ID = re.compile(
    r"^arXiv:\s*(?P<id>\d{4}\.\d{4,5}(?:v\d+)?|[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)\b",
    re.IGNORECASE,
)
SUBJECTS = re.compile(
    r"^(?:[a-z][a-z\-]*(?:\.[A-Za-z\-]+)?)(?:\s+[a-z][a-z\-]*(?:\.[A-Za-z\-]+)?)*$"
)
SUBJECT = re.compile(
    r"^[a-z][a-z\-]*\.[A-Za-z\-]+$|^(?:hep-th|hep-ph|hep-ex|hep-lat|gr-qc|quant-ph|nucl-th|nucl-ex|math-ph)$"
)
DOI = re.compile(r"^(?:doi|DOI)\s*:?\s*(?P<doi>10\.\d{4,9}/\S+)")
SUBMITTED = re.compile(r"Submitted\s+(?P<date>[^;]+);")
V1 = re.compile(r"v1\s+submitted\s+(?P<date>[^;]+);")
ANNOUNCED = re.compile(r"originally announced\s+(?P<date>[A-Za-z]+,? \d{4})")
MORE, LESS = "▽ More", "△ Less"
MARKERS = (
    "Authors:",
    "Abstract:",
    "Submitted ",
    "originally announced",
    "Comments:",
    "Journal ref:",
)


@dataclass
class _Block:
    lines: list[Line] = field(default_factory=list)
    seen_authors: bool = False


def detect(lines: list[str]) -> float:
    rows = [text for _, text in numbered(lines)]
    authors = sum(1 for text in rows if text.startswith("Authors:"))
    submitted = sum(1 for text in rows if text.startswith("Submitted "))
    return min(1.0, (authors + submitted) / 4)


def stream(lines: Iterable[str], warnings: list[ParseWarning]) -> Iterator[PaperRecord]:
    for block in _blocks(lines):
        if record := _record(block.lines, warnings):
            yield record


def _blocks(lines: Iterable[str]) -> Iterator[_Block]:
    block = _Block()
    for number, text in numbered(lines):
        # The id check is a regex; most lines are ruled out by their first letter.
        starts_new = text == "-" or (
            block.seen_authors and text[:1] in "aA" and ARXIV_ID.match(text) is not None
        )
        if starts_new:
            if block.lines:
                yield block
            block = _Block()
            if text == "-":
                continue
        block.lines.append((number, text))
        block.seen_authors |= text.startswith("Authors:")
    if block.lines:
        yield block


def _record(lines: list[Line], warnings: list[ParseWarning]) -> PaperRecord | None:
    record = PaperRecord(line=lines[0][0])
    section = "head"
    authors: list[str] = []
    short: list[str] = []
    full: list[str] = []
    for number, text in lines:
        # Most lines continue an author list or an abstract: settle those with one test.
        plain = not text.startswith(MARKERS) and text != MORE and text != LESS
        if plain and section == "authors":
            authors += _names(text)
            continue
        if plain and section == "full":
            full.append(text)
            continue
        if section in ("head", "title") and _read_head_line(record, text):
            continue
        if text.startswith("Authors:"):
            section = "authors"
            authors += _names(text[len("Authors:") :])
        elif text.startswith("Abstract:"):
            section = "abstract"
            short.append(text[len("Abstract:") :].strip())
        elif text == MORE:
            section = "full"
        elif text == LESS:
            section = "tail"
        elif text.startswith(("Submitted ", "originally announced")):
            section = "tail"
            _read_dates(record, text)
        elif text.startswith("Comments:"):
            section = "tail"
            record.comments = text[len("Comments:") :].strip()
        elif text.startswith("Journal ref:"):
            section = "tail"
            record.journal_ref = text[len("Journal ref:") :].strip()
        elif section == "head":
            record.title, record.line, section = text, number, "title"
        elif section == "title":
            record.title += " " + text
        elif section == "authors":
            authors += _names(text)
        elif section == "abstract":
            short.append(text)
        elif section == "full":
            full.append(text)
    return _finish(record, authors, short, full, warnings)


def _read_head_line(record: PaperRecord, text: str) -> bool:
    if match := ARXIV_ID.match(text):
        record.arxiv_id = re.sub(r"v\d+$", "", match["id"])
        return True
    if match := DOI.match(text):
        record.doi = match["doi"].rstrip(".")
        return True
    words = text.split()
    if SUBJECTS.match(text) and all(SUBJECT.match(word) for word in words):
        record.categories = words
        record.category = words[0]
        return True
    return False


def _names(text: str) -> list[str]:
    if text.endswith(",") and text.count(",") == 1:  # one name a line, the usual copy
        return [name] if (name := text[:-1].strip()) else []
    return [name.strip() for name in text.split(",") if name.strip()]


def _read_dates(record: PaperRecord, text: str) -> None:
    if match := SUBMITTED.search(text):
        apply_date(record, match["date"].strip())
    if match := V1.search(text):
        record.submitted_v1 = parse_date(match["date"].strip()).iso
    if match := ANNOUNCED.search(text):
        record.announced = parse_date(match["date"]).iso


def _finish(
    record: PaperRecord,
    authors: list[str],
    short: list[str],
    full: list[str],
    warnings: list[ParseWarning],
) -> PaperRecord | None:
    if not record.title:
        warnings.append(ParseWarning(record.line, "record without a title; skipped"))
        return None
    record.authors = authors
    abstract = " ".join(full) if full else " ".join(short)
    finish_abstract(record, abstract)
    if not full and record.abstract.endswith("…"):
        record.flag("abstract")
        warnings.append(ParseWarning(record.line, "only the truncated abstract is present"))
    if record.date_text is None:
        if record.announced:
            record.date = record.announced
        warnings.append(ParseWarning(record.line, "no `Submitted` date (record cut off?)"))
    if not authors:
        warnings.append(ParseWarning(record.line, "record has no authors"))
    return record
