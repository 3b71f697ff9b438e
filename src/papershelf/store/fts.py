"""The full-text indexes and the one code path that keeps them in step with the tables.

`papers_fts` indexes the listing's text (title, abstract, authors) of every paper, trashed ones
included (searches filter on `deleted` like every other query). Since schema 8 it keeps no copy
of the text: it is an external-content index over the `papers_text` view, kept current by
triggers on `papers`. A trigger sees the exact values that were indexed, which FTS5 needs to
take a row out again, so no code path can leave the index out of step, and an import writes
each abstract once instead of twice.

`meta_fts` holds the reader's words (tags, notes) of live papers. It is apart so that tagging
10k papers re-indexes a few words per paper instead of 10k abstracts, and it is refreshed from
the ids a write touched.

A big import leaves its papers out of `papers_fts` and notes their id range in `fts_pending`
(see `deferred_inserted`): it returns as soon as the papers are stored, and the index catches
up afterwards (`catch_up`: the CLI right after its report, the window in the background).
Every path that reads the index calls `ready` first, so a search never misses a paper, and the
triggers and the bulk paths leave pending papers alone: a paper is indexed once, from its
values at catch-up time.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress

BATCH = 5000
_LISTED = "(SELECT value FROM json_each(?))"
_META_DELETE = f"DELETE FROM meta_fts WHERE rowid IN {_LISTED}"
# Papers without tags or notes get no row: it could match nothing, and an import of 100k
# papers would otherwise write 100k empty rows.
_META_INSERT = f"""
INSERT INTO meta_fts (rowid, tags, notes)
SELECT p.id,
       (SELECT group_concat(t.name, ' ') FROM paper_tags pt
          JOIN tags t ON t.id = pt.tag_id WHERE pt.paper_id = p.id),
       (SELECT group_concat(n.body, ' ') FROM notes n WHERE n.paper_id = p.id)
  FROM papers p
 WHERE p.id IN {_LISTED} AND p.deleted IS NULL
   AND (EXISTS (SELECT 1 FROM paper_tags pt WHERE pt.paper_id = p.id)
        OR EXISTS (SELECT 1 FROM notes n WHERE n.paper_id = p.id))
"""

_TEXT = ("title", "abstract", "authors_text")
_VALUES = ", ".join(f"{{row}}.{column}" for column in _TEXT)
_ADD = f"INSERT INTO papers_fts (rowid, title, abstract, authors) VALUES ({{row}}.id, {_VALUES});"
_TAKE = (
    "INSERT INTO papers_fts (papers_fts, rowid, title, abstract, authors) "
    f"VALUES ('delete', {{row}}.id, {_VALUES});"
)
_CHANGED = " OR ".join(f"OLD.{column} IS NOT NEW.{column}" for column in ("id", *_TEXT))
_NOT_PENDING = "NOT EXISTS (SELECT 1 FROM fts_pending WHERE {row}.id BETWEEN lo AND hi)"
PENDING_TABLE = """
CREATE TABLE IF NOT EXISTS fts_pending (
    lo INTEGER NOT NULL,
    hi INTEGER NOT NULL
)
"""
# Since schema 17 the triggers skip papers whose indexing is pending (see `catch_up`).
TRIGGERS = f"""
CREATE TRIGGER papers_fts_insert AFTER INSERT ON papers
WHEN NOT (SELECT paused FROM fts_state) AND {_NOT_PENDING.format(row="NEW")} BEGIN
    {_ADD.format(row="NEW")}
END;
CREATE TRIGGER papers_fts_delete AFTER DELETE ON papers
WHEN NOT (SELECT paused FROM fts_state) AND {_NOT_PENDING.format(row="OLD")} BEGIN
    {_TAKE.format(row="OLD")}
END;
CREATE TRIGGER papers_fts_update AFTER UPDATE OF {", ".join(("id", *_TEXT))} ON papers
WHEN ({_CHANGED}) AND {_NOT_PENDING.format(row="OLD")} BEGIN
    {_TAKE.format(row="OLD")}
    {_ADD.format(row="NEW")}
END;
"""
TRIGGER_NAMES = ("papers_fts_insert", "papers_fts_delete", "papers_fts_update")
LISTING_INDEX = f"""
CREATE VIEW papers_text AS SELECT id, title, abstract, authors_text AS authors FROM papers;
CREATE VIRTUAL TABLE papers_fts USING fts5 (
    title, abstract, authors,
    content = 'papers_text', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2'
);
CREATE TABLE fts_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    paused INTEGER NOT NULL DEFAULT 0
);
INSERT INTO fts_state (id, paused) VALUES (1, 0);
CREATE TRIGGER papers_fts_insert AFTER INSERT ON papers
WHEN NOT (SELECT paused FROM fts_state) BEGIN
    {_ADD.format(row="NEW")}
