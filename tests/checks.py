"""What every fault test asks of a library file afterwards: sound, and all-or-nothing."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from papershelf.store import health


def problems(path: Path) -> list[str]:
    """integrity_check, foreign_key_check, FTS5's integrity-check of both indexes, entries."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA busy_timeout = 10000")
        return health.deep_problems(conn)


def counts(path: Path) -> dict[str, int]:
    """Row counts of the reader's data: any half-done change shows up in one of them."""
    tables = ("papers", "tags", "paper_tags", "notes", "queue_items", "sources", "paper_sources")
    with closing(sqlite3.connect(path)) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def snapshot(path: Path) -> bytes:
    """The file and its write-ahead log, byte for byte (to prove nothing was written)."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
