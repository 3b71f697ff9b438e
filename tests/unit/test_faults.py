"""Faults the user can act on get their own words and exit code, and nothing is half-written:
a lock held by another program, a full disk, read-only files, folders and disks, damaged,
zero-byte, foreign and too-new files (issue 13 "Errors the user can act on", issue 14)."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from papershelf.cli import main
from papershelf.core.errors import DiskFull, LibraryDamaged
from papershelf.library import Library
from papershelf.store import connection, health
from tests import disks
from tests.checks import counts, damage, damage_a_page, problems, snapshot
from tests.conftest import seed


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def vacuumed(path: Path) -> Path:
    """No free pages and no log: any page in the middle holds data."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
    return path


def test_help_documents_every_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    for code, words in (
        (3, "damaged"),
        (4, "busy"),
        (5, "disk is full"),
        (6, "read-only"),
        (7, "newer Papershelf"),
        (8, "not a Papershelf library"),
    ):
        assert f"  {code}  " in text and words in text


def test_a_lock_held_by_another_program_is_busy_not_damaged(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 300)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
            "c.execute('BEGIN IMMEDIATE'); print('held', flush=True); sys.stdin.read()",
            str(seeded_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        before = counts(seeded_path)
        code, _, err = run(capsys, seeded_path, "tag", "1", "--add", "x")
        assert code == 4 and "another program is writing" in err
        assert "is damaged" not in err and "restore a backup" not in err
        code, out, _ = run(capsys, seeded_path, "summary")  # reading is not blocked
        assert code == 0 and "147 papers" in out
    finally:
        holder.communicate("")
    assert counts(seeded_path) == before
    assert run(capsys, seeded_path, "tag", "1", "--add", "x")[0] == 0


def test_sqlites_page_limit_as_a_full_disk(seeded: Library, tmp_path: Path) -> None:
    from benchmarks.generate import write_arxiv_listing

    listing = write_arxiv_listing(tmp_path / "more.txt", 300, seed=5)
    before = counts(seeded.path)
    pages = seeded.conn.execute("PRAGMA page_count").fetchone()[0]
    seeded.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(sqlite3.DatabaseError) as caught:
        seeded.import_path(listing)
    assert isinstance(health.classify(caught.value, seeded.path), DiskFull)
    assert counts(seeded.path) == before and problems(seeded.path) == []


def test_a_full_disk_is_said_and_rolls_back(
    seeded_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    disk = tmp_path / "disk"
    size_kb = seeded_path.stat().st_size // 1024 + 200
    with disks.small_disk(disk, size_kb):
        library = disk / "library.db"
        library.write_bytes(seeded_path.read_bytes())
        os.environ["PAPERSHELF_BACKUPS_KEEP"] = "1"
        big = tmp_path / "big.txt"
        from benchmarks.generate import write_arxiv_listing

        write_arxiv_listing(big, 600, seed=3)
        before = counts(library)
        code, _, err = run(capsys, library, "import", str(big))
        os.environ.pop("PAPERSHELF_BACKUPS_KEEP")
        assert code == 5 and "the disk is full" in err and "is damaged" not in err
        assert counts(library) == before and problems(library) == []
        assert not [p for p in (disk / "backups").iterdir() if p.name.endswith(".partial")]


def test_a_read_only_disk_is_said(
    seeded_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    disk = tmp_path / "disk"
    with disks.small_disk(disk, 8192):
        library = disk / "library.db"
        library.write_bytes(vacuumed(seeded_path).read_bytes())
        disks.read_only(disk)
        before = snapshot(library)
        for argv in (("tag", "1", "--add", "x"), ("summary",)):
            code, _, err = run(capsys, library, *argv)
            assert code == 6 and "cannot be written" in err and "is damaged" not in err
        assert snapshot(library) == before
        code, _, err = run(capsys, disk / "new.db", "summary")  # a look creates none anyway
        assert code == 3 and "no library at" in err and not (disk / "new.db").exists()
        code, _, err = run(capsys, disk / "new.db", "tag", "1", "--add", "x")  # no new library
        assert code == 6 and not (disk / "new.db").exists()


def test_a_read_only_file_is_said(
    seeded: Library, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's own read-only open stands in for a file without write permission (root
    writes any file, so the test suite cannot chmod its way there)."""
    readonly = sqlite3.connect(
        f"file:{seeded.path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
    )
    seeded.conn.close()
    seeded.db.conn = seeded.conn = readonly
    with pytest.raises(sqlite3.DatabaseError) as caught:
        seeded.tag([1], add=["x"])
    found = health.classify(caught.value, seeded.path)
    assert found is not None and found.exit_code == 6


def test_a_damaged_library_is_read_but_never_written(
    seeded_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = seeded_path
    damage_a_page(library)
    (tmp_path / "in.txt").write_text(seed("003").read_text())
    before = snapshot(library)
    for argv in (
        ("tag", "1", "--add", "x"),
        ("import", str(tmp_path / "in.txt")),
        ("rate", "1", "4"),
    ):
        code, _, err = run(capsys, library, *argv)
        assert code == 3 and "is damaged" in err and "restore a backup (papershelf backups" in err
    code, _, err = run(capsys, library, "summary")
    assert code == 0 and "warning" in err and "reading only" in err
    assert snapshot(library) == before
    assert not (library.parent / "backups").exists()  # a damaged file never pushes out backups


@pytest.mark.parametrize(
    ("make", "code", "words"),
    [
        (lambda p: p.write_bytes(b""), 8, "an empty file of 0 bytes"),
        (lambda p: p.write_text("just some notes\n" * 300), 8, "not an SQLite database"),
        (
            lambda p: (
                sqlite3.connect(p).execute("CREATE TABLE moz_places (url)").connection.commit()
            ),
            8,
            "another program",
        ),
    ],
    ids=["zero-byte", "text", "foreign-sqlite"],
)
def test_files_that_are_not_libraries_are_refused_untouched(
    make, code: int, words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "lib.db"
    make(path)
    before = path.read_bytes()
    got, _, err = run(capsys, path, "import", str(seed("003")))
    assert got == code and words in err and "restore a backup" not in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib.db"]


def test_a_newer_library_is_refused_untouched(
    seeded_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with closing(sqlite3.connect(vacuumed(seeded_path))) as conn:
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
    before = snapshot(seeded_path)
    code, _, err = run(capsys, seeded_path, "summary")
    assert code == 7 and "newer Papershelf (schema 99" in err and "restore a backup" not in err
    assert snapshot(seeded_path) == before


def test_a_new_library_appears_whole(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    with Library(path) as library:
        assert library.count() == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh.db"]
    assert problems(path) == []


def test_a_bad_input_file_is_never_called_a_damaged_library(
    seeded: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "x", "type": "article", "title": "cut off here')
    code, _, err = run(capsys, seeded.path, "import", "--format", "csl-json", str(bad))
    assert code == 1 and str(bad) in err and "is damaged" not in err


def test_random_damage_is_refused_or_harmless_and_restore_rescues_it(
    seeded_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A short run of the torture suite's damaged-file family (make torture runs 150)."""
    good = tmp_path / "good.db"
    good.write_bytes(vacuumed(seeded_path).read_bytes())
    rng = random.Random(3)
    for number in range(12):
        library = tmp_path / f"d{number}" / "library.db"
        library.parent.mkdir()
        library.write_bytes(good.read_bytes())
        kind = damage(library, rng)
        for argv in (("summary",), ("export", "-f", "bibtex")):
            code, _, err = run(capsys, library, *argv)
            assert code in (0, 3, 7, 8) and "Traceback" not in err, (kind, err)
        before = snapshot(library)
        code, _, err = run(capsys, library, "tag", "1", "--add", "x")
        assert code in (0, 3, 7, 8), (kind, err)
        if code:
            assert snapshot(library) == before
        assert run(capsys, library, "restore", str(good))[0] == 0
        assert counts(library) == counts(good) and problems(library) == []


def test_a_library_too_large_to_check_on_open_is_checked_by_the_daily_backup(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library_path = vacuumed(seeded_path)
    with library_path.open("r+b") as handle:
        handle.seek(library_path.stat().st_size // 2)
        handle.write(os.urandom(4096))
    monkeypatch.setattr(health, "QUICK_CHECK_MAX_BYTES", 0)  # as if it were a huge library
    with Library(library_path) as library:
        assert library.damaged is None  # not checked on opening
        with pytest.raises(LibraryDamaged, match="restore a backup"):
            library.auto_backup()
        assert library.backups() == []  # the damaged copy did not push out good ones
        with pytest.raises(LibraryDamaged):
            library.tag([1], add=["x"])


@pytest.mark.parametrize("protect", ["file", "folder"])
def test_a_write_protected_file_or_folder_is_said(
    protect: str, seeded_path: Path, tmp_path: Path
) -> None:
    """`chattr +i` stops even root (the suite runs as root in CI, where chmod stops nobody)."""
    folder = tmp_path / "protected"
    folder.mkdir()
    library = folder / "library.db"
    library.write_bytes(vacuumed(seeded_path).read_bytes())
    target = library if protect == "file" else folder
    if subprocess.run(["chattr", "+i", str(target)], capture_output=True).returncode:
        pytest.skip("chattr +i is not available on this filesystem")
    try:
        before = snapshot(library)
        done = subprocess.run(
            [sys.executable, "-m", "papershelf", "--db", str(library), "tag", "1", "--add", "x"],
            capture_output=True,
            text=True,
        )
    finally:
        subprocess.run(["chattr", "-i", str(target)], check=True)
    assert done.returncode == 6 and "cannot be written" in done.stderr
    assert "is damaged" not in done.stderr
    assert snapshot(library) == before
