"""Restore: a candidate is checked as a whole before anything is touched, and restore works
when the library itself cannot be opened (issue 14, items 1, 4, 6, 11)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from papershelf.cli import main
from papershelf.library import Library
from papershelf.store.schema import LATEST
from tests import disks
from tests.checks import counts, problems, snapshot
from tests.conftest import DATA


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def good_copy(seeded: Library, tmp_path: Path) -> Path:
    seeded.tag([1, 2], add=["keep"])
    seeded.create_queue("thesis")
    seeded.enqueue("thesis", [3, 4])
    seeded.export(seeded.query_ids(), "bibtex")  # fills the entry cache
    return seeded.backup(tmp_path / "good.db")


def edited(source: Path, folder: Path, *statements: str) -> Path:
    """A copy of a backup changed by raw SQL (as a broken disk or another program would)."""
    folder.mkdir(exist_ok=True)
    target = folder / source.name
    shutil.copy(source, target)
    with closing(sqlite3.connect(target, isolation_level=None)) as conn:
        for statement in statements:
            conn.execute(statement)
    return target


def refused(
    capsys: pytest.CaptureFixture[str], library: Path, candidate: Path, reason: str
) -> None:
    before = snapshot(library)
    code, _, err = run(capsys, library, "restore", str(candidate))
    assert code != 0 and reason in err, err
    assert "the library was not changed" in err or "newer Papershelf" in err
    assert snapshot(library) == before
    assert not list((library.parent / "backups").glob("*before-restore*"))


def test_a_junk_table_called_papers_is_refused(
    seeded: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "f.db"
    with closing(sqlite3.connect(junk)) as conn:
        conn.execute("CREATE TABLE papers (x)")
        conn.execute("PRAGMA user_version = 1")
    refused(capsys, seeded.path, junk, "not a whole Papershelf library")
    code, _, _ = run(capsys, seeded.path, "summary")  # every later command still works
    assert code == 0


def test_a_backup_without_queue_items_is_refused(
    seeded: Library, good_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = edited(good_copy, tmp_path / "noq", "DROP TABLE queue_items")
    refused(capsys, seeded.path, broken, "table queue_items")


def test_a_search_index_that_disagrees_with_its_papers_is_refused(
    seeded: Library, good_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with closing(sqlite3.connect(good_copy)) as conn:
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'papers'"
        ).fetchall()
    # Change titles behind the index's back, then put the triggers back as they were.
    broken = edited(
        good_copy,
        tmp_path / "fts",
        *(f"DROP TRIGGER {name}" for name, _ in triggers),
        "UPDATE papers SET title = 'zzz ' || title WHERE id <= 5",
        *(sql for _, sql in triggers),
    )
    with closing(sqlite3.connect(broken)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"  # SQLite sees none
    refused(capsys, seeded.path, broken, "full-text index papers_fts")


def test_random_bytes_in_a_cached_entry_are_refused_and_do_not_stop_exports(
    seeded: Library, good_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    garbage = os.urandom(64).hex()
    statement = (
        "UPDATE entry_cache SET text = CAST(substr(CAST(text AS BLOB), 1, 40) || "
        f"x'ff{garbage}' || substr(CAST(text AS BLOB), 41) AS TEXT) WHERE paper_id = 3"
    )
    broken = edited(good_copy, tmp_path / "entry", statement)
    with closing(sqlite3.connect(broken)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    refused(capsys, seeded.path, broken, "cached BibTeX entries are not valid text")
    # The same damage in a library in use: the entry is rendered again, exports go on.
    with Library(broken) as library:
        text = library.export([3, 4], "bibtex")
        assert text.count("@") == 2 and "\ufffd" not in text
        assert problems(broken) == []  # the bad row was replaced


def test_too_new_and_not_sqlite_are_refused(
    seeded: Library, good_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = edited(good_copy, tmp_path / "new", "PRAGMA user_version = 999")
    refused(capsys, seeded.path, newer, "made by a newer Papershelf (schema 999")
    text = tmp_path / "notes.txt"
    text.write_text("not a database " * 100)
    refused(capsys, seeded.path, text, "not a usable library")


@pytest.mark.parametrize(
    "damage",
    ["header", "truncated", "zero bytes", "random middle", "foreign"],
)
def test_restore_rescues_a_library_that_cannot_be_opened(
    seeded: Library,
    good_copy: Path,
    damage: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    library = seeded.path
    seeded.close()
    expected = counts(good_copy)
    with closing(sqlite3.connect(library)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")  # no free pages: the middle one holds data
    size = library.stat().st_size
    with library.open("r+b") as handle:
        if damage == "header":
            handle.write(b"garbage garbage garbage!")
        elif damage == "truncated":
            handle.truncate(size // 3)
        elif damage == "zero bytes":
            handle.truncate(0)
        elif damage == "random middle":
            handle.seek(size // 2)
            handle.write(os.urandom(4096))
    if damage == "foreign":
        library.unlink()
        with closing(sqlite3.connect(library)) as conn:
            conn.execute("CREATE TABLE moz_places (url TEXT)")
    damaged = library.read_bytes()
    assert run(capsys, library, "tag", "1", "--add", "x")[0] in (3, 8)  # refused, not written
    assert library.read_bytes() == damaged
    code, out, _ = run(capsys, library, "backups")
    assert code == 0
    code, out, err = run(capsys, library, "restore", str(good_copy))
    assert code == 0, err
    if damage == "zero bytes":
        assert "there was nothing to keep" in out
    else:
        (saved,) = (library.parent / "backups").glob("*before-restore.db")
        assert str(saved) in out  # the message names the copy of what was replaced
        assert saved.read_bytes() == damaged
    assert counts(library) == expected and problems(library) == []
    code, _, err = run(capsys, library, "tag", "1", "--add", "after")
    assert code == 0, err


def test_restore_keeps_an_open_window_coherent(seeded: Library, good_copy: Path) -> None:
    """A sound library is written through SQLite: a connection that has it open sees it."""
    seeded.trash([1, 2, 3])
    seeded.empty_trash()
    assert main(["--db", str(seeded.path), "restore", str(good_copy)]) == 0
    assert seeded.count() == 147 and seeded.paper(1)["tags"] == ["keep"]
    assert seeded.queue_ids("thesis") == [3, 4]
    assert seeded.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert problems(seeded.path) == []


def test_backups_are_checked_without_leaving_files_beside_them(
    seeded: Library, good_copy: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "media"
    folder.mkdir()
    candidate = shutil.copy(good_copy, folder / "b.db")
    seeded.restore_backup(candidate)
    assert sorted(p.name for p in folder.iterdir()) == ["b.db"]


def test_a_backup_on_read_only_media_is_restored(
    seeded: Library, good_copy: Path, tmp_path: Path
) -> None:
    media = tmp_path / "cdrom"
    with disks.small_disk(media, 4096):
        shutil.copy(good_copy, media / "b.db")
        disks.read_only(media)
        seeded.trash([5])
        saved = seeded.restore_backup(media / "b.db")
        assert saved is not None and saved.exists()
        assert seeded.count() == 147
        assert sorted(p.name for p in media.iterdir()) == ["b.db"]


def test_a_restore_that_runs_out_of_disk_leaves_the_library_and_no_files(
    good_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    disk = tmp_path / "disk"
    size_kb = good_copy.stat().st_size // 1024
    with disks.small_disk(disk, size_kb + size_kb // 2):
        library = disk / "library.db"
        shutil.copy(good_copy, library)
        before = snapshot(library)
        code, _, err = run(capsys, library, "restore", str(good_copy))
        assert code == 5 and "the disk is full" in err
        assert snapshot(library) == before
        assert sorted(p.name for p in disk.iterdir() if not p.is_dir()) == ["library.db"]
        assert not list((disk / "backups").glob("*")) if (disk / "backups").exists() else True


@pytest.mark.parametrize("version", [1, 2, 4])
def test_real_backups_of_every_earlier_schema_pass_the_checks(
    version: int, seeded: Library, tmp_path: Path
) -> None:
    """The whole-candidate check knows each old schema (files kept in tests/data)."""
    candidate = Path(shutil.copy(DATA / f"library-v{version}.db", tmp_path / "old.db"))
    seeded.restore_backup(candidate)
    assert problems(seeded.path) == []
    assert seeded.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
