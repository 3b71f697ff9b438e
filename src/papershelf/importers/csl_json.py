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

from papershelf.core.doi import bare_doi
from papershelf.core.names import Name, display
from papershelf.core.records import PaperRecord, ParseWarning
from papershelf.core.textfmt import STATUS_LABELS
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
    """Items are decoded as the text arrives: memory holds a piece of the file, not all of it."""
    for index, (line, item) in enumerate(_Reader(lines).items(), start=1):
        if not isinstance(item, dict):
            raise InputError(line, f"item {index} is {_kind(item)}, not an object")
        if item.get("title") in (None, ""):
            warnings.append(ParseWarning(line, f"item {index} has no title; skipped"))
            continue
        try:
            yield _record(item, line)
        except _Wrong as wrong:
            raise InputError(line, f"item {index}: {wrong}") from None


PIECE_CHARS = 1 << 20


def _pieces(lines: Iterable[str]) -> Iterator[str]:
    """The text in pieces of about PIECE_CHARS, each cut at a line end."""
    part: list[str] = []
    size = 0
    for line in lines:
        part.append(line)
        size += len(line) + 1
        if size >= PIECE_CHARS:
            yield "\n".join(part) + "\n"
            part, size = [], 0
    yield "\n".join(part)


class _Reader:
    """The top-level array's items, decoded from a window over the text.

    An item cut by the window's end fails to decode; the next piece is then added and the item
    decoded again. Only when no piece is left is a failure the file's error.
    """

    def __init__(self, lines: Iterable[str]) -> None:
        self.source = _pieces(lines)
        self.text = ""
        self.at = 0
        self.base_line = 1  # the line the window starts on
        self.counted = (0, 1)  # (offset, line) reached by the last line count
        self.exhausted = False

    def items(self) -> Iterator[tuple[int, Any]]:
        if self._next_char() != "[":
            raise InputError(self._line(self.at), "CSL-JSON is a list of items")
        self.at += 1
        if self._next_char() == "]":
            self._expect_end()
            return
        while True:
            line = self._line(self.at)  # before the window moves on
            item = self._decode()
            yield line, item
            following = self._next_char()
            if following == "]":
                self._expect_end()
                return
            if following != ",":
                message = "not valid JSON: expected ',' or ']' after an item"
                raise InputError(self._line(self.at), message)
            self.at += 1
            self._next_char()

    def _more(self) -> bool:
        """Add the next piece to the window, dropping what was read; False at the end."""
        piece = next(self.source, None)
        if piece is None:
            self.exhausted = True
            return False
        self.base_line = self._line(self.at)
        self.text = self.text[self.at :] + piece
        self.at, self.counted = 0, (0, self.base_line)
        return True

    def _next_char(self) -> str:
        """The next character that is not white space ("" at the end), with `at` on it."""
        while True:
            found = _SPACE.match(self.text, self.at)
            self.at = found.end() if found else self.at
            if self.at < len(self.text) or not self._more():
                return self.text[self.at : self.at + 1]

    def _decode(self) -> Any:
        while True:
            try:
                item, self.at = _DECODER.raw_decode(self.text, self.at)
                return item
            except json.JSONDecodeError as error:
                if self._more():
                    continue
                line = self.base_line + error.lineno - 1
                raise InputError(line, f"not valid JSON: {error.msg}") from None
            except RecursionError:
                raise InputError(
                    self._line(self.at), "not valid CSL-JSON: nested too deeply"
                ) from None
            except ValueError as error:  # Python refuses integers of more than 4,300 digits
                raise InputError(self._line(self.at), f"not valid CSL-JSON: {error}") from None

    def _expect_end(self) -> None:
        self.at += 1
        if self._next_char():
            raise InputError(self._line(self.at), "not valid JSON: text after the list of items")

    def _line(self, offset: int) -> int:
        """The line of an offset in the window, counting on from the last one asked."""
        done, line = self.counted
        if offset < done:
            return self.base_line + self.text.count("\n", 0, offset)
        line += self.text.count("\n", done, offset)
        self.counted = (offset, line)
        return line


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
    names = _authors(item.get("author"))
    record.names = names or None
    record.authors = [display(name) for name in names]
    record.date = _date(item.get("issued"))
    record.date_text = record.date
    record.abstract = " ".join((_text(item, "abstract") or "").split())
    url = _text(item, "URL")
    record.urls = [url] if url else []
    record.urls += [extra for extra in _extra_urls(item) if extra not in record.urls]
    record.doi = bare_doi(_text(item, "DOI"))
    record.venue = _text(item, "container-title") or None
    number = _text(item, "number") or ""
    if number.startswith("arXiv:"):
        record.arxiv_id = number.removeprefix("arXiv:")
    keywords = _text(item, "keyword") or ""
    record.tags = [t.strip() for t in keywords.split(",") if t.strip()]
    record.notes = [n for n in (_text(item, "note") or "").split("\n\n") if n.strip()]
    _personal(record, item)
    return record


def _personal(record: PaperRecord, item: dict[str, Any]) -> None:
    """Rating and status from our own export's `custom` object (CSL has no such variables);
    values another program put there that are not ours are left alone."""
    custom = item.get("custom")
    if not isinstance(custom, dict):
        return
    rating = custom.get("rating")
    if isinstance(rating, int) and not isinstance(rating, bool) and 0 <= rating <= 5:
        record.rating = rating or None
    status = custom.get("status")
    if isinstance(status, str) and status in STATUS_LABELS:
        record.status = status


def _authors(value: object) -> list[Name]:
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


def _name(person: dict[str, Any]) -> Name:
    """CSL's name object as BibTeX's parts: both particles are the "von" part ("Rogério de
    Paula", "M. P. van den Heuvel"), `suffix` the "Jr" part, `literal` an organisation."""
    literal = _text(person, "literal")
    if literal:
        return {"literal": " ".join(literal.split())}
    parts = {
        "given": _text(person, "given"),
        "von": " ".join(
            p
            for p in (_text(person, "dropping-particle"), _text(person, "non-dropping-particle"))
            if p
        ),
        "family": _text(person, "family"),
        "jr": _text(person, "suffix"),
    }
    name = {
        part: " ".join(value.split()) for part, value in parts.items() if value and value.strip()
    }
    if set(name) <= {"given"} and name:  # a given name alone: CSL's mononym is `family`
        return {"family": name["given"]}
    return name


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


def _extra_urls(item: dict[str, Any]) -> list[str]:
    """The links after the first: our export keeps them in CSL-JSON 1.0.2's `custom` object."""
    custom = item.get("custom")
    urls = custom.get("urls") if isinstance(custom, dict) else None
    if not isinstance(urls, list):
        return []
    return [url for url in urls if isinstance(url, str) and len(url) <= MAX_TEXT]
