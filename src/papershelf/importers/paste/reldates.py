"""Relative dates (`3 days ago`, `yesterday`) and the capture date a paste itself states."""

from __future__ import annotations

import re
from datetime import date, timedelta

from papershelf.core.dates import parse_date

# `3 days ago`, and the short forms of digests and feeds: `18d ago`, `16mo ago`, `2h ago`.
RELATIVE = re.compile(
    r"^(?:(?P<n>\d+|an?|one)\s*(?P<unit>minute|min|hour|hr|h|day|d|week|wk|w|month|mo|year|yr|y)"
    r"s?\s+ago|(?P<word>today|yesterday|just now))$",
    re.IGNORECASE,
)
_UNITS = {"min": "minute", "hr": "hour", "h": "hour", "d": "day", "wk": "week", "w": "week",
          "mo": "month", "yr": "year", "y": "year"}  # fmt: skip
_CAPTURE_KEYS = re.compile(
    r"^(?:captured|clipped|saved|date|created|fetched)(?:[ _]at)?\s*:\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_CAPTURED_PROSE = re.compile(r"\bcaptured(?: on| at)?\s+(?P<value>[\w ,\-:/]+\d{4}[\w\-:]*)", re.I)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


# What `RELATIVE` can start with besides a digit (`an`, `one`, `today`, `yesterday`, `just now`,
# in either case; none of these letters has another case-blind match): most texts (a title, a
# printed date) start otherwise and are not tried.
_RELATIVE_FIRST = frozenset("aAoOtTyYjJ")


def is_relative(text: str) -> bool:
    text = text.strip()
    first = text[:1]
    if first not in _RELATIVE_FIRST and not first.isdecimal():
        return False
    return RELATIVE.match(text) is not None


def _to_day(value: str) -> date | None:
    if match := _ISO_DAY.search(value):
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    parsed = parse_date(value.strip().strip("\"'"))
    if parsed.iso and len(parsed.iso) == 10:
        return date.fromisoformat(parsed.iso)
    return None


def capture_date(front_matter: dict[str, str], text_head: str) -> date | None:
    """The date the paste says it was captured: front matter first, then a `Captured …` line."""
    for key in ("captured", "clipped", "saved", "created", "date", "fetched"):
        if key in front_matter and (day := _to_day(front_matter[key])):
            return day
    for line in text_head.split("\n")[:40]:
        match = _CAPTURE_KEYS.match(line.strip()) or _CAPTURED_PROSE.search(line)
        if match and (day := _to_day(match["value"])):
            return day
    return None


def resolve(text: str, captured: date | None) -> str | None:
    """`3 days ago` against the capture date -> ISO; None without a stated capture date."""
    match = RELATIVE.match(text.strip())
    if match is None or captured is None:
        return None
    if word := match["word"]:
        back = 1 if word.lower() == "yesterday" else 0
        return (captured - timedelta(days=back)).isoformat()
    amount = 1 if match["n"].lower() in ("a", "an", "one") else int(match["n"])
    unit = _UNITS.get(match["unit"].lower(), match["unit"].lower())
    if unit in ("minute", "hour"):
        return captured.isoformat() if amount < 24 or unit == "minute" else None
    days = {"day": 1, "week": 7}.get(unit)
    if days is None:
        return None  # months and years ago name no day
    return (captured - timedelta(days=amount * days)).isoformat()
