"""The search-field language users know from calibre and JabRef, parsed without any SQL.

attention "few shot" tag:vision -tag:read author:hu year:>=2022 rating:>=4
status:unread queue:thesis has:notes needs:title category:cv source:001 tagtext:noise
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TEXT_FIELDS = {"title", "abstract", "author", "note", "tagtext"}
FIELDS = TEXT_FIELDS | {
    "tag",
    "year",
    "rating",
    "status",
    "queue",
    "source",
    "category",
    "has",
    "needs",
    "id",
    "arxiv",
    "doi",
}
ALIASES = {
    "authors": "author",
    "notes": "note",
    "cat": "category",
    "is": "needs",
    "stars": "rating",
}
NUMERIC = {"year", "rating", "id"}
OPERATORS = (">=", "<=", ">", "<", "=")


class QueryError(ValueError):
    """A search the user typed cannot be read; `position` points into the text."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.position = position


@dataclass(frozen=True)
class Term:
    field: str | None  # None: free text over every indexed column
    value: str
    op: str = "="
    negated: bool = False
    phrase: bool = False


_TOKEN = re.compile(
    r"""
    (?P<neg>-)?
    (?:(?P<field>[A-Za-z]+):)?
    (?:
        "(?P<quoted>[^"]*)(?P<close>")?
      | (?P<bare>[^\s"]+)
    )?
    """,
    re.VERBOSE,
)


def parse_query(text: str) -> list[Term]:
    terms: list[Term] = []
    position = 0
    while position < len(text):
        if text[position].isspace():
            position += 1
            continue
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise QueryError(f"cannot read {text[position:]!r}", position)
        terms.append(_term(match, position))
        position = match.end()
    return terms


def _term(match: re.Match[str], position: int) -> Term:
    negated = bool(match["neg"])
    field = match["field"]
    if match["quoted"] is not None and match["close"] is None:
        raise QueryError('a quote is not closed: add the closing "', position)
    value = match["quoted"] if match["quoted"] is not None else (match["bare"] or "")
    phrase = match["quoted"] is not None
    if field is None:
        if not value:
            raise QueryError("'-' must be followed by a word", position)
        return Term(None, value, negated=negated, phrase=phrase)
    name = ALIASES.get(field.lower(), field.lower())
    if name not in FIELDS:
        known = ", ".join(sorted(FIELDS))
        raise QueryError(f"unknown field {field!r} (known: {known})", position)
    if not value:
        raise QueryError(f"{field}: needs a value", position)
    op = "="
    if not phrase:
        for candidate in OPERATORS:
            if value.startswith(candidate):
                op, value = candidate, value[len(candidate) :]
                break
    if op != "=" and name not in NUMERIC:
        raise QueryError(f"{field}: does not compare with {op}", position)
    if name in NUMERIC and not value.isdigit():
        raise QueryError(f"{field}: needs a whole number, not {value!r}", position)
    return Term(name, value, op=op, negated=negated, phrase=phrase)
