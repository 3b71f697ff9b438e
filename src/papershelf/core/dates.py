"""Dates as listings print them, normalised to ISO without ever guessing a year."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

from papershelf.core.errors import InvalidValue

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
MONTH_NAMES = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)

# The months of the other languages listings come in (French, Spanish, Portuguese, Italian,
# German), full and as their references abbreviate them (`dez.`, `févr.`, `ago.`)
FOREIGN_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("janvier", "janv", "enero", "ene", "janeiro", "gennaio", "genn", "januar", "jänner"),
            ("février", "fevrier", "févr", "fevr", "febrero", "fevereiro", "fev", "febbraio",
             "febbr", "februar"),
            ("mars", "marzo", "março", "marco", "märz", "maerz"),
            ("avril", "avr", "abril", "abr", "aprile"),
            ("mai", "mayo", "maio", "maggio", "magg"),
            ("juin", "junio", "junho", "giugno", "juni"),
            ("juillet", "juil", "julio", "julho", "luglio", "juli"),
            ("août", "aout", "agosto", "ago"),
            ("septembre", "septiembre", "setiembre", "setembro", "set", "settembre", "sett"),
            ("octobre", "octubre", "outubro", "out", "ottobre", "ott", "oktober", "okt"),
            ("novembre", "noviembre", "novembro"),
            ("décembre", "decembre", "déc", "dec", "diciembre", "dic", "dezembro", "dez",
             "dicembre", "dezember"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
_ABBREVIATED = frozenset(
    ("janv", "ene", "genn", "févr", "fevr", "fev", "febbr", "avr", "abr", "magg", "juil", "ago",
     "set", "sett", "out", "ott", "okt", "déc", "dec", "dic", "dez")
)  # fmt: skip
_FULL_FOREIGN = frozenset(FOREIGN_MONTHS) - _ABBREVIATED
_FOREIGN_DAY_MONTH_YEAR = re.compile(
    r"^(\d{1,2})(?:\.|º|er)?\s+(?:de\s+)?([^\W\d_]{3,10}\.?),?\s+(?:de\s+)?(\d{4})$"
)
_FOREIGN_MONTH_YEAR = re.compile(r"^([^\W\d_]{3,10}\.?),?\s+(?:de\s+)?(\d{4})$")
_MONTH_DAY_YEAR = re.compile(rf"^({MONTH_NAMES})\.? (\d{{1,2}}),? (\d{{4}})$", re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(rf"^(\d{{1,2}}) ({MONTH_NAMES})\.?,? (\d{{4}})$", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"^({MONTH_NAMES}),? (\d{{4}})$", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"^({MONTH_NAMES})\.? (\d{{1,2}})$", re.IGNORECASE)
_MONTH_DAY_JUNK = re.compile(rf"^({MONTH_NAMES})\.? (\d{{1,2}})\b.*$", re.IGNORECASE)
# Not calendar.month_abbr: that follows the locale, and the rest of the window is English.
_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_YEAR_SLASHED = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")  # `2017/08/21`, as Japan writes it


@dataclass(frozen=True)
class ParsedDate:
    """`iso` is YYYY-MM-DD or YYYY-MM; `partial` is ISO's yearless --MM-DD."""

    text: str
    iso: str | None = None
    partial: str | None = None
    problem: str | None = None  # "year" (no year given) or "date" (unreadable)


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:3]]


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _full(text: str, year: int, month: int, day: int) -> ParsedDate:
    if not _valid(year, month, day):
        return ParsedDate(text, problem="date")
    return ParsedDate(text, iso=f"{year:04d}-{month:02d}-{day:02d}")


@lru_cache(maxsize=4096)  # listings repeat the same few hundred dates
def parse_date(text: str) -> ParsedDate:
    """Read one date as printed on a listing page."""
    raw = " ".join(text.split())
    if m := _MONTH_DAY_YEAR.match(raw):
        return _full(text, int(m[3]), _month(m[1]), int(m[2]))
    if m := _DAY_MONTH_YEAR.match(raw):
        return _full(text, int(m[3]), _month(m[2]), int(m[1]))
    if m := _MONTH_YEAR.match(raw):
        return ParsedDate(text, iso=f"{int(m[2]):04d}-{_month(m[1]):02d}")
    if m := _ISO.match(raw):
        return ParsedDate(text, iso=raw)
    if m := _YEAR_SLASHED.match(raw):
        return _full(text, int(m[1]), int(m[2]), int(m[3]))
    if (m := _FOREIGN_DAY_MONTH_YEAR.match(raw)) and (month := _foreign(m[2])):
        return _full(text, int(m[3]), month, int(m[1]))
    if (m := _FOREIGN_MONTH_YEAR.match(raw)) and (month := _foreign(m[1])):
        return ParsedDate(text, iso=f"{int(m[2]):04d}-{month:02d}")
    if m := _MONTH_DAY.match(raw):
        month, day = _month(m[1]), int(m[2])
        if not _valid(2000, month, day):  # a leap year, so Feb 29 is allowed
            return ParsedDate(text, problem="date")
        return ParsedDate(text, partial=f"--{month:02d}-{day:02d}", problem="year")
    if m := _MONTH_DAY_JUNK.match(raw):
        # A date cut off mid-year ("Nov 24 2"): the month and day are still real.
        month, day = _month(m[1]), int(m[2])
        partial = f"--{month:02d}-{day:02d}" if _valid(2000, month, day) else None
        return ParsedDate(text, partial=partial, problem="date")
    return ParsedDate(text, problem="date")


