"""Author-profile pages: a glued `[score]CATDate[Code]` line, title, authors, abstract."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from papershelf.core.dates import MONTH_NAMES
from papershelf.core.records import PaperRecord, ParseWarning
from papershelf.importers.common import Line, apply_date, finish_abstract, numbered, split_authors

NAME = "author-profile"
DESCRIPTION = "Author profile page (score, category and date glued on one line)"

META = re.compile(
    rf"^(?P<score>\d{{1,3}}(?:\.\d+)?)?(?P<cat>[A-Z]{{2,4}})"
    rf"(?P<date>{MONTH_NAMES} \d{{1,2}}(?:, \d{{4}})?)(?P<code>Code)?$"
)
# The two-letter codes on these pages are arXiv's computer-science subject classes.
CS_CLASSES = {
    "AI",
    "AR",
    "CC",
    "CE",
    "CG",
    "CL",
    "CR",
    "CV",
    "CY",
    "DB",
    "DC",
    "DL",
    "DM",
    "DS",
    "ET",
    "FL",
    "GL",
    "GR",
    "GT",
    "HC",
    "IR",
    "IT",
    "LG",
    "LO",
    "MA",
    "MM",
    "MS",
    "NA",
    "NE",
    "NI",
    "OH",
    "OS",
    "PF",
    "PL",
    "RO",
    "SC",
    "SD",
    "SE",
    "SI",
    "SY",
}


def detect(lines: list[str]) -> float:
    hits = sum(1 for _, text in numbered(lines) if META.match(text))
    return min(1.0, hits / 2) if hits else 0.0


def stream(lines: Iterable[str], warnings: list[ParseWarning]) -> Iterator[PaperRecord]:
    meta: Line | None = None
    body: list[Line] = []
    for number, text in numbered(lines):
        if META.match(text):
            if meta and (record := _record(meta, body, warnings)):
                yield record
            meta, body = (number, text), []
        elif meta:
            body.append((number, text))
    if meta and (record := _record(meta, body, warnings)):
        yield record


def _record(meta: Line, body: list[Line], warnings: list[ParseWarning]) -> PaperRecord | None:
    number, text = meta
    match = META.match(text)
    assert match is not None
    if not body:
        warnings.append(ParseWarning(number, "paper has no title; skipped (cut off?)"))
        return None
    record = PaperRecord(line=number)
    code = match["cat"]
    record.category = f"cs.{code}" if code in CS_CLASSES else code
    record.categories = [record.category]
    record.score = float(match["score"]) if match["score"] else None
    record.has_code = bool(match["code"])
    apply_date(record, match["date"])
    record.title = body[0][1]
    if len(body) >= 3:
        _apply_author_line(record, body[1][1])
        finish_abstract(record, " ".join(text for _, text in body[2:]))
    elif len(body) == 2:
        warnings.append(ParseWarning(body[1][0], "paper has no author line"))
        finish_abstract(record, body[1][1])
    else:
        warnings.append(ParseWarning(body[0][0], "paper has no authors or abstract (cut off?)"))
    return record


def _apply_author_line(record: PaperRecord, text: str) -> None:
    names, _, affiliation = text.partition(" · ")
    if not affiliation and "·" in text:
        names, _, affiliation = text.partition("·")
    record.authors, record.authors_truncated = split_authors(names)
    record.affiliation = affiliation.strip() or None
