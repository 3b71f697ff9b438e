""".bib files kept up to date: which file, which format, which papers, and how the last write went.

Not in the undo log: these rows describe files outside the library, not the reader's data.
"""

from __future__ import annotations

import sqlite3
from typing import Any

TABLE = """
CREATE TABLE autoexports (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    format TEXT NOT NULL CHECK (format IN ('bibtex', 'biblatex')),
    kind TEXT NOT NULL CHECK (kind IN ('all', 'tag', 'queue', 'search')),
    value TEXT,
    created TEXT NOT NULL,
    last_written TEXT,
    last_error TEXT,
    CHECK ((kind = 'all') = (value IS NULL))
)
"""
COLUMNS = "path, format, kind, value, created, last_written, last_error"


def create(conn: sqlite3.Connection) -> None:
    conn.execute(TABLE)


def add(
    conn: sqlite3.Connection, path: str, fmt: str, kind: str, value: str | None, at: str
) -> None:
    """Add a file, or change what an existing one holds (its history starts again)."""
    conn.execute(
        "INSERT INTO autoexports (path, format, kind, value, created) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (path) DO UPDATE SET format = excluded.format, kind = excluded.kind, "
        "value = excluded.value, created = excluded.created, last_written = NULL, "
        "last_error = NULL",
        (path, fmt, kind, value, at),
    )


def remove(conn: sqlite3.Connection, path: str) -> bool:
    return conn.execute("DELETE FROM autoexports WHERE path = ?", (path,)).rowcount > 0


def listing(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute(f"SELECT {COLUMNS} FROM autoexports ORDER BY path").fetchall()
    names = [name.strip() for name in COLUMNS.split(",")]
    return [dict(zip(names, row, strict=True)) for row in rows]


def record(
    conn: sqlite3.Connection, path: str, *, written_at: str | None, error: str | None
) -> None:
    """How a refresh went: the time of a write (if there was one) and the error, or none.
    Callers record only what changed, so a refresh that finds nothing to do writes nothing."""
    conn.execute(
        "UPDATE autoexports SET last_error = ?, last_written = coalesce(?, last_written) "
        "WHERE path = ?",
        (error, written_at, path),
    )
