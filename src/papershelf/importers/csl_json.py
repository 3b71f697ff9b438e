"""CSL-JSON (pandoc, Zotero) files.

Items are decoded one at a time from the top-level array, so each is known by the line it
starts on, and a wrong type (`"author": 5`, `"DOI": {...}`), an absurd number or a too deep
nesting is refused as that item's error, naming its line, never let through to the library.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator
from typing import Any

from papershelf.core.records import PaperRecord, ParseWarning
from papershelf.importers.common import InputError

NAME = "csl-json"
DESCRIPTION = "CSL-JSON file (pandoc, Zotero)"
TYPES = {"paper-conference": "inproceedings", "article-journal": "article"}
MAX_TEXT = 100_000  # characters in one field: more is not a bibliography
DATE_LIMITS = ((1, 9999), (1, 12), (1, 31))  # year, month, day

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


def detect(lines: list[str]) -> float:
    head = "\n".join(lines[:50]).lstrip()
    return 1.0 if head.startswith("[") and '"type"' in head and '"title"' in head else 0.0


def stream(lines: Iterable[str], warnings: list[ParseWarning]) -> Iterator[PaperRecord]:
    """The whole text is read first: entries can span any number of lines."""
    text = "\n".join(lines)
    for index, (line, item) in enumerate(_items(text), start=1):
        if not isinstance(item, dict):
            raise InputError(line, f"item {index} is {_kind(item)}, not an object")
        if item.get("title") in (None, ""):
            warnings.append(ParseWarning(line, f"item {index} has no title; skipped"))
            continue
        try:
            yield _record(item, line)
        except _Wrong as wrong:
            raise InputError(line, f"item {index}: {wrong}") from None


def _items(text: str) -> Iterator[tuple[int, Any]]:
    """(line, item) for each element of the top-level array."""
    at = _skip(text, 0)
    if not text.startswith("[", at):
        raise InputError(_line(text, at), "CSL-JSON is a list of items")
    at = _skip(text, at + 1)
    if text.startswith("]", at):
        _end(text, at + 1)
        return
    while True:
        item, after = _decode(text, at)
        yield _line(text, at), item
        at = _skip(text, after)
        if text.startswith("]", at):
            _end(text, at + 1)
            return
        if not text.startswith(",", at):
            raise InputError(_line(text, at), "not valid JSON: expected ',' or ']' after an item")
        at = _skip(text, at + 1)


def _decode(text: str, at: int) -> tuple[Any, int]:
    try:
        return _DECODER.raw_decode(text, at)
    except json.JSONDecodeError as error:
        raise InputError(error.lineno, f"not valid JSON: {error.msg}") from None
    except RecursionError:
        raise InputError(_line(text, at), "not valid CSL-JSON: nested too deeply") from None
    except ValueError as error:  # Python refuses integers of more than 4,300 digits
        raise InputError(_line(text, at), f"not valid CSL-JSON: {error}") from None


def _skip(text: str, at: int) -> int:
    found = _SPACE.match(text, at)
    return found.end() if found else at


def _end(text: str, at: int) -> None:
    at = _skip(text, at)
    if at < len(text):
        raise InputError(_line(text, at), "not valid JSON: text after the list of items")


def _line(text: str, at: int) -> int:
    return text.count("\n", 0, at) + 1


class _Wrong(Exception):
    """A field of an item has a type or value CSL-JSON does not allow."""


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "null" if value is None else "an object"


def _text(item: dict[str, Any], field: str) -> str | None:
    """A string field (numbers are allowed, as CSL processors allow them); None if absent."""
    value = item.get(field)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value) or abs(value) > 1e15:
            raise _Wrong(f'"{field}" is an impossible number')
        value = str(value)
    if not isinstance(value, str):
        raise _Wrong(f'"{field}" should be a string, not {_kind(value)}')
    if len(value) > MAX_TEXT:
        raise _Wrong(f'"{field}" is longer than {MAX_TEXT:,} characters')
    return value


def _record(item: dict[str, Any], line: int) -> PaperRecord:
    record = PaperRecord(line=line, title=" ".join((_text(item, "title") or "").split()))
    record.citation_key = _text(item, "id") or None
    record.entry_type = TYPES.get(_text(item, "type") or "")
    record.authors = _authors(item.get("author"))
    record.date = _date(item.get("issued"))
    record.date_text = record.date
    record.abstract = " ".join((_text(item, "abstract") or "").split())
    url = _text(item, "URL")
    record.urls = [url] if url else []
    record.doi = _text(item, "DOI") or None
    record.venue = _text(item, "container-title") or None
    number = _text(item, "number") or ""
    if number.startswith("arXiv:"):
        record.arxiv_id = number.removeprefix("arXiv:")
    keywords = _text(item, "keyword") or ""
    record.tags = [t.strip() for t in keywords.split(",") if t.strip()]
    record.notes = [n for n in (_text(item, "note") or "").split("\n\n") if n.strip()]
    return record


def _authors(value: object) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Wrong(f'"author" should be a list of names, not {_kind(value)}')
    names = []
    for person in value:
        if not isinstance(person, dict):
            raise _Wrong(f'"author" holds {_kind(person)} where a name object belongs')
        name = _name(person)
        if name:
            names.append(name)
    return names


def _name(person: dict[str, Any]) -> str:
    literal = _text(person, "literal")
    if literal:
        return literal
    return " ".join(part for part in (_text(person, "given"), _text(person, "family")) if part)


def _date(value: object) -> str | None:
    """`{"date-parts": [[2020, 3, 4]]}` -> "2020-03-04"; a `raw` or `literal` date is kept
    only when it is a plain year."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise _Wrong(f'"issued" should be an object with "date-parts", not {_kind(value)}')
    parts = value.get("date-parts")
    if parts is None:
        raw = _text(value, "raw") or _text(value, "literal") or ""
        return raw.strip() if re.fullmatch(r"\s*\d{4}\s*", raw) else None
    if not isinstance(parts, list) or not all(isinstance(p, list) for p in parts):
        raise _Wrong('"issued" "date-parts" should be a list of [year, month, day] lists')
    if not parts or not parts[0]:
        return None
    numbers = [
        _date_part(part, limits) for part, limits in zip(parts[0][:3], DATE_LIMITS, strict=False)
    ]
    return "-".join(f"{n:02d}" if i else f"{n:04d}" for i, n in enumerate(numbers))


def _date_part(part: object, limits: tuple[int, int]) -> int:
    if isinstance(part, str) and part.strip().isdigit() and len(part.strip()) <= 4:
        part = int(part)
    if isinstance(part, float) and part.is_integer():
        part = int(part)
    if not isinstance(part, int) or isinstance(part, bool):
        raise _Wrong(f'"issued" has {_kind(part)} where a year, month or day belongs')
    low, high = limits
    if not low <= part <= high:
        raise _Wrong(f'"issued" has an impossible date part {part}')
    return part
