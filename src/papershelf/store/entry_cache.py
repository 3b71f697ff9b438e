"""Rendered BibTeX/BibLaTeX entries kept per paper, dropped by triggers when their inputs change.

Escaping a paper's fields for LaTeX costs ~0.1 ms; a 100k-paper export would spend most of its
time redoing it for papers that did not change. Every write that can change an entry (the paper
row, its links, tags, tag names, notes) deletes the cached text in the same transaction, so a
cached entry is never stale, whichever code path (import, edit, undo, merge) made the change.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

TABLE = """
CREATE TABLE entry_cache (
    paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    style TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (paper_id, style)
) WITHOUT ROWID
"""
_DROP = "DELETE FROM entry_cache WHERE paper_id = {owner};"
TRIGGERS = (
    "CREATE TRIGGER entry_cache_papers AFTER UPDATE ON papers BEGIN "
    + _DROP.format(owner="NEW.id")
    + " END",
    *(
        f"CREATE TRIGGER entry_cache_{table}_{kind} AFTER {kind.upper()} ON {table} BEGIN "
        + _DROP.format(owner=f"{row}.paper_id")
        + " END"
        for table in ("urls", "paper_tags", "notes")
        for kind, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD"))
    ),
    "CREATE TRIGGER entry_cache_tags_rename AFTER UPDATE OF name ON tags BEGIN "
    "DELETE FROM entry_cache WHERE paper_id IN "
    "(SELECT paper_id FROM paper_tags WHERE tag_id = NEW.id); END",
)


def create(conn: sqlite3.Connection) -> None:
    conn.execute(TABLE)
    for trigger in TRIGGERS:
        conn.execute(trigger)


Row = tuple[int, str, str]  # paper id, citation key, entry text


def cached(conn: sqlite3.Connection, ids: Sequence[int], style: str) -> list[Row]:
    """The cached entries of these papers (in no particular order).

    The citation key is kept beside the text (schema 9): reading it from each paper's wide row
    cost an export of 100k papers ~0.8 s of random page reads.
    """
    # A few papers are looked up by key; for a good part of the library one pass over the
    # table is cheaper (0.5 s instead of 1.3 s at 100k: rows this size spill into overflow
    # pages, and a lookup per paper visits them in random order).
    top = conn.execute("SELECT coalesce(max(id), 0) FROM papers").fetchone()[0]
    test = "+paper_id" if 4 * len(ids) >= top else "paper_id"
    return conn.execute(
        "SELECT paper_id, citation_key, text FROM entry_cache "
        f"WHERE style = ? AND {test} IN (SELECT value FROM json_each(?))",
        (style, json.dumps(list(ids))),
    ).fetchall()


def store(conn: sqlite3.Connection, style: str, entries: Sequence[Row]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO entry_cache (paper_id, style, citation_key, text) "
        "VALUES (?, ?, ?, ?)",
        [(paper_id, style, key, text) for paper_id, key, text in entries],
    )


def add_keys(conn: sqlite3.Connection) -> None:
    """Schema 9: entries carry their paper's citation key (a key change drops the entry)."""
    conn.execute("ALTER TABLE entry_cache ADD COLUMN citation_key TEXT NOT NULL DEFAULT ''")
    conn.execute(
        "UPDATE entry_cache SET citation_key = "
        "(SELECT p.citation_key FROM papers p WHERE p.id = entry_cache.paper_id)"
    )