def _foreign(name: str) -> int | None:
    """A month's number from its name in another language; an abbreviation (`dez`, `out`, `set`,
    words of their own too) only with its full stop (`dez.`)."""
    word = name.lower()
    if word.endswith("."):
        return FOREIGN_MONTHS.get(word[:-1])
    return FOREIGN_MONTHS.get(word) if word in _FULL_FOREIGN else None


def looks_like_date(text: str) -> bool:
    raw = " ".join(text.split())
    if (m := _FOREIGN_DAY_MONTH_YEAR.match(raw)) and _foreign(m[2]):
        return True
    if (m := _FOREIGN_MONTH_YEAR.match(raw)) and _foreign(m[1]):
        return True
    return bool(
        _MONTH_DAY_YEAR.match(raw)
        or _DAY_MONTH_YEAR.match(raw)
        or _MONTH_YEAR.match(raw)
        or _MONTH_DAY.match(raw)
        or _MONTH_DAY_JUNK.match(raw)
    )


def typed_date(text: str) -> str:
    """A date the reader typed (an edit, not an import), as ISO. Refused when it has no year
    or cannot be read: stored as typed, it left the export without a year and unflagged."""
    parsed = parse_date(text.strip())
    parts = [int(part) for part in (parsed.iso or "").split("-") if part]
    if len(parts) == 1 or (len(parts) == 2 and 1 <= parts[1] <= 12):
        return str(parsed.iso)
    if len(parts) == 3 and _valid(*parts):
        return str(parsed.iso)
    raise InvalidValue(
        f"date: {_what_is_wrong(text.strip(), parsed)}; "
        "type it as 2022, 2022-03, 2022-03-14 or March 14, 2022"
    )


_FULL_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _what_is_wrong(text: str, parsed: ParsedDate) -> str:
    """Why a typed date is refused: a year with an impossible month or day is said so (trial
    10: '2024-13-45' was "not a date with a year", though it has one)."""
    impossible = _impossible_part(" ".join(text.split()))
    if impossible:
        return f"{text!r} is no date: {impossible}"
    if parsed.problem == "year":
        return f"{text!r} has no year"
    return f"{text!r} is not a date"


def _impossible_part(raw: str) -> str | None:
    """What cannot be in a date with a year ("there is no month 13", "February 2023 has no
    day 29"); None for any other date or text."""
    if m := _ISO.match(raw) or _YEAR_SLASHED.match(raw):
        year, month, day = int(m[1]), m[2], m[3]
        if month is None:
            return None
        number = int(month)
        if not 1 <= number <= 12:
            return f"there is no month {number}"
        return _impossible_day(year, number, day)
    if m := _MONTH_DAY_YEAR.match(raw):
        return _impossible_day(int(m[3]), _month(m[1]), m[2])
    if m := _DAY_MONTH_YEAR.match(raw):
        return _impossible_day(int(m[3]), _month(m[2]), m[1])
    return None


def _impossible_day(year: int, month: int, day: str | None) -> str | None:
    if day is None or _valid(year, month, int(day)):
        return None
    return f"{_FULL_MONTHS[month - 1]} {year} has no day {int(day)}"


def partial_label(partial: str) -> str:
    """ISO's yearless --MM-DD as a listing prints it ("--03-04" -> "Mar 4"); "" if unreadable."""
    m = re.fullmatch(r"--(\d{2})-(\d{2})", partial)
    if not m or not 1 <= int(m[1]) <= 12:
        return ""
    return f"{_ABBR[int(m[1]) - 1]} {int(m[2])}"


# `2508.15805v2` (since April 2007) and `hep-th/9901001`: the id begins with the year and month
# the paper was first submitted.
_ARXIV_MONTH = re.compile(
    r"^(?:arxiv:)?(?:(\d{2})(\d{2})\.\d{4,5}|[a-z.-]+/(\d{2})(\d{2})\d{3})(?:v\d+)?$"
)


def arxiv_month(arxiv_id: str | None) -> str | None:
    """The month (`2025-08`) an arXiv id says its paper was first submitted, or None."""
    m = _ARXIV_MONTH.match((arxiv_id or "").strip().lower())
    if m is None:
        return None
    year, month = (int(m[1]), int(m[2])) if m[1] else (int(m[3]), int(m[4]))
    year += 1900 if year >= 91 else 2000  # arXiv began in August 1991
    first = (2007, 4) if m[1] else (1991, 8)
    if not 1 <= month <= 12 or (year, month) < first:
        return None
    return f"{year:04d}-{month:02d}"
