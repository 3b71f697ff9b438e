"""A .bib entry's kept fields (publisher, volume, pages, editor, ISBN, ...) in CSL-JSON and RIS.

The fields are kept in BibTeX syntax (core.bibfields); these formats take plain text, so each
value is read as LaTeX into Unicode (`$math$` kept as written) and its white space folded.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from papershelf.core.latex import unescape
from papershelf.core.names import Name, parse_bibtex_names

# CSL variable -> the .bib fields that fill it, the first present winning.
CSL_TEXT = {
    "publisher": ("publisher", "school", "institution", "organization"),
    "volume": ("volume",),
    "page": ("pages",),
    "ISBN": ("isbn",),
    "ISSN": ("issn",),
    "publisher-place": ("address", "location"),
    "edition": ("edition",),
    "collection-title": ("series",),
    "genre": ("type",),  # a thesis's or report's kind ("PhD dissertation")
    "chapter-number": ("chapter",),
    "language": ("language",),
    "medium": ("howpublished",),
}
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
# BibTeX's `number` is a report's or a standard's own number, and a journal's issue elsewhere.
OWN_NUMBER_TYPES = frozenset({"techreport", "report", "manual", "patent", "standard"})
# RIS tag -> the .bib fields that fill it (SP/EP, ED, SN and N1 are written apart).
RIS_TEXT = {
    "PB": ("publisher", "school", "institution", "organization"),
    "VL": ("volume",),
    "IS": ("number", "issue"),
    "CY": ("address", "location"),
    "ET": ("edition",),
    "T3": ("series",),
}
_RANGE = re.compile(r"^\s*([^\s\-–—]+)\s*(?:-+|–|—)\s*([^\s\-–—]+)\s*$")


def _fields(paper: Mapping[str, Any]) -> Mapping[str, str]:
    kept = paper.get("bib_fields") or {}
    fields: Mapping[str, str] = kept.get("fields") or {}
    return fields


def _content(value: str) -> str:
    return value[1:-1] if value[:1] == "{" and value[-1:] == "}" else value


def kept_text(paper: Mapping[str, Any], *names: str) -> str | None:
    """The first of these kept fields, as plain text; None when none is there or it is empty."""
    fields = _fields(paper)
    for name in names:
        value = fields.get(name)
        if value is not None:
            text = " ".join(unescape(_content(value)).split())
            if text:
                return text
    return None


def kept_names(paper: Mapping[str, Any], name: str) -> list[Name]:
    """A kept name list (`editor`) as structured names, each part read as LaTeX."""
    value = _fields(paper).get(name)
    return parse_bibtex_names(_content(value), unescape) if value else []


def page_range(pages: str) -> tuple[str, str | None]:
    """`12--34` -> ("12", "34"); anything that is not one range stays whole as the start."""
    found = _RANGE.match(pages)
    return (found[1], found[2]) if found else (pages, None)


def csl_kept(paper: Mapping[str, Any]) -> dict[str, Any]:
    """CSL-JSON variables from the kept fields (editor as CSL names are the caller's; `note`
    stays the reader's notes, which CSL-JSON's import reads back)."""
    item: dict[str, Any] = {}
    for variable, names in CSL_TEXT.items():
        text = kept_text(paper, *names)
        if text:
            item[variable] = text
    if "page" in item:
        start, end = page_range(item["page"])
        item["page"] = f"{start}-{end}" if end else start
    number = kept_text(paper, "number", "issue")
    if number:
        own = paper.get("entry_type") in OWN_NUMBER_TYPES
        item["number" if own else "issue"] = number
    accessed = _ISO_DATE.match(kept_text(paper, "urldate") or "")
    if accessed:
        item["accessed"] = {"date-parts": [[int(part) for part in accessed.groups() if part]]}
    return item


def ris_kept(paper: Mapping[str, Any]) -> list[str]:
    """RIS lines from the kept fields, editors (ED) and notes (N1) apart."""
    lines = []
    for tag, names in RIS_TEXT.items():
        text = kept_text(paper, *names)
        if text:
            lines.append(f"{tag}  - {text}")
    pages = kept_text(paper, "pages")
    if pages:
        start, end = page_range(pages)
        lines.append(f"SP  - {start}")
        lines += [f"EP  - {end}"] if end else []
    lines += [
        f"SN  - {text}" for text in (kept_text(paper, "isbn"), kept_text(paper, "issn")) if text
    ]
    return lines
