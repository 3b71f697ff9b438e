"""Every file write is all or nothing, never onto the library, and the CLI fails in one line.

Full disks and read-only folders are real: a small tmpfs mounted for the test (root only).
"""

from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from papershelf.cli import main
from papershelf.core.errors import WriteFailed
from papershelf.files import write_atomic, write_bytes_atomic
from papershelf.library import Library
from papershelf.store.search import Filter

ROOT = Path(__file__).resolve().parents[2]
OLD = "@misc{old,\n  title = {The good file that was here},\n}\n"


def _mount(folder: Path, options: str) -> None:
    run = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({run.stderr.strip()})")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 256 KiB file system holding a good .bib, filled to the last byte."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    folder = tmp_path / "disk"
    folder.mkdir()
    _mount(folder, "size=256k")
    try:
        (folder / "refs.bib").write_bytes(OLD.encode())
        _fill(folder / "filler")
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def _fill(path: Path) -> None:
    with path.open("wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 4096)
        except OSError as error:
            assert error.errno == errno.ENOSPC


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    # chmod does not stop root; a read-only mount does.
    if os.geteuid() != 0:
        pytest.skip("mounting a read-only tmpfs needs root")
    folder = tmp_path / "ro"
    folder.mkdir()
    _mount(folder, "size=1m")
    try:
        (folder / "refs.bib").write_bytes(OLD.encode())
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def _everything(seeded: Library) -> list[int]:
    return seeded.query_ids(Filter())


def test_full_disk_leaves_the_old_file_byte_identical(seeded: Library, small_disk: Path) -> None:
    target = small_disk / "refs.bib"
    with pytest.raises(WriteFailed, match="No space left on device"):
        seeded.export_to_file(_everything(seeded), "bibtex", target)
    assert target.read_bytes() == OLD.encode()
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "refs.bib"]  # no temp file


def test_full_disk_through_the_cli_is_one_error_line(
    seeded_path: Path, small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = small_disk / "refs.bib"
    assert main(["--db", str(seeded_path), "export", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("papershelf: error: "), err
    assert target.read_bytes() == OLD.encode()


def test_read_only_folder_leaves_the_old_file(seeded: Library, read_only_folder: Path) -> None:
    target = read_only_folder / "refs.bib"
    with pytest.raises(WriteFailed, match="Read-only file system"):
        seeded.export_to_file(_everything(seeded), "biblatex", target)
    assert target.read_bytes() == OLD.encode()


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_the_open_library_is_never_overwritten(seeded_path: Path, suffix: str) -> None:
    count = Library(seeded_path).count()
    folder = seeded_path.parent
    (folder / "sub").mkdir()
    (folder / "alias.bib").symlink_to(seeded_path.name + suffix)
    names = [
        str(seeded_path) + suffix,  # absolute
        f"sub/../{seeded_path.name}{suffix}",  # relative, through another folder
        "alias.bib",  # a symlink
    ]
    with Library(seeded_path) as library:
        for name in names:
            with pytest.raises(WriteFailed, match="is the open library"):
                library.export_to_file([1], "bibtex", folder / name)
        if suffix == "":
            os.link(seeded_path, folder / "hard.bib")
            with pytest.raises(WriteFailed, match="is the open library"):
                library.export_to_file([1], "bibtex", folder / "hard.bib")
    with Library(seeded_path) as library:
        assert library.count() == count


def test_cli_refuses_the_library_with_exit_1(
    seeded_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(seeded_path.parent)
    assert main(["--db", str(seeded_path), "export", "-o", seeded_path.name]) == 1
    assert "is the open library" in capsys.readouterr().err
    with Library(seeded_path) as library:
        assert library.count() == 147


def test_a_write_keeps_permissions_and_symlinks(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "refs.bib"
    real.parent.mkdir()
    real.write_text(OLD)
    real.chmod(0o640)
    link = tmp_path / "refs.bib"
    link.symlink_to(real)
    write_atomic(link, "new\n")
    assert link.is_symlink() and real.read_text() == "new\n"
    assert real.stat().st_mode & 0o777 == 0o640
    assert os.listdir(real.parent) == ["refs.bib"]


def _cli(*args: str, stdout: int | object) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "papershelf", *args],
        stdout=stdout,  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
    )


def test_closed_stdout_is_one_error_line_and_exit_1(seeded_path: Path) -> None:
    """`papershelf export | head -c 10`: the reader goes away mid-export."""
    with _cli("--db", str(seeded_path), "export", stdout=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.read(10) == b"@misc{AdaN"
        process.stdout.close()
        err = process.stderr.read().decode()
        assert process.wait() == 1
    assert err.count("\n") == 1 and err.startswith("papershelf: error: standard output"), err


def test_full_stdout_is_one_error_line_and_exit_1(seeded_path: Path) -> None:
    with (
        open("/dev/full", "wb") as full,
        _cli("--db", str(seeded_path), "export", "-f", "csl-json", stdout=full) as process,
    ):
        assert process.stderr is not None
        err = process.stderr.read().decode()
        assert process.wait() == 1
    assert err.count("\n") == 1 and "No space left on device" in err, err


# Files that replace what was there; appending to a log (soak's app-stderr.log) is not one.
WRITES = re.compile(r"\.write_text\(|\.write_bytes\(|open\([^)]*[\"'][wx]b?\+?[\"']")


def test_every_file_write_goes_through_the_atomic_helper() -> None:
    """The code base writes files only through papershelf.files (tests may set up fixtures)."""
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("src", "benchmarks", "scripts")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path.name != "files.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if WRITES.search(line)
    ]
    assert offenders == []


def test_a_backup_onto_the_library_is_refused(seeded: Library) -> None:
    with pytest.raises(WriteFailed, match="is the open library"):
        seeded.backup(seeded.path)
    assert seeded.count() == 147


def test_stdout_closed_from_the_start_is_one_error_line(seeded_path: Path) -> None:
    """`papershelf export >&-`: Python starts with no sys.stdout at all."""
    command = [sys.executable, "-m", "papershelf", "--db", str(seeded_path), "export"]
    run = subprocess.run(
        ["sh", "-c", 'exec "$@" >&-', "sh", *command],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1 and run.stderr.startswith("papershelf: error: "), run.stderr


def test_bytes_go_through_the_same_path(tmp_path: Path, read_only_folder: Path) -> None:
    write_bytes_atomic(tmp_path / "shot.png", b"\x89PNG\r\n")
    assert (tmp_path / "shot.png").read_bytes() == b"\x89PNG\r\n"
    with pytest.raises(WriteFailed, match="Read-only file system"):
        write_bytes_atomic(read_only_folder / "refs.bib", b"new")
    assert (read_only_folder / "refs.bib").read_bytes() == OLD.encode()
