"""Undo and redo of every kind of change, checked on the tables and the search index."""

from __future__ import annotations

from pathlib import Path

from papershelf.library import Library
from papershelf.store.search import Filter
from tests.conftest import seed


def snapshot(library: Library) -> list[str]:
    # FTS5 segment pages differ physically after re-indexing; the index is checked by queries.
    # Stale marks of the export cache only ever grow: an undone change still re-renders once.
    derived = ("undo_", "_fts", "entry_stale")
    return [line for line in library.conn.iterdump() if not any(d in line for d in derived)]


def fts_hits(library: Library, query: str) -> int:
    return library.count(Filter(search=query))


def test_bulk_tag_rate_status_undo_redo(seeded: Library) -> None:
    before = snapshot(seeded)
    ids = seeded.query_ids(Filter(search="author:qian"))
    seeded.tag(ids, add=["metric-learning"])
    seeded.rate(ids, 3)
    seeded.set_status(ids, "to-read")
    after = snapshot(seeded)
    assert seeded.undo_label() == "Mark 14 papers To read"
    assert [seeded.undo(), seeded.undo(), seeded.undo()] == [
        "Mark 14 papers To read",
        "Rate 14 papers 3★",
        "Tag 14 papers",
    ]
    assert snapshot(seeded) == before
    assert fts_hits(seeded, "tag:metric-learning") == 0 and fts_hits(seeded, "metric-learning") >= 0
    assert (
        seeded.undo_label() == f"Import Hugging Face daily from {seed('004').name}"
    )  # the seed imports come next
    assert [seeded.redo(), seeded.redo(), seeded.redo()] == [
        "Tag 14 papers",
        "Rate 14 papers 3★",
        "Mark 14 papers To read",
    ]
    assert snapshot(seeded) == after
    assert fts_hits(seeded, "tag:metric-learning rating:3") == 14


def test_import_undo_removes_papers_and_index(library: Library) -> None:
    library.import_path(seed("003"))
    library.import_path(seed("000"))
    assert library.count() == 41
    assert library.undo() == f"Import Author profile from {seed('000').name}"
    assert library.count() == 20
    assert fts_hits(library, "tokencut") == 0
    assert library.redo() == f"Import Author profile from {seed('000').name}"
    assert fts_hits(library, "tokencut") == 1 and library.count() == 41


def test_merge_and_delete_undo_restore_everything(seeded: Library) -> None:
    seeded.tag([1], add=["a"])
    seeded.tag([2], add=["b"])
    note = seeded.add_note(2, "note on two")
    seeded.create_queue("q")
    seeded.enqueue("q", [3, 2, 4])
    before = snapshot(seeded)
    seeded.merge(1, 2)
    merged = seeded.paper(1)
    assert merged["tags"] == ["a", "b"] and merged["notes"] == ["note on two"]
    assert seeded.queue_ids("q") == [3, 1, 4]
    seeded.trash([1])
    assert seeded.count() == 145
    seeded.undo()
    seeded.undo()
    assert snapshot(seeded) == before
    assert seeded.paper(2)["note_records"][0]["id"] == note
    assert seeded.queue_ids("q") == [3, 2, 4]
    assert fts_hits(seeded, '"note on two"') == 1


def test_rename_tag_undo_refreshes_index(seeded: Library) -> None:
    seeded.tag([5, 6], add=["fewshot"])
    seeded.rename_tag("fewshot", "few-shot-learning")
    assert fts_hits(seeded, "tag:few-shot-learning") == 2
    seeded.undo()
    assert fts_hits(seeded, "tag:fewshot") == 2
    # the tag text is back in the full-text index (`fewshot` alone finds "few shot" too)
    assert fts_hits(seeded, "tagtext:fewshot") == 2


def test_new_action_clears_redo_and_undo_survives_restart(seeded_path: Path) -> None:
    with Library(seeded_path) as first:
        first.rate([1], 5)
        first.rate([2], 4)
        first.undo()
        assert first.redo_label() == "Rate 1 paper 4★"
        first.rate([3], 1)
        assert first.redo_label() is None
    with Library(seeded_path) as second:
        assert second.undo() == "Rate 1 paper 1★"
        assert second.paper(3)["rating"] == 0
        assert second.paper(1)["rating"] == 5


def test_queue_moves_undo(seeded: Library) -> None:
    seeded.create_queue("q")
    seeded.enqueue("q", [1, 2, 3, 4])
    seeded.move_in_queue("q", [4], 1)
    seeded.move_in_queue("q", [2, 3], 1)
    assert seeded.queue_ids("q") == [2, 3, 4, 1]
    seeded.undo()
    assert seeded.queue_ids("q") == [4, 1, 2, 3]
    seeded.undo()
    assert seeded.queue_ids("q") == [1, 2, 3, 4]
    seeded.redo()
    assert seeded.queue_ids("q") == [4, 1, 2, 3]


def test_inverse_update_sets_only_what_changed_never_the_key(seeded: Library) -> None:
    """Assigning the key, even to itself, makes SQLite move the row through every index."""
    seeded.rate([1, 2], 3)
    statements = {
        row[0]
        for row in seeded.conn.execute(
            "SELECT statement FROM undo_log WHERE step = (SELECT max(id) FROM undo_steps)"
        )
    }
    assert statements <= {
        "UPDATE papers SET rating = ? WHERE id = ?",
        "UPDATE papers SET rating = ?, modified = ? WHERE id = ?",  # when the clock moved on
    }
    seeded.rate([1], 3)  # nothing changes: nothing is logged, no empty step is kept
    assert seeded.undo_label() == "Rate 2 papers 3★"


def test_a_replayed_run_keeps_row_order_where_a_row_changes_twice(library: Library) -> None:
    from papershelf.store.undo import _execute_run

    conn = library.conn
    conn.execute("CREATE TEMP TABLE t (id INTEGER PRIMARY KEY, a, b)")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?)", [(1, 0, 0), (2, 0, 0)])
    statement = "UPDATE t SET a = ?, b = ? WHERE id = ?"
    _execute_run(conn, statement, [[1.5, "x", 1], [None, 7, 2]])  # distinct rows: one statement
    assert conn.execute("SELECT * FROM t ORDER BY id").fetchall() == [(1, 1.5, "x"), (2, None, 7)]
    _execute_run(conn, statement, [[5, "first", 1], [6, "second", 1]])  # the last write wins
    assert conn.execute("SELECT a, b FROM t WHERE id = 1").fetchone() == (6, "second")
