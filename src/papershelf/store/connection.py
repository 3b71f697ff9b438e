"""Opening a library file: pragmas, version check, migrations, transactions."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from sqlite_utils import Database

from papershelf.core.errors import LibraryError, SchemaTooNew
from papershelf.store import backup, health
from papershelf.store.schema import LATEST, MIGRATIONS

AUTOCHECKPOINT_PAGES = 16384
BUSY_TIMEOUT_MS = 10_000
PLAUSIBLE_NEWER_VERSIONS = 1000  # a schema step per release: more is a damaged header


class LibraryConnection(sqlite3.Connection):
    """A connection that remembers what the open-time check found wrong with its file."""

    damaged: str | None = None
    path: Path | None = None


def connect(path: Path | str) -> Database:
    """Open (creating if needed) and migrate a library; refuse files we cannot trust.

    A damaged library still opens for reading (what can be read, can be rescued), but every
    write is refused (`transaction`); a zero-byte or foreign file is never initialised.
    """
    if str(path) == ":memory:":
        conn = _open(":memory:")
        _configure(conn, Path(path))
        migrate(conn)
        return Database(conn)
    target = Path(path)
    if target.is_dir():
        raise LibraryError(f"{target}: is a directory, not a library file")
    if not target.exists():
        _create(target)
    elif target.stat().st_size == 0:
        raise health.not_a_library(target, "an empty file of 0 bytes")
    try:
        conn = _open(target)
    except sqlite3.DatabaseError as error:  # the file cannot even be opened: nothing to close
        raise _explain(error, target) from None
    try:
        _check_opened(conn, target)
        _configure(conn, target)
        if conn.damaged is None:
            migrate(conn)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise _explain(error, target) from None
    except LibraryError:
        conn.close()
        raise
    return Database(conn)


def _open(path: Path | str) -> LibraryConnection:
    conn = sqlite3.connect(
        str(path), isolation_level=None, check_same_thread=False, factory=LibraryConnection
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _explain(error: sqlite3.DatabaseError, path: Path) -> LibraryError:
    return health.classify(error, path) or LibraryError(
        f"{path}: cannot be opened as a library ({error})"
    )


def _create(target: Path) -> None:
    """A new library appears whole: built under a temporary name, then linked into place."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".new", dir=target.parent)
        os.close(fd)
    except OSError as error:
        raise health.from_os_error(error, target) from None
    fresh = Path(name)
    try:
        conn = _open(fresh)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            migrate(conn)
        finally:
            conn.close()
        backup.fsync_file(fresh)
        os.link(fresh, target)  # unlike rename, never replaces a library another process made
        backup.fsync_dir(target.parent)
    except FileExistsError:
        pass
    except OSError as error:
        raise health.from_os_error(error, target) from None
    except sqlite3.DatabaseError as error:
        raise _explain(error, target) from None
    finally:
        for leftover in (fresh, *(fresh.with_name(fresh.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)


def _check_opened(conn: LibraryConnection, path: Path) -> None:
    """Refuse a newer or foreign file; remember (and keep from writes) a damaged one."""
    conn.path = path
    version = schema_version(conn)
    if not 0 <= version <= LATEST + PLAUSIBLE_NEWER_VERSIONS:  # random bytes in the header
        raise health.damaged(path, f"its header holds an impossible schema version {version}")
    if version > LATEST:
        raise SchemaTooNew(
            f"{path}: made by a newer Papershelf (schema {version}, this one knows {LATEST}); "
            "it was not changed — use that version, or a newer one"
        )
    problem = health.quick_problem(conn, path)
    if problem is not None:
        conn.damaged = problem
        if version < LATEST:  # our queries need the latest schema, and migrating writes
            raise health.damaged(path, problem)
        return
    if version == 0:
        if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise health.not_a_library(path, "an SQLite database of another program")
        return
    missing = missing_objects(conn, version)
    if missing:
        raise health.not_a_library(path, "no " + ", ".join(sorted(missing)[:4]))
    if version < LATEST:
        # Before a migration touches anything, keep a copy of the library as it was.
        backup.copy_to(conn, backup.stamped(path, f"before-schema-{LATEST}"))


def _configure(conn: sqlite3.Connection, path: Path) -> None:
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


@cache
def expected_objects(version: int) -> frozenset[str]:
    """The tables, indexes and triggers a library of this schema version has."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, target=version)
        return frozenset(_objects(conn))
    finally:
        conn.close()


def missing_objects(conn: sqlite3.Connection, version: int) -> set[str]:
    return set(expected_objects(version)) - _objects(conn)


def _objects(conn: sqlite3.Connection) -> set[str]:
    return {
        f"{kind} {name}"
        for kind, name in conn.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        )
    }


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
        rollback(conn)
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
    refuse_if_damaged(conn)
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)
        raise


@contextmanager
def read_snapshot(db: Database) -> Iterator[sqlite3.Connection]:
    """One read transaction: every read sees the library as of its first read, and (WAL)
    nobody's writes wait for it. Inside a transaction already, joins it."""
    conn = db.conn
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN DEFERRED")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts
        yield conn
    finally:
        rollback(conn)  # nothing was written: ending it is all


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back the open transaction; SQLite has already done so after some errors (a full
    disk), and a second ROLLBACK would hide the error that matters behind its own."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def refuse_if_damaged(conn: sqlite3.Connection) -> None:
    problem = getattr(conn, "damaged", None)
    if problem is not None:
        raise health.damaged(getattr(conn, "path", None) or "the library", problem)
