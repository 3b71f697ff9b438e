"""Large listings are parsed by a child process: same papers, same errors, nothing left running."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path

import pytest

from papershelf.core.errors import ImportFailed
from papershelf.importers import worker
from papershelf.library import ImportCancelled, Library
from tests.conftest import SEED_FILES, seed
from tests.unit.test_library_import import library_content


@pytest.fixture
def children(monkeypatch: pytest.MonkeyPatch) -> list[subprocess.Popen[bytes]]:
    """Every file goes to a child process; the children started are kept to look at."""
    started: list[subprocess.Popen[bytes]] = []
    real_popen = subprocess.Popen

    def popen(*args: object, **kwargs: object) -> subprocess.Popen[bytes]:
        child = real_popen(*args, **kwargs)  # type: ignore[call-overload]
        started.append(child)
        return child

    monkeypatch.setattr(worker.subprocess, "Popen", popen)
    monkeypatch.setattr(worker, "PROCESS_MIN_BYTES", 0)
    monkeypatch.setattr(worker, "BATCH", 7)  # many messages, and batches cut across records
    return started


def readers_alive() -> bool:
    return any(t.name == worker.READER_THREAD and t.is_alive() for t in threading.enumerate())


def import_all(library_path: Path, files: list[Path]) -> tuple[list[object], list[object]]:
    with Library(library_path) as library:
        reports = [library.import_path(path).to_json() for path in files]
        return library_content(library), reports


def test_child_parses_exactly_what_the_writer_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cut = tmp_path / "cut.txt"  # a record cut off at the end: a warning must cross over too
    cut.write_text(seed("004").read_text(encoding="utf-8") + "\n\nA Title Never Finished\n")
    files = [*SEED_FILES, cut]
    inline = import_all(tmp_path / "inline.db", files)
    monkeypatch.setattr(worker, "PROCESS_MIN_BYTES", 0)
    monkeypatch.setattr(worker, "BATCH", 7)
    beside = import_all(tmp_path / "beside.db", files)
    assert beside == inline
    assert "cut off" in str(beside[1][-1])


def test_errors_cross_over_with_file_and_line(
    library: Library, tmp_path: Path, children: list[subprocess.Popen[bytes]]
) -> None:
    path = tmp_path / "prose.txt"
    path.write_text("Dear diary,\nnothing to see here.\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match=f"{path}: no known listing layout") as raised:
        library.import_path(path)
    assert raised.value.file == str(path)
    assert [child.returncode for child in children] == [0]
    assert library.count() == 0 and library.sources() == []


def test_cancel_stops_the_child_and_writes_nothing(
    library: Library, children: list[subprocess.Popen[bytes]]
) -> None:
    with pytest.raises(ImportCancelled):
        library.import_path(seed("004"), cancelled=lambda: True)
    (child,) = children
    assert child.poll() is not None  # stopped and reaped, not left parsing
    assert not readers_alive()
    assert library.count() == 0 and library.sources() == []


def test_a_child_that_dies_is_reported(
    library: Library, tmp_path: Path, children: list[subprocess.Popen[bytes]]
) -> None:
    # 3,000 records: the child is held to ~130 records ahead of the writer, so it is still
    # parsing when the first 1,000 have been written.
    listing = seed("003").read_text(encoding="utf-8")
    path = tmp_path / "long.txt"
    path.write_text("\n".join([listing] * 150), encoding="utf-8")

    def kill_the_child() -> bool:
        children[0].kill()
        return False

    with pytest.raises(worker.ParserStopped, match=f"{path}: the parsing process stopped"):
        library.import_path(path, cancelled=kill_the_child)
    assert not readers_alive()
    assert library.count() == 0 and library.sources() == []
