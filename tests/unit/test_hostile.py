"""Hostile files and libraries: a clear message, a non-zero exit, and the library unchanged."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from papershelf.cli import main
from papershelf.library import Library


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str]:
    code = main(["--db", str(db), *argv])
    return code, capsys.readouterr().err


@pytest.fixture
def before(seeded: Library) -> list[str]:
    return list(seeded.conn.iterdump())


def unchanged(library: Library, dump: list[str]) -> bool:
    return list(library.conn.iterdump()) == dump


def test_fifty_megabytes_of_prose(
    seeded: Library, before: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "novel.txt"
    paragraph = (
        "It was a dark and stormy night; the rain fell in torrents, except at occasional "
        "intervals, when it was checked by a violent gust of wind.\n\n"
    )
    with path.open("w") as out:
        for _ in range(50 * 2**20 // len(paragraph)):
            out.write(paragraph)
    code, err = run(capsys, seeded.path, "import", str(path))
    assert code == 1 and f"{path}: no known listing layout" in err
    assert unchanged(seeded, before)


def test_two_megabyte_single_line(
    seeded: Library, before: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "line.txt"
    path.write_text("word " * (2 * 2**20 // 5))
    code, err = run(capsys, seeded.path, "import", str(path))
    assert code == 1 and str(path) in err
    assert unchanged(seeded, before)


def test_utf16_without_bom_is_called_binary(
    seeded: Library, before: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes("Abstract: text without a byte order mark\n".encode("utf-16-le"))
    code, err = run(capsys, seeded.path, "import", str(path))
    assert code == 1 and f"{path}:1: is a binary file" in err
    assert unchanged(seeded, before)


def test_unreadable_file(
    seeded: Library, before: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads files whatever their mode")
    path = tmp_path / "secret.txt"
    path.write_text("Abstract: hidden " * 20)
    path.chmod(0)
    code, err = run(capsys, seeded.path, "import", str(path))
    assert code == 1 and f"{path}: permission denied" in err
    assert unchanged(seeded, before)


def test_library_path_is_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(capsys, tmp_path, "list")
    assert code == 3 and "is a directory" in err


def test_corrupt_library_is_reported_not_crashed(
    seeded_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Overwrite the root page of the papers table, wherever this schema puts it.
    with sqlite3.connect(seeded_path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'papers'"
        ).fetchone()
    conn.close()
    with seeded_path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x13" * page_size)
    code, err = run(capsys, seeded_path, "list", "--search", "clip")
    assert code == 3
    assert "damaged" in err or "malformed" in err or "not a" in err
    assert "Traceback" not in err


def test_library_header_overwritten(seeded_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with seeded_path.open("r+b") as handle:
        handle.write(b"garbage garbage garbage!")
    before = seeded_path.read_bytes()
    code, err = run(capsys, seeded_path, "summary")
    assert code == 8 and "not a Papershelf library" in err
    assert seeded_path.read_bytes() == before
