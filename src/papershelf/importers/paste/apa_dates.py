"""The day an APA reference gives a dated work (`(2016, 17 februari)`, `(2019, May 7)`; a month
alone, `(2019, February)`, gives the year), in the languages bibliographies are written in. The
month names are the common European ones; a month no table knows leaves the year, never a guess."""

from __future__ import annotations

import calendar
import re

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january januari januar janvier enero janeiro gennaio jan jän ene",
        "february februari februar février fevrier febrero fevereiro febbraio feb fév fev",
        "march maart märz maerz mars marzo março marco mar mär mrt",
        "april avril abril aprile apr avr abr",
        "may mei mai mayo maio maggio",
        "june juni juin junio junho giugno jun",
        "july juli juillet julio julho luglio jul juil",
        "august augustus août aout agosto aug ago",
        "september septembre septiembre setembro settembre sep sept set",
        "october oktober octobre octubre outubro ottobre oct okt out ott",
        "november novembre noviembre novembro nov",
        "december dezember décembre decembre diciembre dezembro dicembre dec dez déc dic",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_DAY_MONTH = re.compile(r"^(?P<day>\d{1,2})\.?\s+(?:de\s+)?(?P<month>[^\W\d_]+)\.?$")
_MONTH_DAY = re.compile(r"^(?P<month>[^\W\d_]+)\.?\s+(?P<day>\d{1,2})$")
_MONTH = re.compile(r"^(?P<month>[^\W\d_]+)\.?$")


def apa_date(year: str, when: str | None) -> str:
    """`2016` and `17 februari` -> `2016-02-17`; the year alone when `when` names no day."""
    when = " ".join((when or "").split())
    for shape in (_DAY_MONTH, _MONTH_DAY, _MONTH):
        match = shape.match(when)
        if match is None or (month := _MONTHS.get(match["month"].casefold())) is None:
            continue
        if "day" not in match.groupdict():
            return year  # `(2019, February)`: APA's month of a periodical; the year is the work's
        day = int(match["day"])
        if 1 <= day <= calendar.monthrange(int(year), month)[1]:
            return f"{year}-{month:02d}-{day:02d}"
    return year


# What a catalogue page adds after a reference: `Published 2022-06-21`, IEEE Xplore's `Date of
# Publication: 26 June 2023`.
_PUBLISHED = re.compile(
    r"\b(?:Published|Date of Publication)\s*:?\s*(?:(?P<iso>(?P<y>(?:19|20)\d{2})-\d{2}-\d{2})"
    r"|(?P<day>\d{1,2})\s(?P<month>[^\W\d_]+)\s(?P<year>(?:19|20)\d{2}))\b"
)


def published_day(text: str, year: str | None) -> str | None:
    """The day a reference's remarks say the work was published, when it is of its year."""
    if "ublished" not in text and "ublication" not in text:
        return None
    match = _PUBLISHED.search(text)
    if match is None:
        return None
    if match["iso"]:
        return match["iso"] if match["y"] == year else None
    day = apa_date(match["year"], f"{match['day']} {match['month']}")
    return day if match["year"] == year and len(day) > 4 else None


def is_month(word: str) -> bool:
    """`June`, `Sept.`, `février`: a month's name in one of the tables' languages."""
    return word.strip(" .").casefold() in _MONTHS
