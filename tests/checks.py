"""What every fault test asks of a library file afterwards: sound, and all-or-nothing."""

from __future__ import annotations

import os
import random
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


def damage(library: Path, rng: random.Random) -> str:
    """Damage a library file as a disk, a crash or a user could; returns what was done."""
    size = library.stat().st_size
    kind = rng.choice(["bytes", "page", "truncate", "zero", "header", "foreign", "text"])
    if kind == "foreign":
        library.unlink()
        with closing(sqlite3.connect(library)) as conn:
            conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
            conn.commit()
        return kind
    if kind == "text":
        library.write_text("Abstract: a listing saved under the library's name\n" * 50)
        return kind
    with library.open("r+b") as handle:
        if kind == "bytes":
            handle.seek(rng.randrange(100, size))
            handle.write(os.urandom(rng.choice([1, 8, 64, 512])))
        elif kind == "page":
            handle.seek(rng.randrange(1, size // 4096) * 4096)
            handle.write(os.urandom(4096))
        elif kind == "truncate":
            handle.truncate(rng.randrange(0, size))
        elif kind == "zero":
            handle.truncate(0)
        elif kind == "header":
            handle.seek(rng.randrange(0, 100))
            handle.write(os.urandom(rng.randint(1, 16)))
    return kind


def damage_a_page(path: Path, table: str = "papers_fts_data") -> None:
    """Vacuum (no free pages, no log), then overwrite the middle page of `table` with noise.

    A page of the listing index, by default: what the reader's counts and lists read must stay
    readable whatever order later schema steps give the file's pages."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        pages = [
            page
            for (page,) in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno", (table,)
            )
        ]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as handle:
        handle.seek((pages[len(pages) // 2] - 1) * size)
        handle.write(os.urandom(size))
