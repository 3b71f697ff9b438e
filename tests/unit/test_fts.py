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

import pytest
from benchmarks.generate import write_arxiv_listing

from papershelf.library import ImportCancelled, Library
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


def words_index(conn: sqlite3.Connection) -> dict[str, set[int]]:
    """Every word of the papers' text -> the papers holding it (expected_hits for many words)."""
    found: dict[str, set[int]] = {}
    for row in conn.execute("SELECT id, title, abstract, authors_text FROM papers"):
        for word in words_of(" ".join(row[1:])):
            found.setdefault(word, set()).add(row[0])
    return found


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


def listing_of(tmp_path: Path, papers: int = 1500) -> Path:
    return write_arxiv_listing(tmp_path / "big.txt", papers, seed=11)


def prefix_hits(conn: sqlite3.Connection, stem: str) -> set[int]:
    query = "SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?"
    return {row[0] for row in conn.execute(query, (f'"{stem}"*',))}


def title_words(conn: sqlite3.Connection) -> list[str]:
    words: set[str] = set()
    for (title,) in conn.execute("SELECT title FROM papers"):
        words |= words_of(title)
    return sorted(words)[::5]


def test_a_bulk_import_indexes_what_the_usual_settings_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bigger flushes and no automerge change how FTS5 lays out its segments, not what it
    finds; the usual settings are stored again at the end."""
    listing = listing_of(tmp_path)
    configured: list[dict[str, int]] = []
    configure = fts._configure
    monkeypatch.setattr(
        fts,
        "_configure",
        lambda conn, settings: configured.append(settings) or configure(conn, settings),
    )
    with Library(tmp_path / "bulk.db") as bulk:
        configured.clear()  # creating the library rebuilt its empty index in bulk
        bulk.import_path(listing)
        assert configured == []  # the import left its papers' indexing for later
        assert fts.pending(bulk.conn) == 1500
        assert bulk.index_pending() == 0
        assert configured == [fts.BULK_SETTINGS, fts.USUAL_SETTINGS]
        assert fts.settings(bulk.conn) == fts.USUAL_SETTINGS
        fts.check(bulk.conn)
        words = title_words(bulk.conn)
        assert len(words) > 50
        found = {word: index_hits(bulk.conn, word) for word in words}
        stems = {stem: prefix_hits(bulk.conn, stem) for stem in ("le", "tra", "neur", "st")}
        assert all(stems.values())
    monkeypatch.setattr(fts, "BULK_FROM", 10**9)
    with Library(tmp_path / "usual.db") as usual:
        configured.clear()
        usual.import_path(listing)
        assert usual.index_pending() == 0
        assert configured == []
        for word in words:
            assert index_hits(usual.conn, word) == found[word] != set(), word
        for stem, hits in stems.items():  # prefix queries read FTS5's 2-letter index too
            assert prefix_hits(usual.conn, stem) == hits, stem


def test_a_failed_bulk_import_keeps_the_usual_settings_and_a_sound_index(
    tmp_path: Path,
) -> None:
    calls = []

    def cancel_at_the_second_batch() -> bool:
        calls.append(1)
        return len(calls) >= 2

    with Library(tmp_path / "lib.db") as library:
        library.import_path(seed("001"))
        before = library.count()
        with pytest.raises(ImportCancelled):
            library.import_path(listing_of(tmp_path), cancelled=cancel_at_the_second_batch)
        assert library.count() == before
        assert fts.settings(library.conn) == fts.USUAL_SETTINGS
        fts.check(library.conn)
        library.update_paper(1, title="Quokka census")  # the usual path still indexes
        assert index_hits(library.conn, "quokka") == {1}
        fts.check(library.conn)


@pytest.mark.parametrize("indexed_first", [True, False], ids=["indexed", "pending"])
def test_undo_and_redo_of_a_bulk_import(tmp_path: Path, indexed_first: bool) -> None:
    """Undone and redone before or after the index caught up with it."""
    with Library(tmp_path / "lib.db") as library:
        library.import_path(listing_of(tmp_path))
        words = title_words(library.conn)
        if indexed_first:
            library.index_pending()
        else:
            assert fts.pending(library.conn) == 1500
            assert library.undo() is not None and library.redo() is not None
            fts.check(library.conn)
        assert fts.pending(library.conn) == 0
        found = {word: index_hits(library.conn, word) for word in words}
        expected = words_index(library.conn)
        assert found == {word: expected.get(word, set()) for word in words}
        assert library.undo() is not None
        fts.check(library.conn)
        assert library.count() == 0 and index_hits(library.conn, words[0]) == set()
        assert library.redo() is not None
        fts.check(library.conn)
        assert fts.settings(library.conn) == fts.USUAL_SETTINGS
        assert {word: index_hits(library.conn, word) for word in words} == found


def test_a_search_right_after_a_big_import_finds_every_paper(tmp_path: Path) -> None:
    """The import returns before its papers are indexed; the first search indexes them."""
    with Library(tmp_path / "lib.db") as library:
        library.import_path(listing_of(tmp_path))
        assert fts.pending(library.conn) == 1500
        word = title_words(library.conn)[3]
        expected = expected_hits(library.conn, word)
        assert expected and index_hits(library.conn, word) == set()  # not indexed yet
        assert set(library.query_ids(Filter(search=word))) == expected
        assert fts.pending(library.conn) == 0
        assert index_hits(library.conn, word) == expected
        fts.check(library.conn)


def test_papers_changed_before_the_index_caught_up_are_indexed_as_they_are_then(
    tmp_path: Path,
) -> None:
    """Edits, merges, the trash and undo of papers waiting for the index skip it; the catch-up
    indexes each paper once, from its values at that time."""
    with Library(tmp_path / "lib.db") as library:
        library.import_path(seed("001"))  # indexed at once: a small import
        small = library.count()
        library.import_path(listing_of(tmp_path))
        waiting = small + 1
        library.update_paper(waiting, title="Zebrafish navigation", abstract="Quokka habitats.")
        library.update_paper(1, title="Narwhal acoustics")  # an indexed paper still re-indexes
        library.merge(waiting + 1, waiting + 2)
        library.trash([waiting + 3, 2])
        assert library.empty_trash() == 2
        assert library.undo() is not None  # the emptying: both papers come back
        library.import_path(write_arxiv_listing(tmp_path / "more.txt", 1200, seed=12))
        assert fts.pending(library.conn) > 2000
        assert index_hits(library.conn, "zebrafish") == set()
        assert index_hits(library.conn, "narwhal") == {1}
        fts.check(library.conn)  # catches up first
        assert fts.pending(library.conn) == 0
        assert index_hits(library.conn, "zebrafish") == {waiting}
        assert index_hits(library.conn, "quokka") == {waiting}
        expected = words_index(library.conn)
        for word in title_words(library.conn)[::9]:
            assert index_hits(library.conn, word) == expected[word], word


def test_the_command_line_import_leaves_nothing_to_index(tmp_path: Path) -> None:
    from papershelf.cli import main

    database = tmp_path / "lib.db"
    assert main(["--db", str(database), "import", "--quiet", str(listing_of(tmp_path))]) == 0
    with Library(database) as library:
        assert library.count() == 1500
        assert fts.pending(library.conn) == 0
        fts.check(library.conn)


def test_an_import_undone_before_the_catch_up_leaves_no_double_index(tmp_path: Path) -> None:
    """The undone import's pending range stays; the next import reuses its ids."""
    with Library(tmp_path / "lib.db") as library:
        library.import_path(listing_of(tmp_path))
        assert library.undo() is not None
        library.import_path(write_arxiv_listing(tmp_path / "more.txt", 1200, seed=12))
        assert library.index_pending(limit=700) > 0  # in two chunks
        assert library.index_pending() == 0
        fts.check(library.conn)
        expected = words_index(library.conn)
        for word in title_words(library.conn)[::9]:
            assert index_hits(library.conn, word) == expected[word], word
