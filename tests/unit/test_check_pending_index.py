"""A library a big import left with papers waiting for the listing index (the window catches
up in the background; a quit or a kill can come first) is sound: the deep check that restore
and the torture tests use passes it and leaves it as it was, while a drifted index still fails."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from benchmarks.generate import write_arxiv_listing

from papershelf.library import Library
from papershelf.store import fts, health
from papershelf.store.restore import restore_file
from papershelf.store.search import Filter
from tests.checks import snapshot


def library_with_pending_papers(tmp_path: Path) -> Path:
    path = tmp_path / "library.db"
    with Library(path) as library:
        library.import_path(write_arxiv_listing(tmp_path / "big.txt", 1500, seed=5))
        assert fts.pending(library.conn) == 1500  # a big import: the index catches up later
    return path


def deep_problems(path: Path) -> list[str]:
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        return health.deep_problems(conn)


def test_papers_waiting_for_the_index_are_no_damage(tmp_path: Path) -> None:
    path = library_with_pending_papers(tmp_path)
    before = snapshot(path)
    assert deep_problems(path) == []
    assert snapshot(path) == before  # checked in a savepoint rolled back: nothing written
    with Library(path) as library:
        assert fts.pending(library.conn) == 1500
        assert library.index_pending() == 0
        assert len(library.query_ids()) == 1500


def test_a_drifted_index_is_still_found_while_papers_wait(tmp_path: Path) -> None:
    path = library_with_pending_papers(tmp_path)
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        # Its text then changed behind the index's back (triggers gone, as when a foreign
        # tool writes the file).
        fts.catch_up(conn, limit=1)  # one paper indexed, the others still waiting
        (first,) = conn.execute("SELECT min(id) FROM papers").fetchone()
        conn.execute("PRAGMA recursive_triggers = OFF")
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'papers'"
        ).fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("UPDATE papers SET title = 'Quite another title' WHERE id = ?", (first,))
    problems = deep_problems(path)
    assert len(problems) == 1 and problems[0].startswith("full-text index papers_fts")


def test_a_backup_taken_while_papers_waited_restores(tmp_path: Path) -> None:
    (tmp_path / "then").mkdir()
    copy = library_with_pending_papers(tmp_path / "then")
    target = tmp_path / "now.db"
    with Library(target) as library:
        assert library.count() == 0
    restore_file(target, copy)
    with Library(target) as library:
        assert library.count() == 1500
        assert library.count(Filter(search="learning")) > 0  # the index caught up on reading
        assert fts.pending(library.conn) == 0
