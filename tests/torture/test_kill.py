"""SIGKILL at random moments of every kind of write: the library is always sound (SQLite's
integrity, foreign keys, both full-text indexes, cached entries) and every change all-or-nothing."""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from benchmarks.generate import write_arxiv_listing

from papershelf.library import Library
from papershelf.store import backup
from tests.checks import counts, problems
from tests.torture.figures import record

pytestmark = pytest.mark.torture
RUNS = 25
WRITER = Path(__file__).with_name("writer.py")
BASE = 147  # papers in the seed library


def kill_at_random(kind: str, library: Path, arg: str, seconds: float) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, str(WRITER), kind, str(library), arg],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "start", child.stderr.read() if child.stderr else ""
    time.sleep(seconds)
    child.send_signal(signal.SIGKILL)
    # Read through the same buffered file as the first line (communicate() would skip what
    # that readline already buffered).
    out = child.stdout.read()
    err = child.stderr.read() if child.stderr else ""
    child.wait()
    child.stdout.close()
    if child.stderr:
        child.stderr.close()
    assert "Traceback" not in err, err
    return out.split()


def fresh(template: Path, folder: Path) -> Path:
    folder.mkdir()
    return Path(shutil.copy(template, folder / "library.db"))


def tags(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        return dict(
            conn.execute(
                "SELECT t.name, count(pt.paper_id) FROM tags t "
                "LEFT JOIN paper_tags pt ON pt.tag_id = t.id GROUP BY t.id"
            ).fetchall()
        )


def check_bulk(path: Path, printed: list[str]) -> None:
    found = tags(path)
    done = {f"bulk{n}" for n in map(int, printed)}
    assert all(found.get(name) == 50 for name in done), "a committed change was lost"
    extra = {name for name in found if name.startswith("bulk")} - done
    assert len(extra) <= 1 and all(found[name] == 50 for name in extra), "half a change"


def check_undo(path: Path, printed: list[str]) -> None:
    assert all(count in (0, 40) for name, count in tags(path).items() if name.startswith("u"))


def check_merge(path: Path, printed: list[str]) -> None:
    merged = BASE - counts(path)["papers"]
    assert len(printed) <= merged <= len(printed) + 1


def check_queue(path: Path, printed: list[str]) -> None:
    with closing(sqlite3.connect(path)) as conn:
        items = conn.execute("SELECT paper_id, position FROM queue_items").fetchall()
    assert sorted(paper for paper, _ in items) == list(range(1, BASE + 1))
    assert len({position for _, position in items}) == BASE


def check_backups(path: Path, printed: list[str]) -> None:
    folder = path.parent / "backups"
    whole = sorted(folder.glob("papershelf-*.db"))
    keep = backup.keep_count()  # manual copies are pruned to the newest 10
    # a kill between a copy's rename and the pruning leaves one more, pruned the next time
    assert min(len(printed), keep) <= len(whole) <= min(len(printed), keep) + 1
    for copy in whole:  # a file with a backup's name is always a whole, sound backup
        assert problems(copy) == [] and counts(copy)["papers"] == BASE
    with Library(path) as library:  # what a killed backup left is swept on a later start
        backup.sweep_partials(path, older_than=0)
        assert not list(folder.glob("*.partial*"))
        assert library.count() == BASE


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory, seeded_template: Path) -> Path:
    folder = tmp_path_factory.mktemp("kill")
    path = Path(shutil.copy(seeded_template, folder / "library.db"))
    with Library(path) as library:
        library.create_queue("q")
        library.enqueue("q", library.query_ids())
        library.export(library.query_ids(), "bibtex")
    return path


@pytest.mark.parametrize("kind", ["bulk", "undo", "merge", "queue", "backup", "export"])
def test_sigkill_during_repeated_writes(kind: str, template: Path, tmp_path: Path) -> None:
    rng = random.Random(kind)
    checks = {
        "bulk": check_bulk,
        "undo": check_undo,
        "merge": check_merge,
        "queue": check_queue,
        "backup": check_backups,
        "export": lambda path, printed: None,
    }
    survived = committed = 0
    for number in range(RUNS):
        library = fresh(template, tmp_path / f"{kind}{number}")
        printed = kill_at_random(kind, library, "", rng.uniform(0.05, 1.5))
        assert problems(library) == [], f"run {number}"
        checks[kind](library, printed)
        committed += len(printed)
        survived += 1
    record(f"SIGKILL during {kind}", RUNS, survived, changes_committed_before_kill=committed)


def test_sigkill_during_a_large_import(template: Path, tmp_path: Path) -> None:
    listing = write_arxiv_listing(tmp_path / "big.txt", 2000, seed=11)
    rng = random.Random(2026)
    outcomes = {"nothing": 0, "everything": 0}
    for number in range(RUNS):
        library = fresh(template, tmp_path / f"import{number}")
        printed = kill_at_random("import", library, str(listing), rng.uniform(0.1, 2.5))
        assert problems(library) == []
        papers = counts(library)["papers"]
        assert papers in (BASE, BASE + 2000), f"half an import is visible: {papers}"
        if "done" in printed:
            assert papers == BASE + 2000
        outcomes["everything" if papers > BASE else "nothing"] += 1
    record("SIGKILL during import", RUNS, sum(outcomes.values()), **outcomes)


def test_sigkill_during_restore(template: Path, tmp_path: Path) -> None:
    other = Path(shutil.copy(template, tmp_path / "other.db"))
    with Library(other) as library:
        library.tag(library.query_ids(), add=["other"])
    backups = [template, other]
    rng = random.Random(7)
    seen = {"first": 0, "second": 0}
    for number in range(RUNS):
        library = fresh(template, tmp_path / f"restore{number}")
        candidates = ",".join(
            str(shutil.copy(b, library.parent / (b.name + ".bak"))) for b in backups
        )
        kill_at_random("restore", library, candidates, rng.uniform(0.05, 1.5))
        assert problems(library) == []
        tagged = tags(library).get("other", 0)
        assert tagged in (0, BASE), "a restore was half done"
        seen["second" if tagged else "first"] += 1
        backup.sweep_partials(library, older_than=0)  # a killed restore's staging copy goes
        assert not list(library.parent.glob(".papershelf-*"))
    record("SIGKILL during restore", RUNS, sum(seen.values()), **seen)
