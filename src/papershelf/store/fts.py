"""The one code path that keeps the full-text indexes in step with the tables.

`papers_fts` holds the listing's text (title, abstract, authors); `meta_fts` holds the reader's
(tags, notes). They are apart so that tagging 10k papers re-indexes a few words per paper
instead of 10k abstracts.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

MAIN, META = 1, 2
BATCH = 5000
_LIVE = "(SELECT value FROM json_each(?))"
_STATEMENTS = {
    MAIN: (
        f"DELETE FROM papers_fts WHERE rowid IN {_LIVE}",
        f"""INSERT INTO papers_fts (rowid, title, abstract, authors)
            SELECT id, title, abstract, authors_text FROM papers
             WHERE id IN {_LIVE} AND deleted IS NULL""",
    ),
    META: (
        f"DELETE FROM meta_fts WHERE rowid IN {_LIVE}",
        f"""INSERT INTO meta_fts (rowid, tags, notes)
            SELECT p.id,
                   (SELECT group_concat(t.name, ' ') FROM paper_tags pt
                      JOIN tags t ON t.id = pt.tag_id WHERE pt.paper_id = p.id),
                   (SELECT group_concat(n.body, ' ') FROM notes n WHERE n.paper_id = p.id)
              FROM papers p WHERE p.id IN {_LIVE} AND p.deleted IS NULL""",
    ),
}


def refresh(
    conn: sqlite3.Connection, paper_ids: Iterable[int], *, scope: int = MAIN | META
) -> None:
    """Re-index these papers (trashed or deleted ones drop out of the indexes)."""
    ids = sorted(set(paper_ids))
    for start in range(0, len(ids), BATCH):
        chunk = json.dumps(ids[start : start + BATCH])
        for index, (delete, insert) in _STATEMENTS.items():
            if scope & index:
                conn.execute(delete, (chunk,))
                conn.execute(insert, (chunk,))


def rebuild(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM papers_fts")
    conn.execute("DELETE FROM meta_fts")
    refresh(conn, [row[0] for row in conn.execute("SELECT id FROM papers")])
