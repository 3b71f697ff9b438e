"""BibTeX/BibLaTeX files (read with bibtexparser 2), so an existing .bib library comes along."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import bibtexparser

from papershelf.core.dates import parse_date
from papershelf.core.jabref import (
    EXTRA_URLS_FIELD,
    JABREF_RANKING,
    OWN_STATUSES,
    READSTATUS,
    STATUS_FIELD,
)
from papershelf.core.latex import unescape
from papershelf.core.records import PaperRecord, ParseResult, ParseWarning

NAME = "bibtex"
DESCRIPTION = "BibTeX or BibLaTeX file"
ENTRY = re.compile(r"^\s*@\s*[A-Za-z]+\s*\{", re.MULTILINE)
RANKING = {value: key for key, value in JABREF_RANKING.items()}
STATUS = {value: key for key, value in READSTATUS.items()}
MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}


def detect(lines: list[str]) -> float:
    text = "\n".join(lines[:2000])
    return 1.0 if ENTRY.search(text) else 0.0


def stream(lines: Iterable[str], warnings: list[ParseWarning]) -> Iterator[PaperRecord]:
    """The whole text is read first: entries can span any number of lines."""
    result = _parse(list(lines))
    warnings.extend(result.warnings)
    yield from result.records


def _parse(lines: list[str]) -> ParseResult:
    text = "\n".join(lines)
    result = ParseResult(NAME, [])
    library = bibtexparser.parse_string(text)
    starts = [text.count("\n", 0, m.start()) + 1 for m in ENTRY.finditer(text)]
    for block in library.failed_blocks:
        line = (block.start_line or 0) + 1
        result.warnings.append(
            ParseWarning(line, f"cannot read this entry: {type(block).__name__}")
        )
    for index, entry in enumerate(library.entries):
        line = (
            entry.start_line + 1
            if entry.start_line is not None
            else (starts[index] if index < len(starts) else 0)
        )
        record = _record(entry, line, result.warnings)
        if record:
            result.records.append(record)
    return result


def _field(entry: bibtexparser.model.Entry, name: str) -> str | None:
    field = entry.fields_dict.get(name) or entry.fields_dict.get(name.upper())
    if field is None:
        return None
    value = unescape(str(field.value)).strip()
    return value or None


def _record(
    entry: bibtexparser.model.Entry, line: int, warnings: list[ParseWarning]
) -> PaperRecord | None:
    title = _field(entry, "title")
    if not title:
        warnings.append(ParseWarning(line, f"entry {entry.key!r} has no title; skipped"))
        return None
    record = PaperRecord(line=line, title=" ".join(title.split()), citation_key=entry.key)
    kind = entry.entry_type.lower()
    record.entry_type = None if kind == "misc" else kind
    _authors(record, entry)
    _dates(record, entry)
    record.abstract = " ".join((_field(entry, "abstract") or "").split())
    record.arxiv_id = _field(entry, "eprint")
    record.category = _field(entry, "primaryclass")
    record.categories = [record.category] if record.category else []
    record.doi = _field(entry, "doi")
    record.venue = (
        _field(entry, "journal") or _field(entry, "journaltitle") or _field(entry, "booktitle")
    )
    record.urls = [url for url in [_field(entry, "url")] if url]
    record.urls += (_field(entry, EXTRA_URLS_FIELD) or "").split()
    _personal(record, entry)
    notes = _field(entry, "annote") or _field(entry, "note")
    record.notes = [n.strip() for n in (notes or "").split("\n\n") if n.strip()]
    return record


def _personal(record: PaperRecord, entry: bibtexparser.model.Entry) -> None:
    """Tags, rating and status; JabRef's special-field tokens in `keywords` are not tags."""
    record.rating = RANKING.get(_field(entry, "ranking") or "")
    own = _field(entry, STATUS_FIELD)
    record.status = own if own in OWN_STATUSES else STATUS.get(_field(entry, "readstatus") or "")
    specials = {*RANKING, *STATUS}
    keywords = re.split(r"[,;]", _field(entry, "keywords") or "")
    record.tags = [t.strip() for t in keywords if t.strip() and t.strip() not in specials]


def _authors(record: PaperRecord, entry: bibtexparser.model.Entry) -> None:
    raw = _field(entry, "author")
    if not raw:
        return
    names = [" ".join(name.split()) for name in re.split(r"\s+and\s+", raw) if name.strip()]
    if names and names[-1].lower() == "others":
        names.pop()
        record.authors_truncated = True
    record.authors = [_first_last(name) for name in names]


def _first_last(name: str) -> str:
    """`Last, First` -> `First Last`, the order the listings use."""
    if "," not in name:
        return name
    last, _, first = name.partition(",")
    return f"{first.strip()} {last.strip()}".strip()


def _dates(record: PaperRecord, entry: bibtexparser.model.Entry) -> None:
    date = _field(entry, "date")
    if date:
        record.date = parse_date(date).iso
        record.date_text = date
        return
    year = _field(entry, "year")
    if not year or not year[:4].isdigit():
        return
    month = (_field(entry, "month") or "").lower()[:3]
    number = MONTHS.get(month) or (int(month) if month.isdigit() else None)
    record.date = f"{year[:4]}-{number:02d}" if number else year[:4]
    record.date_text = record.date
