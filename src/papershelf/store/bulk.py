"""Big imports: work done once over the filled table instead of row by row.

A big import into a smaller library drops the table view's sort indexes and builds them again
at the end; any import of many papers marks its new papers for the duplicate finder in one
statement at the end instead of through the per-row trigger (~20 µs a row). The key indexes
stay: every batch asks them for its candidates.

On an error the import's transaction is rolled back, which brings every dropped index and
trigger back as it was: nothing here needs a `finally`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

# A first import of many papers builds the sort indexes once at the end: SQLite sorts 100k
# keys in ~3 s, while keeping seven indexes in step row by row cost ~7 s more at 100k.
DEFER_INDEXES_FROM = 20_000  # papers expected in the file
INDEX_BUILD_CACHE_KIB = -16384  # page cache (and so sorter memory) while the indexes are built
MARKS_AFTER_FROM = 1000  # papers expected in the file
_SORT_INDEXES = (
    "SELECT name, sql FROM sqlite_master "
    "WHERE type = 'index' AND tbl_name = 'papers' AND name LIKE 'papers_live_%'"
)
_STALE_TRIGGER = (
    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'dup_stale_insert'"
)


@contextmanager
def built_after(conn: sqlite3.Connection, expected_papers: int) -> Iterator[None]:
    """Around a big import's writes (inside its transaction)."""
    with (
        sort_indexes_built_after(conn, expected_papers),
        duplicate_marks_after(conn, expected_papers),
    ):
        yield


@contextmanager
def duplicate_marks_after(conn: sqlite3.Connection, expected_papers: int) -> Iterator[None]:
    """New papers marked stale for the duplicate finder together, after they are in."""
    trigger = conn.execute(_STALE_TRIGGER).fetchone()
    if expected_papers < MARKS_AFTER_FROM or trigger is None:
        yield
        return
    first_new = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM papers").fetchone()[0]
    conn.execute("DROP TRIGGER dup_stale_insert")
    yield
    conn.execute(
        "INSERT OR IGNORE INTO dup_stale (paper_id) SELECT id FROM papers WHERE id >= ?",
        (first_new,),
    )
    conn.execute(trigger[0])


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
