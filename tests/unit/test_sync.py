"""Sync between real libraries in temp dirs, each with its own copy of the folder (docs/SYNC.md):
what the reader expects in each conflict case."""

from __future__ import annotations

from pathlib import Path

import pytest

from papershelf import sync
from papershelf.library import Library
from papershelf.store import fts
from papershelf.store.search import Filter
from tests.syncing import Replica, deliver, everyone, start


def test_first_exchange_brings_every_paper_with_its_data(pair: list[Replica]) -> None:
    laptop, desktop = pair
    assert desktop.library.count() == laptop.library.count() > 100
    assert desktop.state() == laptop.state()


def test_tags_added_on_both_sides_are_both_kept(pair: list[Replica]) -> None:
    laptop, desktop = pair
    gid = laptop.gid(1)
    laptop.library.tag([1], add=["vision"])
    desktop.library.tag([desktop.id(gid)], add=["to-cite"])
    everyone(pair)
    for replica in pair:
        assert replica.library.paper(replica.id(gid))["tags"] == ["to-cite", "vision"]


def test_a_tag_removed_on_one_side_and_untouched_on_the_other_is_removed(
    pair: list[Replica],
) -> None:
    laptop, desktop = pair
    gid = laptop.gid(2)
    laptop.library.tag([2], add=["vision", "later"])
    everyone(pair)
    desktop.library.tag([desktop.id(gid)], remove=["later"])
    laptop.library.rate([2], 4)  # the other side does something else to the paper
    everyone(pair)
    for replica in pair:
        paper = replica.library.paper(replica.id(gid))
        assert (paper["tags"], paper["rating"]) == (["vision"], 4)


def test_concurrent_ratings_and_statuses_resolve_the_same_everywhere(
    pair: list[Replica],
) -> None:
    laptop, desktop = pair
    gid = laptop.gid(3)
    laptop.library.rate([3], 2)
    laptop.library.set_status([3], "reading")
    desktop.library.rate([desktop.id(gid)], 5)  # later: wins
    everyone(pair)
    for replica in pair:
        paper = replica.library.paper(replica.id(gid))
        assert (paper["rating"], paper["status"]) == (5, "reading")
    assert laptop.state() == desktop.state()


def test_two_machines_editing_one_note_merge_the_text(pair: list[Replica]) -> None:
    laptop, desktop = pair
    gid = laptop.gid(4)
    note = laptop.library.add_note(4, "Compare with InMaP.")
    everyone(pair)
    (their_note,) = desktop.library.paper(desktop.id(gid))["note_records"]
    laptop.library.edit_note(note, "Compare with InMaP and CLIP.")
    desktop.library.edit_note(their_note["id"], "TODO: Compare with InMaP.")
    everyone(pair)
    for replica in pair:
        assert replica.library.paper(replica.id(gid))["notes"] == [
            "TODO: Compare with InMaP and CLIP."
        ]


def test_queue_orders_merge_without_losing_or_doubling_entries(pair: list[Replica]) -> None:
    laptop, desktop = pair
    gids = [laptop.gid(i) for i in (1, 2, 3, 4, 5)]
    laptop.library.create_queue("thesis")
    laptop.library.enqueue("thesis", [1, 2, 3, 4])
    everyone(pair)
    laptop.library.move_in_queue("thesis", [4], 1)  # 4 1 2 3
    laptop.library.dequeue("thesis", [2])  # 4 1 3
    desktop.library.move_in_queue("thesis", [desktop.id(gids[3])], 2)  # 1 4 2 3
    desktop.library.enqueue("thesis", [desktop.id(gids[4])])  # 1 4 2 3 5
    everyone(pair)
    orders = [[r.gid(i) for i in r.library.queue_ids("thesis")] for r in pair]
    assert orders[0] == orders[1]
    assert sorted(orders[0]) == sorted([gids[0], gids[2], gids[3], gids[4]])


