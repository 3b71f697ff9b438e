"""Every action reports what it changed, and the sidebar's counts follow it exactly.

The counts the library keeps moving by deltas are checked against counts worked out another
way after every action: from each paper's own record and each smart queue's listing.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from papershelf.core.changes import NOTES, QUEUE, RATING, STATUS, TAGS, TEXT, TRASH, OpChanges
from papershelf.library import Library
from papershelf.store.search import Filter
from tests.conftest import seed

SMART = {
    "broad": "learning",
    "phrase": '"neural network"',
    "unread": "status:unread",
    "rated": "rating:>=3",
    "tagged": "tag:later",
    "noted": "has:notes",
    "mixed": "model -tag:skip status:unread",
    "note words": "note:zebra",
    "queued": "queue:plain",
}


def reference_counts(library: Library) -> Counter[str]:
    """The sidebar's counts from each paper's record and each smart queue's listing."""
    live = library.query_ids()
    papers = library.papers(live + library.query_ids(Filter(trash=True)))
    counts: Counter[str] = Counter()
    for paper in papers:
        if paper["deleted"]:
            counts["trash"] += 1
            continue
        counts["all"] += 1
        counts[f"status:{paper['status']}"] += 1
        counts["review"] += bool(paper["needs_review"])
        counts.update(f"tag:{name}" for name in paper["tags"])
        for queue in paper["queues"]:
            counts[f"queue:{queue}"] += 1
            counts[f"queue-read:{queue}"] += paper["status"] in ("read", "skimmed")
    for source in library.sources():  # what a source's view lists: its papers not trashed
        counts[f"source:{source['id']}"] += len(library.query_ids(Filter(source_id=source["id"])))
    status = {paper["id"]: paper["status"] for paper in papers}
    for queue in library.queues():
        if queue["kind"] == "smart":
            ids = library.query_ids(Filter(search=str(queue["query"])))
            counts[f"queue:{queue['name']}"] += len(ids)
            counts[f"queue-read:{queue['name']}"] += sum(
                status[i] in ("read", "skimmed") for i in ids
            )
    return +counts


def kept_counts(library: Library) -> Counter[str]:
    return +Counter(library.counts())


def test_rating_reports_the_paper_and_only_the_counts_it_moved(seeded: Library) -> None:
    for name, query in SMART.items():
        if name != "queued":
            seeded.create_queue(name, query=query)
    before = dict(seeded.counts())
    paper = seeded.query_ids(Filter(search="status:unread -rating:>=3"))[0]
    changes = seeded.rate([paper], 4)
    assert changes.papers == {paper} and changes.aspects == {RATING}
    assert not changes.sidebar and not changes.recount
    after = dict(seeded.counts())
    assert dict(changes.counts) == {k: v for k, v in after.items() if before.get(k) != v}
    assert changes.counts["queue:rated"] == before["queue:rated"] + 1
    assert kept_counts(seeded) == reference_counts(seeded)


def test_every_action_keeps_the_counts_exact(seeded: Library) -> None:
    seeded.create_queue("plain")
    for name, query in SMART.items():
        seeded.create_queue(name, query=query)
    seeded.counts()  # counted once; from here on they move by deltas
    rng = random.Random(13)
    ids = seeded.query_ids()
    notes: list[int] = []
    for step in range(120):
        paper = rng.choice(ids)
        action = rng.randrange(11)
        if action == 0:
            changes = seeded.rate([paper], rng.randrange(6))
        elif action == 1:
            changes = seeded.set_status([paper], rng.choice(["new", "to-read", "read", "skimmed"]))
        elif action == 2:
            changes = seeded.tag([paper], add=[rng.choice(["later", "skip", f"t{step}"])])
        elif action == 3:
            changes = seeded.tag([paper], remove=["later", "skip"])
        elif action == 4:
            notes.append(seeded.add_note(paper, rng.choice(["a zebra", "plain words"])))
            changes = seeded.last_changes
        elif action == 5 and notes:
            changes = seeded.edit_note(rng.choice(notes), rng.choice(["zebra crossing", "none"]))
        elif action == 6:
            seeded.enqueue("plain", [paper])
            changes = seeded.last_changes
        elif action == 7:
            changes = seeded.dequeue("plain", [paper])
        elif action == 8:
            changes = seeded.trash([paper])
        elif action == 9:
            changes = seeded.restore([paper])
        else:
            changes = seeded.update_paper(paper, title=f"Learning to count, take {step}")
        assert not changes.recount, step
        assert kept_counts(seeded) == reference_counts(seeded), (step, action)


