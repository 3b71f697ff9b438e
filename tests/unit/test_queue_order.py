"""Queue edits cost what they move: positions with gaps (schema 10), renumbered rarely.

The order, undo/redo and export in queue order stay exact; a move at any size writes only the
moved rows and holds the write lock briefly enough for another writer to go on.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from benchmarks.generate import write_arxiv_listing
from hypothesis import given, settings
from hypothesis import strategies as st

from papershelf.library import Library
from papershelf.store import queues
from papershelf.store.connection import schema_version
from papershelf.store.schema import LATEST
from tests.conftest import DATA


def positions(library: Library, name: str) -> list[int]:
    return [
        row[0]
        for row in library.conn.execute(
            "SELECT position FROM queue_items qi JOIN queues q ON q.id = qi.queue_id "
            "WHERE q.name = ? ORDER BY position",
            (name,),
        )
    ]


def model_move(order: list[int], ids: list[int], position: int) -> list[int]:
    rest = [i for i in order if i not in ids]
    index = max(0, min(position - 1, len(rest)))
    return [*rest[:index], *ids, *rest[index:]]


@pytest.fixture(scope="module")
def big_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library of 3,000 generated papers, all in one queue."""
    folder = tmp_path_factory.mktemp("bigqueue")
    listing = write_arxiv_listing(folder / "listing.txt", 3000, seed=14)
    path = folder / "big.db"
    with Library(path) as library:
        library.import_path(listing)
        library.create_queue("all")
        library.enqueue("all", library.query_ids(sort="title"))
        library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def big(big_template: Path, tmp_path: Path) -> Library:
    shutil.copy(big_template, tmp_path / "big.db")
    with Library(tmp_path / "big.db") as library:
        yield library


def test_a_move_or_removal_writes_only_the_moved_rows(big: Library) -> None:
    order = big.queue_ids("all")
    assert len(order) == 3000
    for ids, to in (([order[-1]], 1500), ([order[0], order[7]], 3000), ([order[2999]], 1)):
        before = big.conn.total_changes
        big.move_in_queue("all", ids, to)
        # One row per moved paper, one undo-log row per moved paper, the undo step itself.
        assert big.conn.total_changes - before <= 2 * len(ids) + 4
        order = model_move(order, ids, to)
        assert big.queue_ids("all") == order
    before = big.conn.total_changes
    big.dequeue("all", [order[10]])
    assert big.conn.total_changes - before <= 2 + 4
    assert big.queue_ids("all") == order[:10] + order[11:]
    assert len(set(positions(big, "all"))) == 2999  # no two papers share a place


def test_moves_undo_and_redo_exactly_and_export_in_queue_order(big: Library) -> None:
    start = big.queue_ids("all")
    states = [start]
    for ids, to in (([start[5]], 2), ([start[100], start[4]], 1), ([start[0]], 2999)):
        big.move_in_queue("all", ids, to)
        states.append(model_move(states[-1], ids, to))
        assert big.queue_ids("all") == states[-1]
    for state in reversed(states[:-1]):
        big.undo()
        assert big.queue_ids("all") == state
    for state in states[1:]:
        big.redo()
        assert big.queue_ids("all") == state
    exported = big.export(states[-1][:20], "markdown", title="Queue: all", in_order=True)
    titles = [big.paper(i)["title"] for i in states[-1][:20]]
    at = [exported.index(title) for title in titles]
    assert at == sorted(at)


def test_narrow_gaps_are_renumbered_and_the_order_holds(
    seeded: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queues, "GAP", 4)
    seeded.create_queue("q")
    seeded.enqueue("q", list(range(1, 21)))
    order = list(range(1, 21))
    renumbered = 0
    for n in range(40):  # always into the same slot: the gap there halves each time
        paper = order[-1 - n % 5]
        before_move = order
        changes = seeded.conn.total_changes
        seeded.move_in_queue("q", [paper], 2)
        renumbered += seeded.conn.total_changes - changes > 10
        order = model_move(order, [paper], 2)
        assert seeded.queue_ids("q") == order
    assert 5 <= renumbered <= 25  # the gaps ran out now and then, not at every move
    assert len(set(positions(seeded, "q"))) == 20
    seeded.undo()
    assert seeded.queue_ids("q") == before_move
    seeded.redo()
    assert seeded.queue_ids("q") == order


operations = st.lists(
    st.tuples(
        st.sampled_from(["move", "remove", "add"]),
        st.lists(st.integers(1, 30), min_size=1, max_size=3, unique=True),
        st.integers(-1, 32),
    ),
    max_size=25,
)