def test_trashed_on_one_side_and_edited_on_the_other_stays_trashed_with_the_edit(
    pair: list[Replica],
) -> None:
    laptop, desktop = pair
    gid = laptop.gid(6)
    laptop.library.trash([6])
    desktop.library.update_paper(desktop.id(gid), title="A title fixed on the desktop")
    desktop.library.tag([desktop.id(gid)], add=["fixed"])
    everyone(pair)
    for replica in pair:
        paper = replica.library.paper(replica.id(gid))
        assert paper["deleted"] is not None
        assert (paper["title"], paper["tags"]) == ("A title fixed on the desktop", ["fixed"])


def test_undo_and_merge_reach_the_other_machine_as_ordinary_changes(
    pair: list[Replica],
) -> None:
    laptop, desktop = pair
    keep, other = laptop.gid(7), laptop.gid(8)
    laptop.library.tag([8], add=["merged-in"])
    laptop.library.rate([7], 1)
    everyone(pair)
    laptop.library.undo()  # the rating
    laptop.library.merge(7, 8)
    everyone(pair)
    paper = desktop.library.paper(desktop.id(keep))
    assert (paper["rating"], paper["tags"]) == (0, ["merged-in"])
    assert desktop.library.conn.execute(
        "SELECT count(*) FROM papers WHERE gid = ?", (other,)
    ).fetchone() == (0,)
    laptop.library.undo()  # the merge: the other paper comes back everywhere
    everyone(pair)
    assert desktop.library.paper(desktop.id(other))["tags"] == ["merged-in"]
    assert desktop.state() == laptop.state()


def test_a_library_joins_only_its_own_folder(pair: list[Replica], tmp_path: Path) -> None:
    laptop, _ = pair
    stranger = Replica(tmp_path, "stranger")
    sync.init(stranger.library, stranger.folder)
    with pytest.raises(sync.SyncError, match="another library"):
        sync.init(stranger.library, laptop.folder)
    stranger.library.close()


def test_nothing_to_send_writes_no_file(pair: list[Replica]) -> None:
    laptop, desktop = pair
    assert laptop.exchange().sent is None
    laptop.library.rate([1], 3)
    assert laptop.exchange().sent is not None
    deliver(laptop, desktop)
    report = desktop.exchange()
    assert (report.applied, report.sent, report.changed) == (1, None, 1)


def test_notes_written_in_the_same_second_on_two_machines_show_in_one_order(
    pair: list[Replica],
) -> None:
    laptop, desktop = pair
    gid = laptop.gid(9)
    desktop.library.add_note(desktop.id(gid), "from the desktop")
    laptop.library.add_note(9, "from the laptop")
    stamp = "2026-01-01T00:00:00"
    for replica in pair:
        replica.library.conn.execute("UPDATE notes SET created = ?", (stamp,))
    everyone(pair)
    notes = [replica.library.paper(replica.id(gid))["notes"] for replica in pair]
    assert notes[0] == notes[1] and sorted(notes[0]) == ["from the desktop", "from the laptop"]


def test_one_entry_imported_on_two_machines_becomes_one_paper_with_its_key(
    pair: list[Replica],
) -> None:
    entry = (
        "@article{shared2024,\n  title = {A paper both machines imported},\n  year = {2024}\n}\n"
    )
    for replica in pair:
        replica.library.import_text(entry, "shared.bib", layout="bibtex")
    everyone(pair)
    assert pair[0].state() == pair[1].state()
    keys = [
        [
            p["citation_key"]
            for p in replica.state()["papers"].values()
            if p["title"] == "A paper both machines imported"
        ]
        for replica in pair
    ]
    assert keys == [["shared2024"], ["shared2024"]]


def test_a_first_sync_written_in_bulk_is_searchable_like_the_original(
    seeded: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fts, "BULK_FROM", 10)  # the seeds' ~150 papers count as a big sync
    laptop, desktop = start(tmp_path, ["laptop", "desktop"], first=seeded)
    try:
        for words in ("transformer", "segmentation", "author:kim", "learning"):
            spec = Filter(search=words)
            assert desktop.library.count(spec) == laptop.library.count(spec) > 0, words
        assert desktop.library.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        laptop.library.close()
        desktop.library.close()
