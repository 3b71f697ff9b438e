"""What changed since the last exchange, as the triggers of schema 15 note it, so that an
exchange reads only those papers (store.sync_dirty)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from papershelf import sync
from papershelf.library import Library
from papershelf.store import sync_dirty, sync_rows
from papershelf.store.connection import migrate, schema_version
from papershelf.store.schema import LATEST
from tests.conftest import DATA
from tests.syncing import Replica, everyone


def gid(library: Library, paper_id: int) -> str:
    return str(
        library.conn.execute("SELECT gid FROM papers WHERE id = ?", (paper_id,)).fetchone()[0]
    )


def test_a_library_that_does_not_sync_notes_nothing(seeded: Library) -> None:
    seeded.tag([1, 2], add=["later"])
    seeded.add_note(3, "a note")
    seeded.create_queue("q")
    seeded.enqueue("q", [4])
    assert not sync_dirty.pending(seeded.conn)


def test_each_kind_of_edit_notes_its_paper_and_nothing_else(pair: list[Replica]) -> None:
    library = pair[0].library
    assert not sync_dirty.pending(library.conn)
    library.tag([1], add=["later"])
    library.add_note(2, "a note")
    library.rate([3], 5)
    library.update_paper(4, title="A title fixed by hand")
    library.trash([5])
    assert sync_dirty.take(library.conn) == (
        {gid(library, i) for i in (1, 2, 3, 4, 5)},
        set(),
        False,
    )
    assert sync_dirty.take(library.conn) == (set(), set(), False)  # taken: cleared


def test_a_renamed_tag_notes_every_paper_that_carries_it(pair: list[Replica]) -> None:
    library = pair[0].library
    library.tag([6, 7], add=["draft"])
    sync_dirty.clear(library.conn)
    library.rename_tag("draft", "final")
    changed, _, _ = sync_dirty.take(library.conn)
    assert changed == {gid(library, 6), gid(library, 7)}


def test_a_paper_deleted_for_good_is_noted_by_its_global_id_until_it_is_back(
    pair: list[Replica],
) -> None:
    library = pair[0].library
    gone = gid(library, 8)
    library.trash([8])
    library.empty_trash()
    assert sync_dirty.take(library.conn)[1] == {gone}
    library.undo()  # the paper is back, with its global id: a change, not a deletion
    assert sync_dirty.take(library.conn)[:2] == ({gone}, set())


def test_queue_edits_are_noted(pair: list[Replica]) -> None:
    library = pair[0].library
    library.create_queue("thesis")
    assert sync_dirty.take(library.conn)[2] is True
    library.enqueue("thesis", [1, 2])
    library.move_in_queue("thesis", [2], 1)
    assert sync_dirty.take(library.conn)[2] is True


def test_an_exchange_clears_the_marks_and_what_it_wrote_is_not_sent_back(
    pair: list[Replica],
) -> None:
    laptop, desktop = pair
    laptop.library.tag([1], add=["from-laptop"])
    assert sync.status(laptop.library)["unsent"] is True
    everyone(pair)
    for replica in pair:
        assert not sync_dirty.pending(replica.library.conn)
        assert sync.status(replica.library)["unsent"] is False
    assert laptop.exchange().sent is None and desktop.exchange().sent is None


def test_a_library_synced_before_schema_15_sends_what_it_changed_then(tmp_path: Path) -> None:
    path = tmp_path / "v14.db"
    shutil.copy(DATA / "library-v12.db", path)
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=14)
    papers = conn.execute("SELECT count(*) FROM papers").fetchone()[0]
    # As schema 14 left it: a sync folder, and the fingerprints of the last exchange, one of
    # them of a paper deleted since.
    conn.executemany(
        "INSERT INTO sync_state (key, value) VALUES (?, ?)",
        [("folder", str(tmp_path / "folder")), ("digests", '{"0123456789abcdef": "x"}')],
    )
    conn.close()
    with Library(path) as library:
        assert schema_version(library.conn) == LATEST  # 15 and the steps after it
        assert sync_rows.get_state(library.conn, "digests") is None
        changed, removed, queues = sync_dirty.take(library.conn)
        assert len(changed) == papers and removed == {"0123456789abcdef"} and queues