END;
CREATE TRIGGER papers_fts_delete AFTER DELETE ON papers
WHEN NOT (SELECT paused FROM fts_state) BEGIN
    {_TAKE.format(row="OLD")}
END;
CREATE TRIGGER papers_fts_update AFTER UPDATE OF {", ".join(("id", *_TEXT))} ON papers
WHEN {_CHANGED} BEGIN
    {_TAKE.format(row="OLD")}
    {_ADD.format(row="NEW")}
END;
"""


# FTS5 flushes its pending terms at every statement that fires a trigger into it, so 1,000
# rows inserted one `executemany` row at a time would write 1,000 tiny segments (3x slower).
# Bulk paths pause the insert and delete triggers and index whole sets with `index`/`unindex`.


# FTS5 writes the terms of new rows out as a segment whenever they pass `hashsize` (1 MiB by
# default: every ~600 papers), and merges segments as they pile up. A big write that keeps 32 MiB
# pending flushes ~50x less often, so fewer segments are merged later: 100k papers index in
# ~12% less time. (Turning `automerge` off as well saved ~35% on one import, but the merges
# it skipped came back as crisis merges inside the next big imports: three 100k imports took
# as long in total, one of them 20 s longer than the others.)
BULK_SETTINGS = {"hashsize": 32 * 2**20}
USUAL_SETTINGS = {"hashsize": 2**20}  # FTS5's default
BULK_FROM = 1000  # papers (or undo rows) a write must expect to index in bulk
DEFER_FROM = 1000  # papers an import must expect to leave their indexing for later


@contextmanager
def bulk_indexing(conn: sqlite3.Connection, expected: int) -> Iterator[None]:
    """Index a big set with fewer, larger flushes; the usual setting is stored again at the
    end. (On an error the rollback restores the stored setting, and FTS5 reloads it when it
    sees the reverted config cookie.) Small writes keep the usual one."""
    if expected < BULK_FROM:
        yield
        return
    _configure(conn, BULK_SETTINGS)
    yield
    _configure(conn, USUAL_SETTINGS)


def _configure(conn: sqlite3.Connection, settings: dict[str, int]) -> None:
    for name, value in settings.items():
        conn.execute("INSERT INTO papers_fts (papers_fts, rank) VALUES (?, ?)", (name, value))


def settings(conn: sqlite3.Connection) -> dict[str, int]:
    """The listing index's stored settings that `bulk_indexing` changes (absent: default)."""
    stored = dict(conn.execute("SELECT k, v FROM papers_fts_config").fetchall())
    return {name: int(stored.get(name, usual)) for name, usual in USUAL_SETTINGS.items()}


