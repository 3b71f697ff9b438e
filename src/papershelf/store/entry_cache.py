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


def cached(conn: sqlite3.Connection, ids: Sequence[int], style: str) -> dict[int, tuple[str, str]]:
    """{paper id: (citation key, entry text)} for the papers whose entry is cached."""
    return {
        paper_id: (key, text)
        for paper_id, key, text in conn.execute(
            "SELECT e.paper_id, p.citation_key, e.text FROM entry_cache e "
            "JOIN papers p ON p.id = e.paper_id "
            "WHERE e.style = ? AND e.paper_id IN (SELECT value FROM json_each(?))",
            (style, json.dumps(list(ids))),
        )
    }


def store(conn: sqlite3.Connection, style: str, entries: dict[int, str]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO entry_cache (paper_id, style, text) VALUES (?, ?, ?)",
        [(paper_id, style, text) for paper_id, text in entries.items()],
    )
