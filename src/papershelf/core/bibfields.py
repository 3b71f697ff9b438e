"""The fields a .bib entry brought with it, kept so that an export writes them back.

A paper imported from a .bib keeps `{"fields": {name: value}, "seen": {group: fingerprint}}`:
every field as BibTeX syntax (`{...}`, or a bare month macro or number), and a fingerprint of
each typed value the importer read out of a group of fields (the title out of `title`, the
date out of `year`/`month`/`date`, ...). On export a group whose typed value still has its
fingerprint is written from the kept fields, LaTeX as the user wrote it (`{\\TeX}book`,
`$k$-means`, `{CLIP}`); a group the reader has since changed is written from the typed value.
Fields the reader owns (keywords, JabRef's ranking and read status, annote) always come from
the library; every other field is written back as it came.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping, Sequence
from typing import Any

GROUPS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "authors": ("author",),
    "date": ("year", "month", "date"),
    "venue": ("journal", "journaltitle", "booktitle"),
    "abstract": ("abstract",),
    "doi": ("doi",),
    "url": ("url", "urls"),  # `urls`: the links after the first, space-separated
    "arxiv": ("eprint", "archiveprefix", "eprinttype", "primaryclass", "eprintclass"),
}
GROUP_OF = {name: group for group, names in GROUPS.items() for name in names}
# The reader's own: always written from the library (papershelf-status holds the statuses
# JabRef lacks).
READER_FIELDS = frozenset({"keywords", "ranking", "readstatus", "annote", "papershelf-status"})


def stored_once(fields: dict[str, str], abstract: str) -> dict[str, str | None]:
    """The kept fields as stored: an abstract that is the typed abstract in braces (no LaTeX,
    no stray spaces: the usual case) is kept as None, so that the text is stored once."""
    if fields.get("abstract") == "{" + abstract + "}":
        return {**fields, "abstract": None}
    return dict(fields)


def with_abstract(kept: dict[str, Any], abstract: str) -> dict[str, Any]:
    """Kept fields as read back from the store (see `stored_once`)."""
    fields = kept.get("fields")
    if fields and "abstract" in fields and fields["abstract"] is None:
        kept["fields"] = {**fields, "abstract": "{" + abstract + "}"}
    return kept


def typed_values(paper: Mapping[str, Any]) -> dict[str, object]:
    """The typed value behind each group, from a paper dict (or a record's attributes)."""
    urls: Sequence[str] = paper.get("urls") or []
    return {
        "title": paper.get("title"),
        "authors": [paper.get("names") or [], bool(paper.get("authors_truncated"))],
        "date": paper.get("date"),
        "venue": paper.get("venue"),
        "abstract": paper.get("abstract") or "",
        "doi": paper.get("doi"),
        "url": list(urls),
        "arxiv": [paper.get("arxiv_id"), paper.get("category")],
    }


def fingerprints(paper: Mapping[str, Any]) -> dict[str, str]:
    return {group: _digest(value) for group, value in typed_values(paper).items()}


def _crc(value: object) -> str:
    # A check against the reader's edits, not against forgery: CRC-32 of the value's repr
    # (names keep their parts' order through the store's JSON, so the repr is stable).
    return format(zlib.crc32(repr(value).encode()), "08x")


# Most groups of most entries are empty (no DOI, no URL, no arXiv id): their digests are known.
_NONE, _EMPTY_TEXT, _NO_URL, _NO_ARXIV = (_crc(v) for v in (None, "", [], [None, None]))


def _digest(value: object) -> str:
    if value is None:
        return _NONE
    if value == "":
        return _EMPTY_TEXT
    if value == []:
        return _NO_URL
    if value == [None, None]:
        return _NO_ARXIV
    return _crc(value)


def unchanged_groups(kept: Mapping[str, Any], paper: Mapping[str, Any]) -> set[str]:
    """The groups whose typed value is still what the importer read from the kept fields."""
    seen: Mapping[str, str] = kept.get("seen") or {}
    now = fingerprints(paper)
    return {group for group, digest in seen.items() if now.get(group) == digest}
