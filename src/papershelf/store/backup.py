"""Copies of the library through SQLite's backup API, checked before they are trusted."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from papershelf.core.errors import LibraryError

DEFAULT_KEEP = 10
PREFIX = "papershelf-"


def keep_count() -> int:
    """How many automatic backups to keep: $PAPERSHELF_BACKUPS_KEEP, else 10."""
    try:
        return max(1, int(os.environ.get("PAPERSHELF_BACKUPS_KEEP", DEFAULT_KEEP)))
    except ValueError:
        return DEFAULT_KEEP


def backup_dir(library: Path) -> Path:
    return library.parent / "backups"


def copy_to(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy even while others write (the backup API, not a file copy)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    with sqlite3.connect(partial) as dest:
        conn.backup(dest)
    dest.close()
    partial.replace(target)  # a crash mid-copy never leaves a file that looks like a backup
    return target


def stamped(library: Path, reason: str, *, now: datetime | None = None) -> Path:
    moment = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S-%f")
    return backup_dir(library) / f"{PREFIX}{moment}-{reason}.db"


def listing(library: Path) -> list[Path]:
    folder = backup_dir(library)
    return sorted(folder.glob(f"{PREFIX}*.db")) if folder.is_dir() else []


def prune(library: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups; returns what was removed."""
    removed = listing(library)[:-keep] if keep else listing(library)
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def due(library: Path, *, now: datetime | None = None) -> bool:
    """True when the newest backup is more than a day old (or there is none)."""
    backups = listing(library)
    if not backups:
        return True
    newest = datetime.fromtimestamp(backups[-1].stat().st_mtime, UTC)
    return (now or datetime.now(UTC)) - newest >= timedelta(days=1)


def verify(candidate: Path, *, latest: int) -> None:
    """Raise LibraryError unless `candidate` is an intact library this version can open."""
    if not candidate.is_file():
        raise LibraryError(f"{candidate}: no such backup file")
    try:
        conn = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
        try:
            check = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise LibraryError(f"{candidate}: not a usable library ({error})") from None
    if check != "ok":
        raise LibraryError(f"{candidate}: fails the integrity check ({check})")
    if "papers" not in tables or version < 1:
        raise LibraryError(f"{candidate}: not a Papershelf library")
    if version > latest:
        raise LibraryError(f"{candidate}: made by a newer Papershelf (schema {version})")


def restore_into(conn: sqlite3.Connection, candidate: Path) -> None:
    """Replace the open library's content with the candidate's, page by page."""
    with sqlite3.connect(f"file:{candidate}?mode=ro", uri=True) as source:
        source.backup(conn)
    source.close()