@contextmanager
def paused(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside the block, inserted and deleted papers are the caller's to (un)index."""
    conn.execute("UPDATE fts_state SET paused = 1")
    try:
        yield
    finally:
        conn.execute("UPDATE fts_state SET paused = 0")


Text = tuple[int, str, str, str]  # id, title, abstract, authors_text
_INDEX_ROW = "INSERT INTO papers_fts (rowid, title, abstract, authors) VALUES (?, ?, ?, ?)"
_UNINDEX_ROW = (
    "INSERT INTO papers_fts (papers_fts, rowid, title, abstract, authors) "
    "VALUES ('delete', ?, ?, ?, ?)"
)
_TEXT_OF = f"SELECT id, title, abstract, authors_text FROM papers WHERE id IN {_LISTED}"


def index(conn: sqlite3.Connection, paper_ids: Sequence[int]) -> None:
    conn.execute(
        "INSERT INTO papers_fts (rowid, title, abstract, authors) "
        f"SELECT id, title, abstract, authors_text FROM papers WHERE id IN {_LISTED} "
        f"AND {_NOT_PENDING.format(row='papers')}",
        (json.dumps(list(paper_ids)),),
    )


def index_text(conn: sqlite3.Connection, rows: Iterable[Text]) -> None:
    """Rows given as values: an `INSERT ... SELECT` per paper would flush FTS5 each time."""
    conn.executemany(_INDEX_ROW, _not_pending(conn, rows))


def unindex(conn: sqlite3.Connection, paper_ids: Sequence[int]) -> None:
    """Before the papers' rows go: FTS5 needs the values it indexed to take them out."""
    rows = conn.execute(_TEXT_OF, (json.dumps(list(paper_ids)),)).fetchall()
    conn.executemany(_UNINDEX_ROW, _not_pending(conn, rows))


def _not_pending(conn: sqlite3.Connection, rows: Iterable[Text]) -> Iterable[Text]:
    ranges = conn.execute("SELECT lo, hi FROM fts_pending").fetchall()
    if not ranges:
        return rows
    return [row for row in rows if not any(lo <= row[0] <= hi for lo, hi in ranges)]


@contextmanager
def deferred_inserted(conn: sqlite3.Connection, paper_ids: Sequence[int]) -> Iterator[None]:
    """Papers inserted inside the block wait for `catch_up` to be indexed. Consecutive ids
    (an import's batches) extend one pending range."""
    with paused(conn):
        yield
    for lo, hi in _runs(sorted(paper_ids)):
        extended = conn.execute("UPDATE fts_pending SET hi = ? WHERE hi = ?", (hi, lo - 1))
        if not extended.rowcount:
            conn.execute("INSERT INTO fts_pending (lo, hi) VALUES (?, ?)", (lo, hi))


def _runs(ids: Sequence[int]) -> Iterator[tuple[int, int]]:
    start = 0
    for position in range(1, len(ids) + 1):
        if position == len(ids) or ids[position] != ids[position - 1] + 1:
            yield ids[start], ids[position - 1]
            start = position


def pending(conn: sqlite3.Connection) -> int:
    """How many paper ids wait for the index (an upper bound: deleted ones are counted)."""
    found = conn.execute("SELECT coalesce(sum(hi - lo + 1), 0) FROM fts_pending").fetchone()
    return int(found[0])


def catch_up(conn: sqlite3.Connection, *, limit: int | None = None) -> int:
    """Index pending papers from their current values, at most `limit` ids of them (all when
    None) in the caller's transaction; returns how many ids were covered."""
    ranges = _union(conn.execute("SELECT lo, hi FROM fts_pending").fetchall())
    left: list[tuple[int, int]] = []
    done = 0
    with bulk_indexing(conn, min(limit or BULK_FROM, sum(hi - lo + 1 for lo, hi in ranges))):
        for lo, hi in ranges:
            if limit is not None and done >= limit:
                left.append((lo, hi))
                continue
            end = hi if limit is None else min(hi, lo + limit - done - 1)
            conn.execute(
                "INSERT INTO papers_fts (rowid, title, abstract, authors) "
                "SELECT id, title, abstract, authors_text FROM papers WHERE id BETWEEN ? AND ?",
                (lo, end),
            )
            if end < hi:
                left.append((end + 1, hi))
            done += end - lo + 1
    conn.execute("DELETE FROM fts_pending")
    conn.executemany("INSERT INTO fts_pending (lo, hi) VALUES (?, ?)", left)
    return done


def _union(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping ranges as one, so that no paper is indexed twice: an import undone before
    the catch-up leaves its range, and the next import reuses its ids."""
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def ready(conn: sqlite3.Connection) -> None:
    """Before the listing index is read: the papers still waiting are indexed (in the open
    transaction, or in one of their own), so that no search misses them."""
    if conn.execute("SELECT 1 FROM fts_pending LIMIT 1").fetchone() is None:
        return
    if conn.in_transaction:
        catch_up(conn)
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        catch_up(conn)
    except BaseException:
        with suppress(sqlite3.OperationalError):  # SQLite may have rolled back already
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def bulk_inserted(conn: sqlite3.Connection, paper_ids: Sequence[int]) -> Iterator[None]:
    """Index papers inserted inside the block with one statement after it."""
    with paused(conn):
        yield
    index(conn, paper_ids)


def refresh(conn: sqlite3.Connection, paper_ids: Iterable[int]) -> None:
    """Re-index these papers' tags and notes (trashed or deleted ones drop out)."""
    ids = sorted(set(paper_ids))
    for start in range(0, len(ids), BATCH):
        chunk = json.dumps(ids[start : start + BATCH])
        conn.execute(_META_DELETE, (chunk,))
        conn.execute(_META_INSERT, (chunk,))


def rebuild(conn: sqlite3.Connection) -> None:
    with bulk_indexing(conn, BULK_FROM):
        conn.execute("INSERT INTO papers_fts (papers_fts) VALUES ('rebuild')")
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'fts_pending'").fetchone():
        conn.execute("DELETE FROM fts_pending")  # every paper is indexed now
    conn.execute("DELETE FROM meta_fts")
    refresh(conn, [row[0] for row in conn.execute("SELECT id FROM papers")])


def check(conn: sqlite3.Connection) -> None:
    """FTS5's own check that the listing index matches the papers' text; raises if not."""
    ready(conn)
    conn.execute("INSERT INTO papers_fts (papers_fts, rank) VALUES ('integrity-check', 1)")
