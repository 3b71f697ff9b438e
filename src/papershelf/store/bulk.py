"""Big imports: indexes built once over the filled table instead of kept up row by row.

Two cases. A big import into a smaller library drops the table view's sort indexes and builds
them again at the end. A big import into a library that has never held a paper (the usual way
a .bib library arrives) goes further: every paper it could match is one of its own, so the
import keeps their keys in memory (`ImportMemory`) and the papers table goes without any
index and without its per-row duplicate-finder trigger until the end.

On an error the import's transaction is rolled back, which brings every dropped index and
trigger back as it was: nothing here needs a `finally`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from papershelf.store.batch import ImportMemory

# A first import of many papers builds the sort indexes once at the end: SQLite sorts 100k
# keys in ~3 s, while keeping seven indexes in step row by row cost ~7 s more at 100k.
DEFER_INDEXES_FROM = 20_000  # papers expected in the file
# Into an empty library the saving holds at any size: the indexes are built over few rows.
FIRST_FILL_FROM = 1000
INDEX_BUILD_CACHE_KIB = -16384  # page cache (and so sorter memory) while the indexes are built
_SORT_INDEXES = (
    "SELECT name, sql FROM sqlite_master "
    "WHERE type = 'index' AND tbl_name = 'papers' AND name LIKE 'papers_live_%'"
)
_ALL_INDEXES = (
    "SELECT name, sql FROM sqlite_master "
    "WHERE type = 'index' AND tbl_name = 'papers' AND sql IS NOT NULL"
)
# The duplicate finder's trigger marks each new paper stale (~20 µs a row); a first fill
# marks them all in one statement at the end.
_STALE_TRIGGER = (
    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'dup_stale_insert'"
)


@contextmanager
def first_fill(conn: sqlite3.Connection, expected_papers: int) -> Iterator[ImportMemory | None]:
    """Around a big import's writes: an `ImportMemory` to pass to `upsert_batch` when the
    library has never held a paper, else None (and only the sort indexes wait)."""
    if expected_papers < FIRST_FILL_FROM or _holds_papers(conn):
        with sort_indexes_built_after(conn, expected_papers):
            yield None
        return
    indexes = _drop_indexes(conn, _ALL_INDEXES)
    trigger = conn.execute(_STALE_TRIGGER).fetchone()
    if trigger is not None:
        conn.execute("DROP TRIGGER dup_stale_insert")
    yield ImportMemory()
    if trigger is not None:
        conn.execute("INSERT OR IGNORE INTO dup_stale (paper_id) SELECT id FROM papers")
        conn.execute(trigger[0])
    _build_indexes(conn, indexes)


def _holds_papers(conn: sqlite3.Connection) -> bool:
    """Live or trashed: a trashed paper still holds its citation key."""
    return conn.execute("SELECT 1 FROM papers LIMIT 1").fetchone() is not None


@contextmanager
def sort_indexes_built_after(conn: sqlite3.Connection, expected_papers: int) -> Iterator[None]:
    """Drop the table view's sort indexes for a big import into a smaller library, then
    recreate them as they were."""
    live = conn.execute("SELECT count(*) FROM papers WHERE deleted IS NULL").fetchone()[0]
    if expected_papers < max(DEFER_INDEXES_FROM, 2 * live):
        yield
        return
    saved = _drop_indexes(conn, _SORT_INDEXES)
    yield
    _build_indexes(conn, saved)


def _drop_indexes(conn: sqlite3.Connection, which: str) -> list[tuple[str, str]]:
    saved: list[tuple[str, str]] = conn.execute(which).fetchall()
    for name, _ in saved:
        conn.execute(f"DROP INDEX {name}")
    return saved


def _build_indexes(conn: sqlite3.Connection, saved: list[tuple[str, str]]) -> None:
    # SQLite's sorter takes as much memory as the page cache may: with both at 64 MiB, a
    # million-paper import peaked 90 MB higher here than anywhere else. A small cache keeps
    # the sort's memory small too (its runs go to temporary files, see `sorts_on_disk`).
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {INDEX_BUILD_CACHE_KIB}")
    try:
        for _, sql in saved:
            conn.execute(sql)
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache)}")


@contextmanager
def sorts_on_disk(conn: sqlite3.Connection, expected_papers: int) -> Iterator[None]:
    """Around a big import: sorts too large for memory spill to temporary files, not to RAM.

    `temp_store` can only change outside a transaction, so this wraps the import's.
    """
    if conn.in_transaction or expected_papers < DEFER_INDEXES_FROM:
        yield
        return
    previous = int(conn.execute("PRAGMA temp_store").fetchone()[0])
    conn.execute("PRAGMA temp_store = FILE")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA temp_store = {previous}")
