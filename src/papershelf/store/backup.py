"""Copies of the library through SQLite's backup API, each kind kept on its own schedule.

Names are `papershelf-<library's file name>~<UTC stamp>-<kind>.db`: libraries kept in one folder
share its `backups` folder, and each lists, prunes and restores only its own copies (and those
made before names carried their library's, `papershelf-<UTC stamp>-<kind>.db`, whose library
nobody can tell). Daily and manual copies are pruned separately (the newest N of each); copies
made before a restore or a schema upgrade are the library as it was before something replaced
it, so they stay until the user removes them.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from papershelf.store import health

DEFAULT_KEEP = 10
PREFIX = "papershelf-"
PARTIAL = ".partial"
STAGING = ".restore"
SIDE_FILES = ("-journal", "-wal", "-shm")  # what SQLite keeps beside a file it writes
PRUNED_KINDS = ("daily", "manual")
# A copy still being written (another process's backup) is never older than this.
STALE_PARTIAL_SECONDS = 3600
OWNER_MARK = "~"
_KIND = re.compile(
    rf"^{PREFIX}(?:(?P<owner>[^{OWNER_MARK}/]+){OWNER_MARK})?\d{{8}}-\d{{6}}-\d{{6}}-"
    r"(?P<kind>[a-z]+(?:-[a-z]+)*)"
)


def keep_count() -> int:
    """How many daily (and, separately, manual) backups to keep: $PAPERSHELF_BACKUPS_KEEP."""
    try:
        return max(1, int(os.environ.get("PAPERSHELF_BACKUPS_KEEP", DEFAULT_KEEP)))
    except ValueError:
        return DEFAULT_KEEP


def backup_dir(library: Path) -> Path:
    return library.parent / "backups"


def kind(path: Path) -> str:
    """daily, manual, before-restore, before-schema (or `other` for a renamed file)."""
    found = _KIND.match(path.name)
    if not found:
        return "other"
    name = found["kind"]
    return "before-schema" if name.startswith("before-schema") else name


def copy_to(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy even while others write (the backup API, not a file copy).

    Written under a temporary name that is removed on failure (and swept on a later start if
    the process was killed), flushed to disk, then renamed: a file with a backup's name is
    always a whole backup.
    """
    return write_whole(target, lambda dest: conn.backup(dest))


def write_whole(target: Path, fill: Callable[[sqlite3.Connection], None]) -> Path:
    """Create `target` as an SQLite file that `fill` writes, atomically."""
    partial = target.with_name(target.name + PARTIAL)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        dest = sqlite3.connect(partial, isolation_level=None)
        try:
            fill(dest)
            # A plain rollback-journal file: it can be checked on read-only media without
            # leaving -wal/-shm files beside it.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        fsync_file(partial)
        partial.replace(target)
        fsync_dir(target.parent)
    except OSError as error:
        _discard(partial)
        raise health.from_os_error(error, target) from None
    except sqlite3.DatabaseError as error:
        _discard(partial)
        raise (health.classify(error, target) or error) from None
    except BaseException:
        _discard(partial)
        raise
    return target


def _discard(partial: Path) -> None:
    for path in [partial, *(partial.with_name(partial.name + s) for s in SIDE_FILES)]:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename in this folder durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def sweep_partials(library: Path, *, older_than: float = STALE_PARTIAL_SECONDS) -> list[Path]:
    """Remove what killed backups, restores and creations left behind (never a file another
    process is still writing: those are younger than an hour)."""
    folder = backup_dir(library)
    cutoff = time.time() - older_than
    removed = []
    leftovers = [
        *(folder.glob(f"{PREFIX}*.db{PARTIAL}*") if folder.is_dir() else []),
        # a killed restore's staging copy, a killed creation's new file (beside the library)
        *library.parent.glob(f".{PREFIX}*{STAGING}*"),
        *library.parent.glob(f".{library.name}.*.new*"),
    ]
    for path in leftovers:
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


def stamped(library: Path, reason: str, *, now: datetime | None = None) -> Path:
    moment = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S-%f")
    return backup_dir(library) / f"{PREFIX}{_owner_tag(library)}{OWNER_MARK}{moment}-{reason}.db"


def _owner_tag(library: Path) -> str:
    return library.name.replace(OWNER_MARK, "_")


def owner(path: Path) -> str | None:
    """The file name of the library a backup is of; None for a copy named before names said."""
    found = _KIND.match(path.name)
    return found["owner"] if found else None


def listing(library: Path) -> list[Path]:
    """The library's backups (and the unowned older ones), oldest first. A `backups` path that
    is not a folder is an error."""
    folder = backup_dir(library)
    if folder.exists() and not folder.is_dir():
        raise health.not_a_folder(folder)
    if not folder.is_dir():
        return []
    mine = _owner_tag(library)
    found = [path for path in folder.glob(f"{PREFIX}*.db") if owner(path) in (None, mine)]
    return sorted(found, key=_stamp)


_STAMPED = len("20261203-010000-000000-")


def _stamp(path: Path) -> str:
    """Sorts by time whatever library name comes before the stamp (then by name)."""
    found = _KIND.match(path.name)
    return path.name[found.start("kind") - _STAMPED :] if found else path.name


def prune(library: Path, keep: int, *, kinds: tuple[str, ...] = PRUNED_KINDS) -> list[Path]:
    """Keep the newest `keep` backups of each of these kinds; returns what was removed."""
    removed: list[Path] = []
    every = listing(library)
    for name in kinds:
        same = [path for path in every if kind(path) == name]
        removed += same[:-keep] if keep else same
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def due(library: Path, *, now: datetime | None = None) -> bool:
    """True when the newest daily backup is more than a day old (or there is none)."""
    daily = [path for path in listing(library) if kind(path) == "daily"]
    if not daily:
        return True
    newest = datetime.fromtimestamp(daily[-1].stat().st_mtime, UTC)
    return (now or datetime.now(UTC)) - newest >= timedelta(days=1)
