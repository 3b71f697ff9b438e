"""Papers made on two machines from one listing meet as duplicates and are merged as an
import merges (docs/SYNC.md, "Duplicates across machines"), the same on every machine."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA
from tests.syncing import Replica, deliver, everyone, start

# Real files (tests/data/listings/MANIFEST.md, tests/data/bib/MANIFEST.md).
LISTING = DATA / "listings" / "010_html-publication-list-cosmolattice.md"
BIB = DATA / "bib" / "mendeley_quantum.bib"


@pytest.fixture
def trio(tmp_path: Path) -> list[Replica]:
    replicas = start(tmp_path, ["laptop", "desktop", "lab"])
    yield replicas
    for replica in replicas:
        replica.library.close()


def gids(replica: Replica) -> dict[str, str]:
    """title -> global id of each paper."""
    rows = replica.library.conn.execute("SELECT title, gid FROM papers").fetchall()
    titles = [title for title, _ in rows]
    assert len(titles) == len(set(titles)), f"{replica.name} holds a paper twice"
    return dict(rows)


def first(replica: Replica) -> int:
    return int(replica.library.conn.execute("SELECT min(id) FROM papers").fetchone()[0])


def test_one_listing_imported_on_two_machines_becomes_one_paper_each_with_both_sides_data(
    trio: list[Replica],
) -> None:
    laptop, desktop, lab = trio
    for replica in (laptop, desktop):
        replica.library.import_path(LISTING)
    count = laptop.library.count()
    assert count == desktop.library.count() > 2
    title = laptop.library.paper(first(laptop))["title"]
    mine = laptop.library.conn.execute("SELECT id FROM papers WHERE title = ?", (title,))
    (laptop_id,) = mine.fetchone()
    theirs = desktop.library.conn.execute("SELECT id FROM papers WHERE title = ?", (title,))
    (desktop_id,) = theirs.fetchone()
    laptop.library.tag([laptop_id], add=["laptop"])
    laptop.library.rate([laptop_id], 4)
    laptop.library.add_note(laptop_id, "read on the train")
    desktop.library.tag([desktop_id], add=["desktop"])
    desktop.library.set_status([desktop_id], "reading")
    desktop.library.add_note(desktop_id, "cite in chapter 2")
    desktop.library.create_queue("thesis")
    desktop.library.enqueue("thesis", [desktop_id])
    laptop.exchange()
    desktop.exchange()
    before = {r.name: gids(r) for r in (laptop, desktop)}  # global ids come with an exchange
    deliver(laptop, desktop)
    deliver(desktop, laptop)
    desktop.exchange()  # meets the laptop's papers: one of each pair survives
    laptop.exchange()  # and so does the laptop, on its own, the same way
    assert gids(laptop) == gids(desktop)
    everyone(trio)
    states = [r.state() for r in trio]
    assert states[0] == states[1] == states[2]
    survivors = gids(lab)
    assert len(survivors) == count
    for name, gid in survivors.items():  # the smaller global id of each pair
        assert gid == min(before["laptop"][name], before["desktop"][name])
    for replica in trio:
        paper = replica.library.paper(replica.id(survivors[title]))
        assert paper["tags"] == ["desktop", "laptop"]
        assert sorted(paper["notes"]) == ["cite in chapter 2", "read on the train"]
        assert (paper["rating"], paper["status"]) == (4, "reading")
        assert replica.library.queue_ids("thesis") == [paper["id"]]


def test_a_machine_that_receives_both_copies_at_once_keeps_them_until_the_merge_arrives(
    trio: list[Replica],
) -> None:
    laptop, desktop, lab = trio
    for replica in (laptop, desktop):
        replica.library.import_path(LISTING)
        replica.exchange()
        deliver(replica, lab)
    lab.exchange()  # both copies arrive together: they came from machines that will merge
    doubled = lab.library.count()
    assert doubled == 2 * laptop.library.count()
    everyone(trio)
    assert lab.library.count() == laptop.library.count() == doubled // 2
    assert lab.state() == laptop.state() == desktop.state()


def test_a_paper_imported_after_the_other_machines_copy_arrived_is_an_ordinary_import(
    trio: list[Replica],
) -> None:
    laptop, desktop, _ = trio
    laptop.library.import_path(LISTING)
    everyone(trio)
    held = gids(desktop)
    desktop.library.import_path(LISTING)  # the import itself merges: nothing new to meet
    everyone(trio)
    assert gids(desktop) == gids(laptop) == held


def test_a_trashed_copy_does_not_meet_a_live_one(trio: list[Replica]) -> None:
    laptop, desktop, _ = trio
    for replica in (laptop, desktop):
        replica.library.import_path(LISTING)
    laptop.library.trash([first(laptop)])
    everyone(trio)
    # An import never merges into a trashed paper; neither does sync: both stay, everywhere.
    assert laptop.library.count() == desktop.library.count()
    assert laptop.state() == desktop.state()
    trashed = laptop.library.conn.execute("SELECT count(*) FROM papers WHERE deleted IS NOT NULL")
    assert trashed.fetchone() == (1,)


def test_a_citation_key_claimed_by_both_copies_is_held_by_one_until_they_merge(
    trio: list[Replica],
) -> None:
    laptop, desktop, lab = trio
    for replica in (laptop, desktop):
        replica.library.import_path(BIB)
        replica.exchange()
        deliver(replica, lab)
    lab.exchange()
    rows = lab.library.conn.execute("SELECT title, gid, citation_key FROM papers").fetchall()
    by_title: dict[str, list[tuple[str, str | None]]] = {}
    for title, gid, key in rows:
        by_title.setdefault(title, []).append((gid, key))
    assert len(by_title) == laptop.library.count() == 5
    for copies in by_title.values():  # the smaller global id holds the key, the other none
        (_, smaller), (_, larger) = sorted(copies)
        assert smaller is not None and larger is None
    everyone(trio)
    keys = {replica.name: sorted(gids(replica)) for replica in trio}
    assert keys["lab"] == keys["laptop"] == keys["desktop"]
    held = lab.library.conn.execute("SELECT count(citation_key) FROM papers").fetchone()
    assert held == (5,)
    assert lab.state() == laptop.state() == desktop.state()
