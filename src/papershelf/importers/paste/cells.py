"""A table's Paper cell that names the people beside the title: `Surname et al., "Title"`,
`**Surname & Surname** — "Title" (SHORT)`, `Surname & Surname, Title in plain words`,
`"Title" — Surname & Surname`.

In a cell of a table of papers the names before a quoted title need none of the cues a line of
prose needs: one family name (`Surname, "Title"`) is the author, and the quoted text is the title
however short (a system's name, `"NAME"`, is what the table calls the paper). Without quotes the
names must be two people or `et al.` before the comma or dash, and the rest a capitalised title of
two words or more, so that a title holding a comma is never cut at it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# One family name of one or two words (`Dell'Amico`, `Candès`, `Van Rossum`).
_SURNAME = r"[^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*)?"
_JOIN = r"\s*(?:,|&|\band\b)\s*"
_ET_AL = r",?\s+et\.?\s*al\.?"
_NAMES = rf"(?P<names>{_SURNAME}(?:{_JOIN}{_SURNAME})*(?P<et_al>{_ET_AL})?)"
# A hyphen parts the names from the title only with a space beside it: `Video-Guided` is a word.
_SEPARATOR = r"(?:\s*(?:,|—|–|:)\s*|\s+--?\s*|\s*--?\s+)"
_QUOTED_AFTER = re.compile(
    rf"^{_NAMES}{_SEPARATOR}[\"“](?P<title>[^\"”]{{2,300}})[\"”]\s*(?:\([^()]{{1,40}}\))?\s*$"
)
_QUOTED_BEFORE = re.compile(
    rf"^[\"“](?P<title>[^\"”]{{2,300}})[\"”]\s*(?:,|—|–|--?|\bby\b)\s*{_NAMES}\s*$"
)
_PLAIN_AFTER = re.compile(rf"^{_NAMES}{_SEPARATOR}(?P<title>[A-Z][^\"“”]{{3,300}})$")


@dataclass(frozen=True)
class NamedCell:
    title: str
    authors: list[str]


def names_then_title(text: str) -> NamedCell | None:
    """The title and the family names of a Paper cell written `Names, "Title"`, or None."""
    text = text.strip()
    if match := _QUOTED_AFTER.match(text):
        return NamedCell(match["title"].strip(" ,."), _surnames(match))
    if (match := _QUOTED_BEFORE.match(text)) and _people(match):
        return NamedCell(match["title"].strip(" ,."), _surnames(match))  # `"Title" — A & B`
    match = _PLAIN_AFTER.match(text)
    if match is None or len(match["title"].split()) < 2:
        return None
    if not _people(match):
        return None  # `Word, Rest of a title`: one word before a comma is no cue of a name
    return NamedCell(match["title"].strip(" ,."), _surnames(match))


def _people(match: re.Match[str]) -> bool:
    """Two names or more, or `et al.`: names for sure; one word alone may be anything."""
    return len(_surnames(match)) >= 2 or bool(match["et_al"])


def _surnames(match: re.Match[str]) -> list[str]:
    names = match["names"]
    if match["et_al"]:
        names = names[: match.start("et_al") - match.start("names")]
    return [name for name in re.split(_JOIN, names.strip()) if name]
