"""What is wrong with a library file, in words the user can act on, and the checks that tell.

SQLite's result codes sort failures by what the user can do (as qutebrowser's `misc/sql.py`
does): another program is writing (wait), the disk is full (free space), the file or folder is
read-only (fix permissions), it is not a library (wrong file), or it is damaged (restore a
backup). Only real corruption sends the user to a backup: a lock called "damaged" once led a
user to overwrite good data with an older copy.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import suppress
from pathlib import Path

from papershelf.core.errors import (
    DiskFull,
    LibraryBusy,
    LibraryDamaged,
    LibraryError,
    NotALibrary,
    ReadOnlyLibrary,
)
from papershelf.store import fts

# Primary result codes (the low byte of an extended code), from sqlite3.h.
BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
# quick_check reads every page: 1.1 s for a 183 MiB library of 30k papers (warm cache, 2-core
# machine). Up to 128 MiB (~20k papers, <= 0.8 s) it runs on every open whose file changed;
# larger libraries are checked once a day, on the daily backup's copy, off the GUI thread.
QUICK_CHECK_MAX_BYTES = 128 * 2**20
NEARLY_FULL_BYTES = 4 * 2**20
RESTORE_HINT = "restore a backup (papershelf backups lists them, papershelf restore FILE)"

REMEMBERED_VERDICTS = 256
_verdicts: dict[tuple[object, ...], str | None] = {}  # file identity -> quick_check's problem


def damaged(path: Path | str, detail: str) -> LibraryDamaged:
    return LibraryDamaged(f"{path}: the library is damaged ({detail}) — {RESTORE_HINT}")


def busy(path: Path | str) -> LibraryBusy:
    return LibraryBusy(
        f"{path}: another program is writing to the library and held it longer than we "
        "waited; that change was not made — try again when it has finished"
    )


def disk_full(path: Path | str) -> DiskFull:
    return DiskFull(
        f"{path}: the disk is full; the change that needed the space was not made — "
        "free some space and try again"
    )


def read_only(path: Path | str, detail: str = "") -> ReadOnlyLibrary:
    why = detail or "the file, its folder or its disk is read-only"
    return ReadOnlyLibrary(f"{path}: the library cannot be written ({why}); nothing was changed")


def not_a_library(path: Path | str, detail: str) -> NotALibrary:
    return NotALibrary(f"{path}: not a Papershelf library ({detail}); it was left as it is")


def from_stored_data(error: ValueError, path: Path | str) -> LibraryDamaged:
    """A value we wrote as JSON no longer parses: the bytes on disk changed under us."""
    return damaged(path, f"a stored value is no longer readable ({error})")


def not_a_folder(folder: Path) -> LibraryError:
    return LibraryError(
        f"{folder}: a file is where the backups folder belongs; move it away so that "
        "backups can be kept"
    )


def classify(error: sqlite3.Error, path: Path | str) -> LibraryError | None:
    """The user-facing error for an SQLite failure, or None when it is a bug of ours."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error)
    if primary in (BUSY, LOCKED) or "database is locked" in text:
        return busy(path)
    if primary == FULL or "disk is full" in text:
        return disk_full(path)
    if primary == READONLY or "readonly database" in text:
        return read_only(path)
    if primary == CANTOPEN:
        return _cannot_open(Path(path), text)
    if primary == NOTADB or "file is not a database" in text:
        return not_a_library(path, "the file is not an SQLite database")
    if primary == CORRUPT or "malformed" in text or "unsupported file format" in text:
        return damaged(path, text)
    if text.startswith("Could not decode to UTF-8"):  # we only ever write UTF-8: bytes rotted
        column = text.split(" with text ")[0].removeprefix("Could not decode to UTF-8 ")
        return damaged(path, f"bytes in {column} are not text")
    if primary == IOERR and _nearly_full(Path(path)):
        return disk_full(path)  # a write that ran out of space, reported as an I/O error
    if primary == IOERR:
        return LibraryError(f"{path}: the disk could not read or write the library ({text})")
    return None


def _nearly_full(path: Path) -> bool:
    """Whether the library's filesystem has less room left than a few writes need."""
    try:
        stats = os.statvfs(path.parent)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < NEARLY_FULL_BYTES


def _cannot_open(path: Path, text: str) -> LibraryError:
    folder = path.parent
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return read_only(path, "SQLite needs to write beside the library, and cannot")
    return LibraryError(f"{path}: the library cannot be opened ({text})")


def from_os_error(error: OSError, path: Path | str) -> LibraryError:
    """The user-facing error for a failed file operation (backups, restores)."""
    where = error.filename or path
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return disk_full(where)
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return read_only(where, error.strerror or str(error))
    return LibraryError(f"{where}: {error.strerror or error}")


def identity(path: Path) -> tuple[object, ...]:
    """Changes whenever the library or its write-ahead log changes (or is replaced)."""
    parts: list[object] = [str(path)]
    for file in (path, path.with_name(path.name + "-wal")):
        try:
            stat = file.stat()
        except OSError:
            parts.append(None)
            continue
        parts.append((stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns))
    return tuple(parts)


