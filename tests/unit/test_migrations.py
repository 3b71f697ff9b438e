"""Schema versions: from an empty file, from each earlier real file, and refusing newer ones."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from papershelf.core.errors import LibraryError
from papershelf.library import Library
from papershelf.store import entry_cache, fts
from papershelf.store.connection import migrate, schema_version
from papershelf.store.schema import LATEST, MIGRATIONS
from papershelf.store.search import Filter, order_by
from tests.conftest import DATA


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def test_empty_file_reaches_latest(db_path: Path) -> None:
    with Library(db_path) as library:
        assert schema_version(library.conn) == LATEST == len(MIGRATIONS)
        assert library.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert library.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


@pytest.mark.parametrize("step", range(1, LATEST + 1))
def test_each_step_applies_on_its_predecessor(tmp_path: Path, step: int) -> None:
    conn = sqlite3.connect(tmp_path / "steps.db", isolation_level=None)
    migrate(conn, target=step - 1)
    assert schema_version(conn) == step - 1
    migrate(conn, target=step)
    assert schema_version(conn) == step
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_version_1_file_migrates_and_keeps_the_readers_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(DATA / "library-v1.db", path)
    with sqlite3.connect(path) as raw:
        assert schema_version(raw) == 1
        assert "citation_key" not in columns(raw, "papers")
    with Library(path) as library:
        assert schema_version(library.conn) == LATEST
        assert library.count() == 147
        first = library.paper(1)
        assert (first["rating"], first["tags"], first["notes"]) == (
            5,
            ["vision"],
            ["Read the **TokenCut** ablations."],
        )
        assert first["citation_key"] is None
        assert library.paper(2)["status"] == "reading"
        assert library.queue_ids("thesis") == [3, 1, 2]
        assert library.count(Filter(search="tokencut ablations")) == 1
        assert library.keyed_papers([1])[0]["citation_key"] == "wangTokenCutSegmentingObjects2022"


def test_version_2_file_keeps_citation_keys_and_gains_undo(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    shutil.copy(DATA / "library-v2.db", path)
    with sqlite3.connect(path) as raw:
        assert schema_version(raw) == 2
    with Library(path) as library:
        assert schema_version(library.conn) == LATEST
        assert [p["citation_key"] for p in library.papers([1, 2])] == [
            "wangTokenCutSegmentingObjects2022",
            "myPinnedKey",
        ]
        assert library.queue_ids("thesis") == [3, 1, 2]
        library.rate([3], 4)
        assert library.undo() == "Rate 1 paper 4★"  # the undo log of schema 3 works on old data
        assert library.paper(3)["rating"] == 0


def test_failed_migration_leaves_the_file_at_its_old_version(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(DATA / "library-v1.db", path)
    with sqlite3.connect(path) as raw:  # a column the next step wants to add is in the way
        raw.execute("ALTER TABLE papers ADD COLUMN citation_key TEXT")
    with pytest.raises(LibraryError, match="cannot be opened"):
        Library(path)
    with sqlite3.connect(path) as raw:
        assert schema_version(raw) == 1


def test_newer_library_is_refused_and_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE x (y)")
        raw.execute(f"PRAGMA user_version = {LATEST + 1}")
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="newer Papershelf"):
        Library(path)
    assert path.read_bytes() == before


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not SQLite\n" * 100)
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="not a Papershelf library"):
        Library(path)
    assert path.read_bytes() == before


def test_version_4_file_moves_authors_into_the_row(tmp_path: Path) -> None:
    path = tmp_path / "v4.db"
    shutil.copy(DATA / "library-v4.db", path)
    with sqlite3.connect(path) as raw:
        assert schema_version(raw) == 4
        expected = {
            paper_id: [
                r[0]
                for r in raw.execute(
                    "SELECT a.name FROM paper_authors pa JOIN authors a ON a.id = pa.author_id "
                    "WHERE pa.paper_id = ? ORDER BY pa.position",
                    (paper_id,),
                )
            ]
            for paper_id in range(1, 148)
        }
    with Library(path) as library:
        assert schema_version(library.conn) == LATEST
        tables = {r[0] for r in library.conn.execute("SELECT name FROM sqlite_master")}
        assert {"authors", "paper_authors", "papers_fts_content"}.isdisjoint(tables)
        fts.check(library.conn)  # schema 8: the rebuilt index matches every paper's text
        papers = library.papers(range(1, 148))
        assert {p["id"]: p["authors"] for p in papers} == expected
        assert expected[1][:3] == ["Yangtao Wang", "Xi Shen", "Yuan Yuan"]
        assert (library.paper(4)["rating"], library.paper(5)["tags"]) == (3, ["graphs"])
        assert library.undo_label() is None  # old steps named the dropped tables
        assert library.query_ids(Filter(search="author:yangtao")) == [1]
        assert library.count(Filter(search="tag:graphs")) == 1
        library.update_paper(1, authors=["Ann Other", "Yangtao Wang"])
        assert library.paper(1)["authors"] == ["Ann Other", "Yangtao Wang"]
        assert library.undo() is not None
        assert library.paper(1)["authors"] == expected[1]


def test_version_8_cache_moves_into_the_schema_9_table(seeded_path: Path) -> None:
    with Library(seeded_path) as library:
        ids = library.query_ids()
        exported = library.export(ids, "bibtex")
    # Put the cache back into its schema-6..8 shape: no keys, no stale marks.
    with sqlite3.connect(seeded_path) as raw:
        rows = raw.execute("SELECT paper_id, style, text FROM entry_cache").fetchall()
        raw.execute("DROP TABLE entry_cache")
        raw.execute("DROP TABLE entry_stale")
        triggers = "SELECT name FROM sqlite_master WHERE name LIKE 'entry_cache_%'"
        for (name,) in raw.execute(triggers).fetchall():
            raw.execute(f"DROP TRIGGER {name}")
        entry_cache.create(raw)
        raw.executemany("INSERT INTO entry_cache VALUES (?, ?, ?)", rows)
        raw.execute("DROP TABLE autoexports")  # made by a later step than 8
        raw.execute("PRAGMA user_version = 8")
    raw.close()
    raw = sqlite3.connect(seeded_path, isolation_level=None)
    migrate(raw, target=9)
    moved = raw.execute(
        "SELECT e.paper_id, e.style, e.text FROM entry_cache e JOIN papers p "
        "ON p.id = e.paper_id AND p.citation_key = e.citation_key ORDER BY e.paper_id"
    ).fetchall()
    raw.close()
    assert moved == sorted(rows) and len(rows) == len(ids)
    with Library(seeded_path) as library:
        assert schema_version(library.conn) == LATEST
        assert library.export(ids, "bibtex") == exported
        library.rate(ids[:3], 5)  # a change marks entries stale instead of deleting them
        stale = library.conn.execute("SELECT paper_id FROM entry_stale").fetchall()
        assert sorted(stale) == sorted((i,) for i in ids[:3])
        assert "ranking = {rank5}" in library.export(ids[:1], "bibtex")


def test_version_12_file_gains_global_ids_and_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "v12.db"
    shutil.copy(DATA / "library-v12.db", path)
    with sqlite3.connect(path) as raw:
        assert schema_version(raw) == 12
        assert "gid" not in columns(raw, "papers")
        papers = raw.execute("SELECT count(*) FROM papers").fetchone()[0]
    with Library(path) as library:
        assert schema_version(library.conn) == LATEST
        gids = [row[0] for row in library.conn.execute("SELECT gid FROM papers")]
        assert len(gids) == len(set(gids)) == papers
        assert all(len(gid) == 32 and int(gid, 16) >= 0 for gid in gids)
        (note_gid,) = library.conn.execute("SELECT gid FROM notes").fetchone()
        assert note_gid is not None and note_gid not in gids
        first = library.paper(1)
        assert (first["rating"], first["tags"], first["notes"]) == (
            5,
            ["vision"],
            ["Read the **TokenCut** ablations."],
        )
        assert library.paper(2)["status"] == "reading"
        assert library.queue_ids("thesis") == [3, 1, 2]
        trashed_gid = library.conn.execute("SELECT gid FROM papers WHERE id = 6").fetchone()[0]
        library.empty_trash()
        assert library.undo() is not None  # the undone deletion brings the paper back...
        again = library.conn.execute("SELECT gid FROM papers WHERE id = 6").fetchone()[0]
        assert again == trashed_gid  # ...with its global id


def test_version_16_file_gains_a_deferrable_listing_index(tmp_path: Path) -> None:
    """A real schema-12 file taken to 16 and then to 17: its indexed papers stay found, and
    its triggers now skip papers waiting for the index."""
    path = tmp_path / "v16.db"
    shutil.copy(DATA / "library-v12.db", path)
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=16)
    triggers = "SELECT sql FROM sqlite_master WHERE name = 'papers_fts_update'"
    assert "fts_pending" not in conn.execute(triggers).fetchone()[0]
    conn.close()
    with Library(path) as library:
        assert schema_version(library.conn) == LATEST
        assert "fts_pending" in library.conn.execute(triggers).fetchone()[0]
        assert fts.pending(library.conn) == 0
        fts.check(library.conn)
        title = library.paper(1)["title"]
        assert library.query_ids(Filter(search=f'"{title}"')) == [1]
        library.update_paper(1, title="Quokka census")
        assert library.query_ids(Filter(search="quokka")) == [1]
        fts.check(library.conn)


def test_version_18_file_sorts_papers_without_authors_last(tmp_path: Path) -> None:
    """A real schema-12 file taken to 18 and then to 19: an ascending sort by authors walks
    the new index, and its 106 papers without authors come after the named ones (its
    undated papers after the dated ones)."""
    path = tmp_path / "v18.db"
    shutil.copy(DATA / "library-v12.db", path)
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=18)
    indexes = "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%blank_last'"
    assert conn.execute(indexes).fetchall() == []
    conn.close()
    with Library(path) as library:
        assert schema_version(library.conn) == LATEST
        assert sorted(library.conn.execute(indexes)) == [
            ("papers_live_authors_blank_last",),
            ("papers_live_date_blank_last",),
        ]
        sql = f"SELECT p.id FROM papers p WHERE p.deleted IS NULL ORDER BY {order_by('authors')}"
        plan = str(library.conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall())
        assert "papers_live_authors_blank_last" in plan and "TEMP B-TREE" not in plan
        ids = library.query_ids(Filter(), sort="authors")
        named = dict(library.conn.execute("SELECT id, authors_text != '' FROM papers"))
        assert [named[i] for i in ids] == [1] * 40 + [0] * 106
        assert library.count() == 146
        dated = dict(library.conn.execute("SELECT id, date IS NOT NULL FROM papers"))
        ids = library.query_ids(Filter(), sort="date")
        assert [dated[i] for i in ids] == sorted((dated[i] for i in ids), reverse=True)