def test_queues_made_renamed_and_deleted_count_only_themselves(seeded: Library) -> None:
    seeded.counts()
    made = seeded.create_queue("broad", query="learning")
    assert made.queue_list and not made.recount
    assert set(made.counts) == {"queue:broad", "queue-read:broad"}
    seeded.create_queue("plain")
    seeded.enqueue("plain", [1, 2, 3])
    seeded.rename_queue("plain", "renamed")
    gone = seeded.delete_queue("broad")
    assert gone.counts["queue:broad"] == 0
    assert kept_counts(seeded) == reference_counts(seeded)
    assert "queue:plain" not in seeded.counts() and seeded.counts()["queue:renamed"] == 3


def test_another_programs_write_is_counted_again(seeded_path: Path) -> None:
    with Library(seeded_path) as window, Library(seeded_path) as cli:
        window.create_queue("unread", query="status:unread")
        before = window.counts()["queue:unread"]
        cli.set_status(cli.query_ids(Filter(search="status:unread"))[:3], "read")
        assert window.counts()["queue:unread"] == before - 3
        assert kept_counts(window) == reference_counts(window)


def test_undo_of_a_paper_action_names_its_papers_and_moves_the_counts(seeded: Library) -> None:
    seeded.create_queue("rated", query="rating:>=3")
    seeded.counts()
    seeded.rate([1, 2], 5)
    seeded.set_status([2], "read")
    for replay in (seeded.undo, seeded.undo, seeded.redo):
        replay()
        changes = seeded.last_changes
        assert not changes.everything and not changes.recount and changes.papers <= {1, 2}
        assert kept_counts(seeded) == reference_counts(seeded)
    assert seeded.last_changes.counts["queue:rated"] == 2


def test_undo_of_a_new_tag_changes_everything(seeded: Library) -> None:
    seeded.counts()
    seeded.tag([1], add=["brand new"])
    seeded.undo()
    assert seeded.last_changes == OpChanges.all()
    assert kept_counts(seeded) == reference_counts(seeded)


def test_an_import_changes_everything(library: Library) -> None:
    library.counts()
    library.import_path(seed("000"))
    assert library.last_changes == OpChanges.all()
    assert kept_counts(library) == reference_counts(library)


@pytest.mark.parametrize(
    ("action", "aspect"),
    [
        (lambda lib: lib.set_status([7], "read"), STATUS),
        (lambda lib: lib.tag([7], add=["brand new"]), TAGS),
        (lambda lib: lib.edit_note(lib.add_note(7, "x"), "y"), NOTES),
        (lambda lib: lib.update_paper(7, title="Another title"), TEXT),
        (lambda lib: lib.trash([7]), TRASH),
        (lambda lib: lib.dequeue("q", [7]), QUEUE),
    ],
)
def test_each_action_names_its_paper_and_aspect(seeded: Library, action, aspect) -> None:  # type: ignore[no-untyped-def]
    seeded.create_queue("q")
    seeded.enqueue("q", [7])
    changes = action(seeded)
    assert changes.papers == {7} and changes.aspects == {aspect}
    assert changes.tag_list == (aspect == TAGS)


def test_smart_queue_progress_and_next_up_come_from_sql(seeded: Library) -> None:
    seeded.create_queue("broad", query="learning", sort="title")
    listing = seeded.query_ids(Filter(search="learning"), sort="title")
    seeded.set_status(listing[:2], "read")
    seeded.set_status(listing[2:3], "dropped")
    (queue,) = seeded.queues()
    assert (queue["papers"], queue["read"]) == (len(listing), 2)
    progress = seeded.queue_progress("broad")
    assert (progress["total"], progress["read"]) == (len(listing), 2)
    assert seeded.queue_next("broad") == listing[3]


def test_the_first_paper_still_to_read_is_found_past_a_chunk(seeded: Library) -> None:
    ids = list(reversed(seeded.query_ids()))  # an order that is not the table's
    seeded.set_status(ids[:130], "read")
    seeded.set_status(ids[130:146], "dropped")
    assert seeded.first_unfinished(ids) == ids[146]
    assert seeded.first_unfinished(ids[:146]) is None
    seeded.create_queue("q")
    seeded.enqueue("q", ids[:3])
    assert seeded.queue_totals("q") == (3, 3)
