"""Folding one paper into another when the user says they are the same."""

from __future__ import annotations

import sqlite3

from papershelf.core.names import Name, structured
from papershelf.core.records import PaperRecord
from papershelf.store.papers import SCALAR_FILLS, merge_record
from papershelf.store.read import fetch_papers

STATUS_RANK = {"new": 0, "to-read": 1, "reading": 2, "dropped": 3, "skimmed": 4, "read": 5}


def as_record(paper: dict[str, object]) -> PaperRecord:
    """A stored paper seen as an import record, so merging reuses the import rules."""
    return PaperRecord(
        line=0,
        title=str(paper["title"]),
        title_is_placeholder=bool(paper["title_is_placeholder"]),
        authors=list(paper["authors"]),  # type: ignore[call-overload]
        names=_structured_names(paper["names"]),  # type: ignore[arg-type]
        bib_fields=paper["bib_fields"],  # type: ignore[arg-type]
        authors_truncated=bool(paper["authors_truncated"]),
        author_count=paper["author_count"],  # type: ignore[arg-type]
        abstract=str(paper["abstract"]),
        urls=list(paper["urls"]),  # type: ignore[call-overload]
        needs_review=[],
        **{  # type: ignore[arg-type]  # the stored columns carry the record's types
            key: paper[key]
            for key in (
                *SCALAR_FILLS,
                "categories",
                "date",
                "date_text",
                "date_partial",
                "has_code",
            )
        },
    )


def _structured_names(names: list[str | Name]) -> list[Name] | None:
    """The names in parts when any was stored in parts (from a .bib), else None."""
    if not any(isinstance(name, dict) for name in names):
        return None
    return [structured(name) for name in names]


def merge_papers(conn: sqlite3.Connection, keep: int, other: int, now: str) -> None:
    """`other` disappears into `keep`: fields, tags, notes, queues, sources, rating, status."""
    (gone,) = fetch_papers(conn, [other])
    (kept,) = fetch_papers(conn, [keep])
    merge_record(conn, keep, as_record(gone), now)
    conn.execute(
        "INSERT OR IGNORE INTO paper_tags (paper_id, tag_id) SELECT ?, tag_id FROM paper_tags "
        "WHERE paper_id = ?",
        (keep, other),
    )
    conn.execute("UPDATE notes SET paper_id = ? WHERE paper_id = ?", (keep, other))
    conn.execute(
        "INSERT OR IGNORE INTO paper_sources (paper_id, source_id, line) "
        "SELECT ?, source_id, line FROM paper_sources WHERE paper_id = ?",
        (keep, other),
    )
    # In a queue that held only the other paper, the kept one takes its place.
    conn.execute(
        "INSERT OR IGNORE INTO queue_items (queue_id, paper_id, position, added) "
        "SELECT queue_id, ?, position, added FROM queue_items WHERE paper_id = ?",
        (keep, other),
    )
    conn.execute("UPDATE status_history SET paper_id = ? WHERE paper_id = ?", (keep, other))
    rating = max(int(kept["rating"]), int(gone["rating"]))
    status = max(str(kept["status"]), str(gone["status"]), key=lambda s: STATUS_RANK[s])
    conn.execute(
        "UPDATE papers SET rating = ?, status = ?, modified = ? WHERE id = ?",
        (rating, status, now, keep),
    )
    conn.execute("DELETE FROM papers WHERE id = ?", (other,))
