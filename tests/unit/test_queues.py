"""Reading queues: explicit order that survives everything, smart queues, progress, dashboard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from papershelf.core.errors import InvalidValue, NotFound
from papershelf.library import Library
from papershelf.store.search import Filter


def test_order_survives_restarts_sorting_and_shared_papers(seeded_path: Path) -> None:
    with Library(seeded_path) as library:
        library.create_queue("thesis")
        library.create_queue("reading group")
        library.enqueue("thesis", [30, 10, 20])
        library.enqueue("reading group", [20, 30])
        library.enqueue("thesis", [10, 40])  # 10 is queued already: it keeps its place
        library.move_in_queue("thesis", [40], 2)
        library.query_ids(Filter(queue="thesis"), sort="title")  # sorting a view changes nothing
    with Library(seeded_path) as library:
        assert library.queue_ids("thesis") == [30, 40, 10, 20]
        assert library.queue_ids("reading group") == [20, 30]
        assert library.paper(20)["queues"] == ["reading group", "thesis"]
        library.dequeue("reading group", [20])
        assert library.queue_ids("thesis") == [30, 40, 10, 20]


def test_deleted_and_merged_papers_keep_the_order_sensible(seeded: Library) -> None:
    seeded.create_queue("q")
    seeded.enqueue("q", [1, 2, 3, 4])
    seeded.trash([2])
    assert seeded.queue_ids("q") == [1, 3, 4]
    seeded.restore([2])
    assert seeded.queue_ids("q") == [1, 2, 3, 4]
    seeded.merge(5, 3)  # 3 goes away; 5 was not queued, so it takes 3's place
    assert seeded.queue_ids("q") == [1, 2, 5, 4]
    seeded.merge(1, 4)
    assert seeded.queue_ids("q") == [1, 2, 5]


def test_move_edge_positions_and_errors(seeded: Library) -> None:
    seeded.create_queue("q")
    seeded.enqueue("q", [1, 2, 3])
    seeded.move_in_queue("q", [1], 99)
    assert seeded.queue_ids("q") == [2, 3, 1]
    seeded.move_in_queue("q", [1], 0)
    assert seeded.queue_ids("q") == [1, 2, 3]
    with pytest.raises(NotFound, match="not in queue"):
        seeded.move_in_queue("q", [50], 1)
    with pytest.raises(InvalidValue, match="exists already"):
        seeded.create_queue("Q")
    with pytest.raises(NotFound):
        seeded.enqueue("nope", [1])


def test_next_up_skips_finished_papers(seeded: Library) -> None:
    seeded.create_queue("q")
    seeded.enqueue("q", [1, 2, 3])
    seeded.set_status([1], "read")
    seeded.set_status([2], "dropped")
    assert seeded.queue_next("q") == 3
    seeded.set_status([3], "skimmed")
    assert seeded.queue_next("q") is None


def test_smart_queue_follows_the_library(seeded: Library) -> None:
    seeded.create_queue(
        "good few-shot", query="tag:few-shot rating:>=4 status:unread", sort="title"
    )
    assert seeded.queue_ids("good few-shot") == []
    ids = seeded.query_ids(Filter(search='"few-shot"'))[:3]
    seeded.tag(ids, add=["few-shot"])
    seeded.rate(ids[:2], 5)
    titles = sorted(seeded.paper(i)["title"].lower() for i in ids[:2])
    assert [seeded.paper(i)["title"].lower() for i in seeded.queue_ids("good few-shot")] == titles
    seeded.set_status(ids[:1], "read")
    assert seeded.queue_ids("good few-shot") == [
        i for i in seeded.queue_ids("good few-shot") if i != ids[0]
    ]
    assert len(seeded.queue_ids("good few-shot")) == 1
    with pytest.raises(InvalidValue, match="smart queue"):
        seeded.enqueue("good few-shot", [1])
    with pytest.raises(InvalidValue, match="smart queue"):
        seeded.move_in_queue("good few-shot", ids[1:2], 1)
    listing = {q["name"]: q for q in seeded.queues()}
    assert (listing["good few-shot"]["papers"], listing["good few-shot"]["kind"]) == (1, "smart")


def test_smart_queue_with_a_broken_search_is_refused(seeded: Library) -> None:
    with pytest.raises(ValueError, match="not closed"):
        seeded.create_queue("broken", query='"open')
    assert seeded.queues() == []


def test_status_history_and_progress_pace(seeded: Library) -> None:
    seeded.create_queue("q")
    seeded.conn.execute("UPDATE queues SET created = '2026-10-01T09:00:00'")
    seeded.enqueue("q", [1, 2, 3, 4])
    seeded.set_status([1], "reading", at="2026-10-02T10:00:00")
    seeded.set_status([1], "read", at="2026-10-05T10:00:00")
    seeded.set_status([2, 3], "read", at="2026-10-20T10:00:00")
    assert seeded.status_history(1) == [
        ("reading", "2026-10-02T10:00:00"),
        ("read", "2026-10-05T10:00:00"),
    ]
    progress = seeded.queue_progress("q", today=date(2026, 10, 29))  # 4 weeks after the start
    assert progress == {"total": 4, "read": 3, "started": "2026-10-01", "pace_per_week": 0.8}


def test_dashboard_counts_against_known_dates(seeded: Library) -> None:
    seeded.tag([1, 2, 3], add=["vision"])
    seeded.set_status([1], "read", at="2026-11-02T08:00:00")  # Monday of week 2026-11-02
    seeded.set_status([2], "skimmed", at="2026-11-08T23:00:00")  # Sunday of the same week
    seeded.set_status([3], "read", at="2026-11-16T12:00:00")  # two weeks later
    seeded.set_status([3], "reading", at="2026-11-17T12:00:00")
    seeded.set_status([3], "read", at="2026-11-18T12:00:00")  # read again: counted once
    seeded.set_status([4, 5], "to-read", at="2026-11-18T12:00:00")
    board = seeded.dashboard(weeks=4, today=date(2026, 11, 22))
    assert board["read_per_week"] == [
        ("2026-10-26", 0),
        ("2026-11-02", 2),
        ("2026-11-09", 0),
        ("2026-11-16", 1),
    ]
    assert board["statuses"] == {
        "new": 142,
        "to-read": 2,
        "reading": 0,
        "read": 2,
        "skimmed": 1,
        "dropped": 0,
    }
    assert board["tags"] == [("vision", 3, 3)]
    assert [p["id"] for p in board["oldest_unread"]] == [4, 5]


def test_merging_a_queue_appends_its_papers_and_undoes_in_one_step(seeded: Library) -> None:
    ids = seeded.query_ids(Filter())[:5]
    seeded.create_queue("thesis")
    seeded.enqueue("thesis", ids[:2])
    seeded.create_queue("later")
    seeded.enqueue("later", [ids[4], ids[1], ids[3]])
    seeded.trash([ids[3]])
    seeded.merge_queue("later", "thesis")
    assert [q["name"] for q in seeded.queues()] == ["thesis"]
    assert seeded.queue_ids("thesis") == [ids[0], ids[1], ids[4]]  # ids[1] keeps its place
    seeded.restore([ids[3]])  # trashed while queued: still queued, after the merge too
    assert seeded.queue_ids("thesis") == [ids[0], ids[1], ids[4], ids[3]]
    seeded.undo()
    seeded.undo()
    assert seeded.queue_ids("later") == [ids[4], ids[1]]  # ids[3] is in the trash again
    assert seeded.queue_ids("thesis") == ids[:2]
    with pytest.raises(InvalidValue):
        seeded.merge_queue("later", "later")
    with pytest.raises(NotFound):
        seeded.merge_queue("later", "nowhere")
    assert seeded.queue_ids("later") == [ids[4], ids[1]]


@pytest.mark.parametrize(
    ("chosen", "down", "order"),
    [
        ([2, 5], False, [2, 1, 3, 5, 4, 6]),  # apart, each one place up: they stay apart
        ([2, 5], True, [1, 3, 2, 4, 6, 5]),
        ([1, 3], False, [1, 3, 2, 4, 5, 6]),  # the top one stays; the next closes up to it
        ([5, 6], True, [1, 2, 3, 4, 5, 6]),  # at the bottom already: nothing moves
        ([3, 4], False, [1, 3, 4, 2, 5, 6]),  # a run moves as one
    ],
)
def test_move_up_and_down_keeps_papers_apart(
    seeded: Library, chosen: list[int], down: bool, order: list[int]
) -> None:
    seeded.create_queue("q")
    seeded.enqueue("q", [1, 2, 3, 4, 5, 6])
    changes = seeded.nudge_in_queue("q", chosen, down=down)
    assert seeded.queue_ids("q") == order
    assert set(changes.papers) == set(chosen)
    if order == [1, 2, 3, 4, 5, 6]:
        assert seeded.undo_label() == "Add 6 papers to 'q'"  # nothing moved: no step to undo
    else:
        assert seeded.undo_label() == f"Move 2 papers {'down' if down else 'up'} in 'q'"
        seeded.undo()
        assert seeded.queue_ids("q") == [1, 2, 3, 4, 5, 6]


def test_move_up_names_papers_that_are_not_queued(seeded: Library) -> None:
    seeded.create_queue("q")
    seeded.enqueue("q", [1, 2])
    with pytest.raises(NotFound, match="paper 50 is not in queue"):
        seeded.nudge_in_queue("q", [2, 50], down=False)
    assert seeded.queue_ids("q") == [1, 2]
