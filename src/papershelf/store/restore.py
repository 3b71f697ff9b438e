"""Restoring a backup: the candidate is checked as a whole before anything is touched.

The candidate is copied (read-only, from any media, nothing left beside it) to a staging file
in the library's folder and checked there: this app's full schema at a version it knows,
`integrity_check`, `foreign_key_check`, both full-text indexes, cached entries that decode.
Only then is the current library saved aside (as a named copy) and replaced. None of this
needs the current library to open, so a damaged, truncated or foreign file can be rescued.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from papershelf.core.errors import (
    LibraryBusy,
    LibraryDamaged,
    LibraryError,
    NotALibrary,
    SchemaTooNew,
)
from papershelf.store import backup, health
from papershelf.store.connection import (
    BUSY_TIMEOUT_MS,
    migrate,
    missing_objects,
    schema_version,
)
from papershelf.store.schema import LATEST


def open_read_only(candidate: Path) -> sqlite3.Connection:
    """Open a file for reading without writing anything beside it (read-only media too)."""
    wal = candidate.with_name(candidate.name + "-wal")
    # `immutable` needs no -shm and takes no locks; a copy with its own -wal needs the log read.
    flags = "mode=ro" if wal.exists() and wal.stat().st_size else "immutable=1"
    uri = f"{candidate.resolve().as_uri()}?{flags}"
    return sqlite3.connect(uri, uri=True, isolation_level=None)


def refuse(candidate: Path, reason: str) -> LibraryError:
    return LibraryError(f"{candidate}: cannot be restored: {reason}; the library was not changed")


def stage(candidate: Path, folder: Path) -> Path:
    """A checked, migrated copy of the candidate in `folder`, ready to take the library's place."""
    if not candidate.is_file():
        raise LibraryError(f"{candidate}: no such backup file")
    staged = _temp(folder, backup.STAGING)
    try:
        _copy_candidate(candidate, staged)
        with sqlite3.connect(staged, isolation_level=None) as conn:
            _check(conn, candidate)
            conn.execute("PRAGMA foreign_keys = ON")  # migrations rely on cascades, as on open
            migrate(conn)  # an older backup comes up to this version's schema
            conn.execute("PRAGMA journal_mode = WAL")
        conn.close()
        backup.fsync_file(staged)
    except BaseException:
        _remove_with_journals(staged)
        raise
    return staged


def _temp(folder: Path, suffix: str) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{backup.PREFIX}", suffix=suffix, dir=folder)
    except OSError as error:
        raise health.from_os_error(error, folder) from None
    os.close(fd)
    return Path(name)


def _copy_candidate(candidate: Path, staged: Path) -> None:
    try:
        source = open_read_only(candidate)
        try:
            with sqlite3.connect(staged, isolation_level=None) as dest:
                source.backup(dest)
            dest.close()
        finally:
            source.close()
    except sqlite3.DatabaseError as error:
        found = health.classify(error, candidate)
        if isinstance(found, LibraryDamaged | NotALibrary):
            raise refuse(candidate, f"not a usable library ({error})") from None
        raise (found or error) from None


def _check(conn: sqlite3.Connection, candidate: Path) -> None:
    try:
        version = schema_version(conn)
        if version > LATEST:
            raise SchemaTooNew(
                f"{candidate}: made by a newer Papershelf (schema {version}, this one knows "
                f"{LATEST}); the library was not changed"
            )
        if version < 1:
            raise refuse(candidate, "not a Papershelf library")
        missing = missing_objects(conn, version)
        if missing:
            raise refuse(
                candidate,
                "not a whole Papershelf library (no " + ", ".join(sorted(missing)[:4]) + ")",
            )
        problems = health.deep_problems(conn)
    except sqlite3.DatabaseError as error:
        raise refuse(candidate, f"not a usable library ({error})") from None
    if problems:
        raise refuse(candidate, "it fails the checks: " + "; ".join(problems))


def _remove_with_journals(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def save_aside(library: Path) -> Path | None:
    """Keep the library as it is now under a named copy; any file at all, damaged ones too."""
    if not library.exists() or library.stat().st_size == 0:
        return None
    target = backup.stamped(library, "before-restore")
    try:
        source = sqlite3.connect(library, isolation_level=None)
        try:
            source.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if health.check_rows(source, "quick_check(1)") == ["ok"]:
                return backup.copy_to(source, target)  # consistent while others write
        finally:
            source.close()
    except sqlite3.DatabaseError as error:
        if isinstance(health.classify(error, library), LibraryBusy):
            raise health.busy(library) from None
    return _raw_copy(library, target)  # what SQLite cannot read is kept byte for byte


def _raw_copy(library: Path, target: Path) -> Path:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal"):
            source = library.with_name(library.name + suffix)
            if source.exists():
                partial = target.with_name(target.name + suffix + backup.PARTIAL)
                shutil.copyfile(source, partial)
                backup.fsync_file(partial)
                partial.replace(target.with_name(target.name + suffix))
        backup.fsync_dir(target.parent)
    except OSError as error:
        raise health.from_os_error(error, target) from None
    return target


def healthy(library: Path) -> bool:
    """Whether the current library is a sound Papershelf file others may have open."""
    if not library.is_file() or library.stat().st_size == 0:
        return False
    try:
        conn = sqlite3.connect(library, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            ok = health.check_rows(conn, "quick_check(1)") == ["ok"]
            return ok and 0 < schema_version(conn) <= LATEST
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def restore_file(
    library: Path, candidate: Path, *, live: sqlite3.Connection | None = None
) -> Path | None:
    """Replace the library with a checked backup; returns the copy of the library as it was.

    A sound library is overwritten page by page through SQLite (a window that has it open sees
    the change); anything else is replaced as a file, its -wal and -shm going with it.
    """
    staged = stage(candidate, library.parent)
    try:
        saved = save_aside(library)
        if healthy(library):
            _write_into(library, staged, live)
        else:
            _replace(library, staged)
    finally:
        _remove_with_journals(staged)
    return saved


def _write_into(library: Path, staged: Path, live: sqlite3.Connection | None) -> None:
    target = live or sqlite3.connect(library, isolation_level=None)
    try:
        target.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        with sqlite3.connect(staged, isolation_level=None) as source:
            source.backup(target)
        source.close()
        target.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError as error:
        raise (health.classify(error, library) or error) from None
    finally:
        if live is None:
            target.close()


def _replace(library: Path, staged: Path) -> None:
    try:
        for suffix in ("-wal", "-shm"):  # they belong to the file being replaced (saved aside)
            library.with_name(library.name + suffix).unlink(missing_ok=True)
        staged.replace(library)
        backup.fsync_dir(library.parent)
    except OSError as error:
        raise health.from_os_error(error, library) from None
