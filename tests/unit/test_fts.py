"""The listing's full-text index keeps no copy of the text: triggers must keep it exact.

FTS5 takes a row out of an external-content index by the values it was indexed with; if any
write path changed a paper's text without the index seeing the old values, the index would
silently go wrong. FTS5's integrity check (with the content table) compares every row.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from pathlib import Path

from papershelf.library import Library
from papershelf.store import fts
from papershelf.store.search import Filter
from tests.conftest import seed


def words_of(text: str) -> set[str]:
    """unicode61 with remove_diacritics 2, for the text of the seeds."""
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )
    return set(re.findall(r"[^\W_]+", stripped.casefold()))


def expected_hits(conn: sqlite3.Connection, word: str) -> set[int]:
    rows = conn.execute("SELECT id, title, abstract, authors_text FROM papers")
    return {row[0] for row in rows if word in words_of(" ".join(row[1:]))}


def index_hits(conn: sqlite3.Connection, word: str) -> set[int]:
    query = "SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?"
    return {row[0] for row in conn.execute(query, (f'"{word}"',))}


def test_index_matches_the_text_through_every_kind_of_write(seeded: Library) -> None:
    conn = seeded.conn
    fts.check(conn)
    seeded.update_paper(1, title="Zebrafish navigation", abstract="Quokka habitats.")
    seeded.update_paper(2, authors=["Ada Lovelace", "Émile Borel"])
    fts.check(conn)
    assert index_hits(conn, "zebrafish") == {1}
    assert index_hits(conn, "emile") == {2}
    seeded.merge(3, 4)
    seeded.trash([5, 6])
    fts.check(conn)
    assert seeded.empty_trash() == 2
    fts.check(conn)
    for _ in range(5):  # undo the trash, the emptying, the merge and both edits
        assert seeded.undo() is not None
        fts.check(conn)
    assert index_hits(conn, "zebrafish") == set()
    for _ in range(5):
        assert seeded.redo() is not None
        fts.check(conn)
    assert index_hits(conn, "quokka") == {1}


def test_every_word_of_the_seeds_finds_exactly_its_papers(seeded: Library) -> None:
    conn = seeded.conn
    vocabulary = set()
    for (text,) in conn.execute("SELECT title || ' ' || authors_text FROM papers"):
        vocabulary |= words_of(text)
    assert len(vocabulary) > 500
    for word in sorted(vocabulary)[::7]:
        assert index_hits(conn, word) == expected_hits(conn, word), word


def test_the_trash_is_searchable(seeded: Library) -> None:
    (paper,) = seeded.query_ids(Filter(search='"Dual Mutual Learning Network"'))
    seeded.trash([paper])
    assert seeded.query_ids(Filter(search='"Dual Mutual Learning Network"')) == []
    trashed = Filter(search='"Dual Mutual Learning Network"', trash=True)
    assert seeded.query_ids(trashed) == [paper]


def test_undo_and_redo_of_imports_move_whole_sets_in_and_out(library: Library) -> None:
    library.import_path(seed("001"))
    assert library.import_path(seed("004")).merged == 2
    library.update_paper(1, title="Salient quokka detection")
    hits = index_hits(library.conn, "salient")
    assert hits
    for _ in range(3):
        assert library.undo() is not None
        fts.check(library.conn)
    assert library.conn.execute("SELECT count(*) FROM papers").fetchone()[0] == 0
    assert index_hits(library.conn, "salient") == set()
    for _ in range(3):
        assert library.redo() is not None
        fts.check(library.conn)
    assert index_hits(library.conn, "salient") == hits
    assert index_hits(library.conn, "quokka") == {1}


def test_index_keeps_no_copy_of_the_text(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as library:
        tables = {r[0] for r in library.conn.execute("SELECT name FROM sqlite_master")}
    assert "papers_fts_content" not in tables
    assert "meta_fts_content" in tables  # the reader's words are small and keep theirs