def check_rows(conn: sqlite3.Connection, pragma: str) -> list[str]:
    """The rows of a `quick_check` or `integrity_check`. In a damaged file they quote names
    read from broken pages, which need not be UTF-8 (a damaged file in make torture raised
    UnicodeDecodeError here): the check must report, not fail."""
    factory = conn.text_factory
    conn.text_factory = bytes
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    finally:
        conn.text_factory = factory
    return [r[0].decode("utf-8", "replace") if isinstance(r[0], bytes) else str(r[0]) for r in rows]


def quick_problem(conn: sqlite3.Connection, path: Path) -> str | None:
    """What `PRAGMA quick_check` finds wrong, remembered while the file stays the same."""
    try:
        if path.stat().st_size > QUICK_CHECK_MAX_BYTES:
            return None
    except OSError:
        return None
    key = identity(path)
    if key in _verdicts:
        return _verdicts[key]
    try:
        rows = check_rows(conn, "quick_check(5)")
        problem = None if rows == ["ok"] else "; ".join(rows)
    except sqlite3.DatabaseError as error:
        found = classify(error, path)
        if found is not None and not isinstance(found, LibraryDamaged):
            raise  # busy, not SQLite at all, unreadable: not a verdict on a library's pages
        problem = str(error)
    if len(_verdicts) >= REMEMBERED_VERDICTS:  # every write makes a new identity
        _verdicts.clear()
    _verdicts[key] = problem
    return problem


def copy_problem(copy: Path) -> str | None:
    """quick_check of a freshly made backup: a damaged library must not rotate good copies out."""
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        rows = check_rows(conn, "quick_check(5)")
    except sqlite3.DatabaseError as error:
        return str(error)
    finally:
        conn.close()
    return None if rows == ["ok"] else "; ".join(rows)


def deep_problems(conn: sqlite3.Connection) -> list[str]:
    """Everything a restore candidate must pass beyond its schema: SQLite's integrity and
    foreign keys, both full-text indexes against their text, and cached entries that decode."""
    problems: list[str] = []
    rows = check_rows(conn, "integrity_check(5)")
    if rows != ["ok"]:
        problems.append("integrity check: " + "; ".join(rows))
    orphans = conn.execute("PRAGMA foreign_key_check").fetchmany(3)
    if orphans:
        problems.append(f"foreign key check: rows pointing nowhere in {orphans[0][0]}")
    for index in _fts_tables(conn):
        try:
            _check_index(conn, index)
        except sqlite3.DatabaseError as error:
            problems.append(f"full-text index {index}: {error}")
    if _has_column(conn, "papers", "authors_json"):
        broken = conn.execute(
            "SELECT count(*) FROM papers WHERE NOT json_valid(authors_json)"
        ).fetchone()[0]
        if broken:
            problems.append(f"{broken} papers' author lists are not valid JSON")
    bad = undecodable_entries(conn) if "entry_cache" in _tables(conn) else 0
    if bad:
        problems.append(f"{bad} cached BibTeX entries are not valid text")
    return problems


def _check_index(conn: sqlite3.Connection, index: str) -> None:
    """FTS5's own check of an index against its text; raises when they differ."""
    check = f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)"
    if index != "papers_fts" or "fts_pending" not in _tables(conn) or not fts.pending(conn):
        conn.execute(check)
        return
    # Papers a big import stored just before the copy was made may still wait for the index
    # (the window catches up in the background): FTS5 calls such an index malformed. They
    # are indexed in a transaction (a savepoint inside the caller's), the index checked, and
    # all of it rolled back, so the file is left as it was and a sound backup is not refused.
    outer = conn.in_transaction
    conn.execute("SAVEPOINT index_check" if outer else "BEGIN")
    try:
        fts.catch_up(conn)
    except sqlite3.OperationalError:
        # No room (a full disk) or no right to write the trial rows: the index's own
        # structure is still checked, its words against the text only once it has caught up.
        _roll_back(conn, outer)
        conn.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")
        return
    try:
        conn.execute(check)
    finally:
        _roll_back(conn, outer)


def _roll_back(conn: sqlite3.Connection, outer: bool) -> None:
    """Undo the trial catch-up (SQLite may have rolled back already, as on a full disk)."""
    if outer:
        with suppress(sqlite3.OperationalError):
            conn.execute("ROLLBACK TO index_check")
            conn.execute("RELEASE index_check")
    elif conn.in_transaction:
        conn.execute("ROLLBACK")


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return any(row[1] == column for row in conn.execute(f"PRAGMA table_info({table})"))


def _fts_tables(conn: sqlite3.Connection) -> list[str]:
    """Every full-text index (older schemas have fewer), whatever it is called."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' ORDER BY name"
        )
    ]


def undecodable_entries(conn: sqlite3.Connection) -> int:
    """Cached entries whose bytes are not UTF-8 (they pass integrity_check, fail every export)."""
    bad = 0
    cursor = conn.execute("SELECT CAST(text AS BLOB) FROM entry_cache")
    while chunk := cursor.fetchmany(1000):
        for (raw,) in chunk:
            try:
                raw.decode("utf-8")
            except (UnicodeDecodeError, AttributeError):
                bad += 1
    return bad
