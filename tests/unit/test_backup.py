"""Backups through SQLite's backup API; restore only after the copy proves itself."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from papershelf.cli import main
from papershelf.core.errors import LibraryError
from papershelf.library import Library
from papershelf.store import backup
from papershelf.store.search import Filter
from tests.conftest import DATA


def test_backup_and_restore_round_trip(seeded: Library, tmp_path: Path) -> None:
    seeded.tag([1, 2], add=["keep"])
    copy = seeded.backup(tmp_path / "copy.db")
    seeded.trash([1, 2, 3])
    seeded.empty_trash()
    assert seeded.count() == 144
    saved = seeded.restore_backup(copy)
    assert seeded.count() == 147
    assert seeded.paper(1)["tags"] == ["keep"]
    assert seeded.count(Filter(search="tag:keep")) == 2  # the search index came back too
    with Library(saved) as before:  # the library as it was before the restore was kept
        assert before.count() == 144


def test_restore_refuses_a_damaged_copy_and_changes_nothing(
    seeded: Library, tmp_path: Path
) -> None:
    broken = seeded.backup(tmp_path / "broken.db")
    with closing(sqlite3.connect(broken)) as raw:  # no free pages: the middle one holds data
        raw.execute("VACUUM")
    with broken.open("r+b") as handle:  # wreck a page in the middle, keep the header
        handle.seek(os.path.getsize(broken) // 2)
        handle.write(b"\xff" * 8192)
    dump = list(seeded.conn.iterdump())
    with pytest.raises(LibraryError, match=r"integrity|not a usable"):
        seeded.restore_backup(broken)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    (tmp_path / "notes.txt").write_text("not a database")
    with pytest.raises(LibraryError, match="not a usable library"):
        seeded.restore_backup(tmp_path / "notes.txt")
    assert list(seeded.conn.iterdump()) == dump
    assert seeded.backups() == []  # nothing was even saved aside


def test_restoring_an_old_schema_upgrades_it(seeded: Library) -> None:
    saved = seeded.restore_backup(DATA / "library-v1.db")
    assert saved.exists()
    assert seeded.paper(1)["notes"] == ["Read the **TokenCut** ablations."]
    assert seeded.conn.execute("PRAGMA user_version").fetchone()[0] >= 3


def test_migration_makes_a_backup_first(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(DATA / "library-v1.db", path)
    with Library(path) as library:
        (made,) = library.backups()
    assert "before-schema" in made.name
    with sqlite3.connect(made) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_daily_backup_at_most_once_a_day_and_pruned(seeded: Library) -> None:
    first = seeded.auto_backup(keep=3)
    assert first is not None
    assert seeded.auto_backup(keep=3) is None  # same day: nothing
    for n in range(5):  # pretend the newest backup is older than a day each time
        newest = seeded.backups()[-1]
        old = time.time() - 2 * 86400
        os.utime(newest, (old, old))
        seeded.auto_backup(keep=3)
        assert len(seeded.backups()) == min(n + 2, 3)
    assert first not in seeded.backups()


def test_cli_backup_restore(
    seeded_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "b.db"
    assert main(["--db", str(seeded_path), "backup", str(target)]) == 0
    assert main(["--db", str(seeded_path), "trash", "1"]) == 0
    assert main(["--db", str(seeded_path), "restore", str(target)]) == 0
    assert "restored" in capsys.readouterr().out
    assert main(["--db", str(seeded_path), "restore", str(tmp_path / "none.db")]) == 3
    with Library(seeded_path) as library:
        assert library.count() == 147


def _age(path: Path, days: float) -> None:
    old = time.time() - days * 86400
    os.utime(path, (old, old))


def test_each_kind_is_pruned_on_its_own(seeded: Library, tmp_path: Path) -> None:
    manual = [seeded.backup() for _ in range(3)]
    kept_aside = seeded.restore_backup(seeded.backup(tmp_path / "same.db"))
    assert kept_aside is not None
    for _ in range(5):
        seeded.auto_backup(keep=2)
        for path in seeded.backups():
            if backup.kind(path) == "daily":
                _age(path, 2)
    kinds = [backup.kind(path) for path in seeded.backups()]
    assert kinds.count("daily") == 2  # the daily schedule kept its newest two
    assert all(path in seeded.backups() for path in manual)  # daily ones never push these out
    assert kept_aside in seeded.backups()  # nor the copy made before a restore
    os.environ["PAPERSHELF_BACKUPS_KEEP"] = "2"
    try:
        seeded.backup()
    finally:
        os.environ.pop("PAPERSHELF_BACKUPS_KEEP")
    kinds = [backup.kind(path) for path in seeded.backups()]
    assert kinds.count("manual") == 2 and kinds.count("before-restore") == 1


def test_killed_backups_leave_nothing_for_long(seeded: Library) -> None:
    folder = backup.backup_dir(seeded.path)
    folder.mkdir()
    stale = folder / "papershelf-20260101-000000-000000-daily.db.partial"
    stale.write_bytes(b"half a copy")
    _age(stale, 1)
    fresh = folder / "papershelf-20261201-000000-000000-daily.db.partial"
    fresh.write_bytes(b"another process is writing this one")
    seeded.auto_backup()
    assert not stale.exists() and fresh.exists()


def test_a_failed_backup_removes_its_temporary_file(seeded: Library, tmp_path: Path) -> None:
    target = tmp_path / "out" / "copy.db"
    target.parent.mkdir()
    target.mkdir()  # the rename at the end fails: a folder has the backup's name
    with pytest.raises(LibraryError):
        seeded.backup(target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.db"]


def test_a_backups_path_that_is_a_file_is_a_message(
    seeded_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (seeded_path.parent / "backups").write_text("not a folder")
    assert main(["--db", str(seeded_path), "backups"]) == 3
    assert "a file is where the backups folder belongs" in capsys.readouterr().err
    assert main(["--db", str(seeded_path), "summary"]) == 0  # the daily backup only warns
    assert "the daily backup failed" in capsys.readouterr().err


def test_the_cli_makes_the_daily_backup_too(
    seeded_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(seeded_path), "tag", "1", "--add", "x"]) == 0
    assert main(["--db", str(seeded_path), "summary"]) == 0
    (made,) = backup.listing(seeded_path)
    assert backup.kind(made) == "daily"
    with Library(made) as copy:  # taken before the command changed anything
        assert copy.paper(1)["tags"] == []


def test_two_libraries_in_one_folder_list_and_prune_only_their_own_backups(tmp_path: Path) -> None:
    """Trial 14: `papershelf backups` for cli.db listed library.db's daily copy, which `restore`
    would have put in its place; pruning one library's copies counted the other's."""
    first, second = tmp_path / "library.db", tmp_path / "cli.db"
    folder = backup.backup_dir(first)
    folder.mkdir()
    older = folder / "papershelf-20250101-000000-000000-daily.db"  # named before owners
    older.write_bytes(b"")
    mine = [backup.stamped(first, "daily", now=datetime(2026, 1, d, tzinfo=UTC)) for d in (1, 2)]
    theirs = backup.stamped(second, "daily", now=datetime(2026, 1, 3, tzinfo=UTC))
    for path in (*mine, theirs):
        path.write_bytes(b"")
    assert backup.listing(first) == [older, *mine]
    assert backup.listing(second) == [older, theirs]
    assert backup.owner(theirs) == "cli.db" and backup.owner(older) is None
    backup.prune(second, 1, kinds=("daily",))
    assert all(path.exists() for path in mine) and theirs.exists() and not older.exists()
