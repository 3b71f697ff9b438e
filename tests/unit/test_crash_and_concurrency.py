"""SIGKILL in the middle of writes, and two writers at once: nothing committed is lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from benchmarks.generate import write_arxiv_listing

from papershelf.library import Library
from papershelf.store.search import Filter

# Eight kills a kind in `make test`; `make torture` (tests/torture/test_kill.py) kills many more.
KILL_RUNS = int(os.environ.get("PAPERSHELF_KILL_RUNS", "8"))
CHILD = """
import sys
from papershelf.library import Library

mode, db, arg = sys.argv[1:4]
library = Library(db)
if mode == "import":
    print("start", flush=True)
    library.import_path(arg)
    print("done", flush=True)
elif mode == "tag":
    ids = library.query_ids()
    n = 0
    while True:
        start = (n * 37) % (len(ids) - 50)
        library.tag(ids[start : start + 50], add=[f"bulk{n}"])
        print(n, flush=True)
        n += 1
elif mode == "write":
    worker, seconds = arg.split(":")
    import time
    deadline = time.monotonic() + float(seconds)
    n = 0
    while time.monotonic() < deadline:
        paper = 1 + (n % 40) + (0 if worker == "a" else 40)
        library.tag([paper], add=[f"{worker}{n}"])
        library.add_note(paper, f"note {worker}{n}")
        print(n, flush=True)
        n += 1
"""


def start(tmp_path: Path, *argv: str) -> subprocess.Popen[str]:
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    return subprocess.Popen(
        [sys.executable, str(script), *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_after(process: subprocess.Popen[str], seconds: float) -> list[str]:
    time.sleep(seconds)
    process.send_signal(signal.SIGKILL)
    out, _ = process.communicate()
    return out.split()


def kill_once_started(process: subprocess.Popen[str], seconds: float) -> list[str]:
    """SIGKILL `seconds` after the child's first committed change: on a loaded machine its
    start alone can take longer than any fixed delay."""
    assert process.stdout is not None
    first = process.stdout.readline()
    time.sleep(seconds)
    process.send_signal(signal.SIGKILL)
    rest = process.stdout.read()  # through the same buffer readline filled
    process.communicate()  # reaps the child and closes its pipes
    return [*first.split(), *rest.split()]


def fresh_copy(source: Path, folder: Path) -> Path:
    """Each run in its own folder: a killed run's -wal file must never meet another copy."""
    folder.mkdir()
    target = folder / "library.db"
    target.write_bytes(source.read_bytes())
    return target


def check_integrity(path: Path) -> None:
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []


def test_sigkill_during_a_large_import(seeded_path: Path, tmp_path: Path) -> None:
    listing = write_arxiv_listing(tmp_path / "big.txt", 1500, seed=7)
    rng = random.Random(20261122)
    outcomes = {"none": 0, "all": 0}
    for number in range(KILL_RUNS):
        run = fresh_copy(seeded_path, tmp_path / f"import{number}")
        printed = kill_after(
            start(tmp_path, "import", str(run), str(listing)), rng.uniform(0.25, 1.2)
        )
        check_integrity(run)
        with Library(run) as library:
            count, sources = library.count(), len(library.sources())
            if "done" in printed:
                assert (count, sources) == (147 + 1500, 6)
            assert (count, sources) in ((147, 5), (147 + 1500, 6)), "a half import is visible"
            assert library.count(Filter(search="tokencut")) == 1  # the seed papers are intact
            outcomes["all" if sources == 6 else "none"] += 1
    print(f"\nSIGKILL import runs: {KILL_RUNS}, all-or-nothing held in each: {outcomes}")
    assert sum(outcomes.values()) == KILL_RUNS


def test_sigkill_during_bulk_tagging(seeded_path: Path, tmp_path: Path) -> None:
    rng = random.Random(7)
    committed_total = 0
    for number in range(KILL_RUNS):
        run = fresh_copy(seeded_path, tmp_path / f"tag{number}")
        printed = kill_once_started(start(tmp_path, "tag", str(run), "-"), rng.uniform(0.05, 0.5))
        check_integrity(run)
        reported = {int(n) for n in printed}
        with Library(run) as library:
            tags = dict(library.tags())
            for n in reported:
                assert tags.get(f"bulk{n}") == 50, f"committed change bulk{n} lost"
            extra = set(tags) - {f"bulk{n}" for n in reported}
            # at most the one change that committed after its number was printed
            assert len(extra) <= 1 and all(tags[name] == 50 for name in extra)
        committed_total += len(reported)
    print(f"\nSIGKILL bulk-tag runs: {KILL_RUNS}, committed changes checked: {committed_total}")
    assert committed_total > 0


def test_two_writer_processes_lose_nothing(seeded_path: Path, tmp_path: Path) -> None:
    writers = [start(tmp_path, "write", str(seeded_path), f"{name}:3") for name in ("a", "b")]
    results = [process.communicate(timeout=60) for process in writers]
    for process, (_, err) in zip(writers, results, strict=True):
        assert process.returncode == 0, err  # no "database is locked" ever reached a writer
    landed = 0
    with Library(seeded_path) as library:
        for name, (out, _) in zip("ab", results, strict=True):
            for n in map(int, out.split()):
                paper = 1 + (n % 40) + (0 if name == "a" else 40)
                found = library.paper(paper)
                assert f"{name}{n}" in found["tags"] and f"note {name}{n}" in found["notes"]
                landed += 2
    print(f"\nconcurrent writes landed: {landed}")
    assert landed > 100


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_library_survives_kill_between_transactions(seeded_path: Path) -> None:
    check_integrity(seeded_path)


def test_checkpoint_folds_the_log_while_another_connection_reads(seeded: Library) -> None:
    """Commits append to the WAL; a checkpoint on another connection copies it into the file."""
    reader = sqlite3.connect(seeded.path)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM papers WHERE rating = 3").fetchone()[0] == 0
    seeded.rate(seeded.query_ids(), 3)
    frames, copied = seeded.checkpoint()  # the open read transaction holds back its snapshot
    assert frames > copied
    reader.execute("COMMIT")
    frames, copied = seeded.checkpoint()
    assert frames == copied > 0
    reader.close()
    with sqlite3.connect(seeded.path) as fresh:
        assert fresh.execute("SELECT count(*) FROM papers WHERE rating = 3").fetchone()[0] == 147
    assert seeded.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 16384
