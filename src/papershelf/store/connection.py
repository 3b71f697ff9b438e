"""Opening a library file: pragmas, version check, migrations, transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from papershelf.core.errors import LibraryError
from papershelf.store import backup
from papershelf.store.schema import LATEST, MIGRATIONS

AUTOCHECKPOINT_PAGES = 16384
BUSY_TIMEOUT_MS = 10_000


def connect(path: Path | str) -> Database:
    """Open (creating if needed) and migrate a library; refuse files we cannot trust."""
    target = Path(path)
    if target.is_dir():
        raise LibraryError(f"{target}: is a directory, not a library file")
    if str(path) != ":memory:":
        target.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise LibraryError(f"{path}: not a Papershelf library ({error})") from None
    if version > LATEST:
        conn.close()
        raise LibraryError(
            f"{path}: made by a newer Papershelf (schema {version}, this one knows {LATEST}); "
            "it was not changed"
        )
    if 0 < version < LATEST and str(path) != ":memory:":
        # Before a migration touches anything, keep a copy of the library as it was.
        backup.copy_to(conn, backup.stamped(target, f"before-schema-{LATEST}"))
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(
            "PRAGMA synchronous = NORMAL"
        )  # WAL keeps commits atomic; only the last may roll back on power loss
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: big imports and sorts stay in memory
        conn.execute("PRAGMA temp_store = MEMORY")
        # No memory map: every page it touched (and the kernel's read-around) counted in the
        # window's RSS, ~350 MB at 100k papers, and searches ran no faster than from the cache.
        conn.execute("PRAGMA mmap_size = 0")
        # Copying the WAL back into the file costs ~0.3 s after a 10k-paper change; the app
        # does it off the GUI thread (`checkpoint`), so a commit only does it past 64 MiB.
        conn.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")
        migrate(conn)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise LibraryError(f"{path}: cannot be opened as a library ({error})") from None
    return Database(conn)


def checkpoint(path: Path | str) -> tuple[int, int]:
    """Copy committed pages from the WAL into the library file without blocking anyone.

    Runs on its own connection, so a worker thread can do it while the window keeps working.
    Returns (frames in the WAL, frames copied).
    """
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _, frames, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    finally:
        conn.close()
    return int(frames), int(copied)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, *, target: int = LATEST) -> None:
    """Run each missing step and its version bump in one exclusive transaction."""
    current = schema_version(conn)
    if current >= target:
        return
    conn.execute("BEGIN EXCLUSIVE")
    try:
        current = schema_version(conn)  # another process may have migrated meanwhile
        for version in range(current + 1, target + 1):
            step = MIGRATIONS[version - 1]
            if callable(step):
                step(conn)
            else:
                for statement in split_sql(step):
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def split_sql(script: str) -> list[str]:
    """Statements of a script; unlike executescript this keeps the open transaction."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


@contextmanager
def transaction(db: Database) -> Iterator[sqlite3.Connection]:
    """One write transaction; nested uses join the outer one."""
    conn = db.conn
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
