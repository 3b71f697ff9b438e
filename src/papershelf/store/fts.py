"""The one code path that keeps the full-text index in step with the tables."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

_DELETE = "DELETE FROM papers_fts WHERE rowid IN (SELECT value FROM json_each(?))"
_INSERT = """
INSERT INTO papers_fts (rowid, title, abstract, authors, tags, notes)
SELECT p.id, p.title, p.abstract, p.authors_text,
       (SELECT group_concat(t.name, ' ') FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id
         WHERE pt.paper_id = p.id),
       (SELECT group_concat(n.body, ' ') FROM notes n WHERE n.paper_id = p.id)
  FROM papers p
 WHERE p.id IN (SELECT value FROM json_each(?)) AND p.deleted IS NULL
"""
BATCH = 5000


def refresh(conn: sqlite3.Connection, paper_ids: Iterable[int]) -> None:
    """Re-index these papers (deleted or trashed ones drop out of the index)."""
    ids = sorted(set(paper_ids))
    for start in range(0, len(ids), BATCH):
        chunk = json.dumps(ids[start : start + BATCH])
        conn.execute(_DELETE, (chunk,))
        conn.execute(_INSERT, (chunk,))


def rebuild(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM papers_fts")
    ids = [row[0] for row in conn.execute("SELECT id FROM papers")]
    refresh(conn, ids)
