"""Which names a selection refers to that the library does not have (an export's typo)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from papershelf.store.search import like_escape


def _absent(conn: sqlite3.Connection, values: Iterable[object], sql: str) -> list[str]:
    """The values for which `sql` (one ? for the value) finds no row, in the order given."""
    return [
        str(value)
        for value in dict.fromkeys(values)
        if conn.execute(sql, (value,)).fetchone() is None
    ]


def missing_tags(conn: sqlite3.Connection, names: Iterable[str]) -> list[str]:
    return _absent(conn, names, "SELECT 1 FROM tags WHERE name = ?")  # NOCASE column


def missing_queues(conn: sqlite3.Connection, names: Iterable[str]) -> list[str]:
    return _absent(conn, names, "SELECT 1 FROM queues WHERE name = ?")


def missing_sources(conn: sqlite3.Connection, patterns: Iterable[str]) -> list[str]:
    """`source:` terms no imported file's name contains (the search's own LIKE)."""
    likes = {pattern: "%" + like_escape(pattern) + "%" for pattern in patterns}
    missing = set(
        _absent(conn, likes.values(), "SELECT 1 FROM sources WHERE file LIKE ? ESCAPE '\\'")
    )
    return [pattern for pattern, like in likes.items() if like in missing]


def missing_source_ids(conn: sqlite3.Connection, ids: Iterable[int]) -> list[str]:
    return _absent(conn, ids, "SELECT 1 FROM sources WHERE id = ?")


def missing_papers(conn: sqlite3.Connection, ids: Iterable[int]) -> list[str]:
    wanted = list(dict.fromkeys(ids))
    found = {
        row[0]
        for row in conn.execute(
            "SELECT id FROM papers WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(wanted),),
        )
    }
    return [str(paper_id) for paper_id in wanted if paper_id not in found]
