"""The common record type every importer produces."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ParseWarning:
    line: int
    message: str

    def to_json(self) -> dict[str, object]:
        return {"line": self.line, "message": self.message}


@dataclass
class PaperRecord:
    """One paper as read from a listing, before it meets the library."""

    line: int
    title: str = ""
    title_is_placeholder: bool = False
    authors: list[str] = field(default_factory=list)
    authors_truncated: bool = False
    author_count: int | None = None
    affiliation: str | None = None
    category: str | None = None
    categories: list[str] = field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    date_partial: str | None = None
    submitted_v1: str | None = None
    announced: str | None = None
    abstract: str = ""
    urls: list[str] = field(default_factory=list)
    arxiv_id: str | None = None
    doi: str | None = None
    journal_ref: str | None = None
    comments: str | None = None
    venue: str | None = None
    entry_type: str | None = None
    score: float | None = None
    has_code: bool = False
    needs_review: list[str] = field(default_factory=list)
    # How sure the reader is of this record (0-1); None for the exact seed layouts and files.
    confidence: float | None = field(default=None, compare=False)
    # Read, but unlike a paper: shown unticked in the preview and left out of an import unless
    # the user ticks it or asks for every record (see importers.paste.plausible.leave_out).
    left_out: bool = field(default=False, compare=False)
    citation_key: str | None = None
    tags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rating: int | None = None
    status: str | None = None
    # Structured names (see core.names) when the source gave them; `authors` holds their text.
    names: list[dict[str, str]] | None = None
    # A .bib entry's own fields, kept to be written back (see core.bibfields).
    bib_fields: dict[str, Any] | None = None
    # The store's match keys and row values, when the parsing process worked them out beside
    # the writer (see importers.worker); None means the writer works them out itself.
    prepared: Any = field(default=None, compare=False, repr=False)

    def flag(self, reason: str) -> None:
        if reason not in self.needs_review:
            self.needs_review.append(reason)


# How importers.paste.plausible.leave_out words why it left a record out.
UNLIKE_FLAG = "review: unlike a paper ("


def unlike_first(reasons: list[str]) -> list[str]:
    """Review flags with "unlike a paper" first, the others in their order: a one-line notice
    or a narrow Warnings column shows their start (trial 13: "title found by one cue only
    (dat…" hid the reason a record had been left out)."""
    return sorted(reasons, key=lambda reason: not reason.startswith(UNLIKE_FLAG))


@dataclass
class ParseResult:
    layout: str
    records: list[PaperRecord]
    warnings: list[ParseWarning] = field(default_factory=list)
