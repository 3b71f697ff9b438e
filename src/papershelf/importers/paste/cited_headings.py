"""Headings of literature notes that cite the paper before its title: `Surname et al. (2013) —
Title`, `Surname & Surname (2019): Title`, `Surname (2014) "Title"`. The names and year in
brackets are the paper's; the title is what follows the dash or colon (or the quotes). And
outline numbers (`2.3 Name`) before a heading's text, which number a document's sections and are
no part of a paper's name."""

from __future__ import annotations

import re
from dataclasses import dataclass

# One family name of one or two words (`Dell'Amico`, `Van Rossum`), capitalised.
_SURNAME = r"[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)?"
_CITED = re.compile(
    rf"^(?P<names>{_SURNAME}(?:\s*(?:,|&|\band\b)\s*{_SURNAME})*(?:,?\s+et\.?\s*al\.?)?)"
    r"\s*\(\s*(?P<year>(?:19|20)\d{2})[a-z]?\s*\)\s*(?:(?:—|–|--?|:)\s*|(?=[\"“「]))"
    r"(?P<title>\S.{3,300})$"
)  # `Cole (2014) "Title"`: a quoted title needs no dash
_ET_AL = re.compile(r",?\s+et\.?\s*al\.?$")
_OUTLINE = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\S)")


@dataclass(frozen=True)
class CitedHeading:
    title: str
    names: list[str]
    year: str


def cited_heading(text: str) -> CitedHeading | None:
    """The title, family names and year of a heading written `Names (Year) — Title`, or None."""
    match = _CITED.match(text.strip())
    if match is None or len(match["title"].split()) < 2:
        return None  # `Smith (2020) — notes`: one word after the dash is a remark, not a title
    names = _ET_AL.sub("", match["names"])
    people = [n for n in re.split(r"\s*(?:,|&|\band\b)\s*", names) if n]
    return CitedHeading(match["title"].strip(), people, match["year"])


def outline_number(text: str) -> str:
    """`2.3 ` before a heading's text (a section of an outline numbered within another), or ''."""
    match = _OUTLINE.match(text)
    return match[0] if match else ""


_LEAD_NUMBER = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2})*)\.?\s")


def numbered_within(parent: str, text: str) -> bool:
    """`2.1 Name` under `2. Section`: the heading numbers an entry of the parent's section (its
    number extends the parent's), so it is the next entry, never a part of the parent's note."""
    number = outline_number(text).strip().rstrip(".")
    lead = _LEAD_NUMBER.match(parent.strip())
    return bool(number and lead and number.startswith(lead["number"] + "."))


# `Universal Model Routing / UniRoute`: a note's heading gives the paper's name, then the short
# name it goes by after a slash.
_ALIAS_AFTER = re.compile(r"^(?P<name>\S+(?: \S+)+?) / (?P<alias>[A-Z][\w\-+]*[A-Z][\w\-+]*)$")


def without_alias(text: str) -> str:
    """The heading's paper name without the short name after a slash (one word of capitals)."""
    match = _ALIAS_AFTER.match(text.strip())
    return match["name"] if match else text