@settings(max_examples=40, deadline=None)
@given(ops=operations, gap=st.sampled_from([2, 3, 1 << 32]))
def test_queue_matches_a_plain_list_under_any_edits(
    seeded_template: Path, tmp_path_factory: pytest.TempPathFactory, ops: list, gap: int
) -> None:
    """Any mix of moves, removals and additions, with gaps wide or so narrow that renumbering
    happens all the time, ends in the order a plain list gives; undoing all goes back."""
    path = tmp_path_factory.mktemp("prop") / "lib.db"
    shutil.copy(seeded_template, path)
    original = queues.GAP
    queues.GAP = gap
    try:
        with Library(path) as library:
            library.create_queue("q")
            library.enqueue("q", [3, 1, 2, 4, 5, 6, 7, 8])
            order = [3, 1, 2, 4, 5, 6, 7, 8]
            history = [order]
            for kind, ids, to in ops:
                if kind == "move":
                    ids = [i for i in ids if i in order]
                    if not ids:
                        continue
                    library.move_in_queue("q", ids, to)
                    order = model_move(order, ids, to)
                elif kind == "remove":
                    library.dequeue("q", ids)
                    order = [i for i in order if i not in ids]
                else:
                    library.enqueue("q", ids)
                    order = order + [i for i in dict.fromkeys(ids) if i not in order]
                if order != history[-1]:
                    history.append(order)
                assert library.queue_ids("q") == order
            while library.undo_label() not in (None, "Add 8 papers to 'q'"):
                library.undo()
            assert library.queue_ids("q") == [3, 1, 2, 4, 5, 6, 7, 8]
    finally:
        queues.GAP = original


def test_schema_9_library_keeps_its_queues_and_their_undo_history(tmp_path: Path) -> None:
    path = tmp_path / "v9.db"
    shutil.copy(DATA / "library-v9.db", path)
    with sqlite3.connect(path) as raw:
        assert schema_version(raw) == 9
        old = raw.execute("SELECT position FROM queue_items ORDER BY queue_id, position").fetchall()
        assert max(p for (p,) in old) < 10  # schema 9 numbered 0, 1, 2, ...
    raw.close()
    with Library(path) as library:
        assert schema_version(library.conn) == LATEST >= 10
        assert library.queue_ids("thesis") == [5, 3, 1, 4]
        assert library.queue_ids("later") == [7, 8]  # 6 is in the trash
        assert positions(library, "thesis") == [0, queues.GAP, 2 * queues.GAP, 3 * queues.GAP]
        assert library.redo_label() == "Move 1 paper in 'thesis'"
        library.redo()
        assert library.queue_ids("thesis") == [5, 4, 3, 1]
        library.undo()
        assert library.queue_ids("thesis") == [5, 3, 1, 4]
        assert library.undo() == "Move 1 paper to the trash"
        assert library.queue_ids("later") == [7, 6, 8]
        assert library.undo() == "Add 3 papers to 'later'"
        library.undo()  # the queue `later` is created no more
        assert library.undo() == "Remove 1 paper from 'thesis'"
        assert library.queue_ids("thesis") == [5, 3, 1, 2, 4]
        assert library.undo() == "Move 1 paper in 'thesis'"
        assert library.queue_ids("thesis") == [3, 1, 2, 4, 5]
        library.move_in_queue("thesis", [4], 1)  # new moves work among the scaled positions
        assert library.queue_ids("thesis") == [4, 3, 1, 2, 5]
        assert library.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


MOVER = """
import sys
from papershelf.library import Library

with Library(sys.argv[1]) as library:
    order = library.queue_ids("all")
    for n in range(int(sys.argv[2])):
        library.move_in_queue("all", [order[-1 - n]], 1 + (n * 397) % len(order))
print("moved", flush=True)
"""


def test_a_concurrent_writer_never_waits_long_on_queue_moves(big: Library, tmp_path: Path) -> None:
    """Another writer with a 1-second busy timeout (a tenth of the app's) goes on while a
    process moves papers in a 3,000-paper queue; schema 9 held the lock ~1 s per move here."""
    big.conn.execute("PRAGMA busy_timeout = 1000")
    script = tmp_path / "mover.py"
    script.write_text(MOVER)
    mover = subprocess.Popen(
        [sys.executable, str(script), str(big.path), "60"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    ids = big.query_ids()
    tagged = 0
    while mover.poll() is None or tagged < 20:
        big.tag([ids[tagged % len(ids)]], add=[f"t{tagged}"])  # raises if the lock is held 1 s
        tagged += 1
    out, err = mover.communicate()
    assert (mover.returncode, out.strip()) == (0, "moved"), err
    assert tagged >= 20
    assert len(big.queue_ids("all")) == 3000
    assert big.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_moving_many_papers_at_once_keeps_their_order(big: Library) -> None:
    order = big.queue_ids("all")
    chosen = order[::3][::-1]  # a thousand papers, in an order of the user's choosing
    before = big.conn.total_changes
    big.move_in_queue("all", chosen, 10)
    assert big.queue_ids("all") == model_move(order, chosen, 10)
    assert big.conn.total_changes - before <= 2 * len(chosen) + 4
    big.undo()
    assert big.queue_ids("all") == order
