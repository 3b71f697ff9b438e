"""Rendered BibTeX/BibLaTeX entries kept per paper, marked stale by triggers when inputs change.

Escaping a paper's fields for LaTeX costs ~0.1 ms; a 100k-paper export would spend most of its
time redoing it for papers that did not change. Every write that can change an entry (the paper
row, its links, tags, tag names, notes) marks the paper in `entry_stale` in the same
transaction, and a marked paper's entry is never served, whichever code path (import, edit,
undo, merge) made the change. The next export renders it again and clears the mark.

Schema 6 deleted the entry instead; deleting 10k entries of ~2 KB made rating 10k exported
papers cost ~1.5 s more. A mark is a small row (schema 9).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

# Schema 6 (kept as it shipped: the migration to 6 runs it).
TABLE = """
CREATE TABLE entry_cache (
    paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    style TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (paper_id, style)
) WITHOUT ROWID
"""
_DROP = "DELETE FROM entry_cache WHERE paper_id = {owner};"


def _triggers(action: str, on_rename: str) -> tuple[str, ...]:
    """`action` (with `{owner}`) for every change to a paper or its links, tags and notes."""
    return (
        "CREATE TRIGGER entry_cache_papers AFTER UPDATE ON papers BEGIN "
        + action.format(owner="NEW.id")
        + " END",
        *(
            f"CREATE TRIGGER entry_cache_{table}_{kind} AFTER {kind.upper()} ON {table} BEGIN "
            + action.format(owner=f"{row}.paper_id")
            + " END"
            for table in ("urls", "paper_tags", "notes")
            for kind, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD"))
        ),
        on_rename,
    )


TRIGGERS = _triggers(
    _DROP,
    "CREATE TRIGGER entry_cache_tags_rename AFTER UPDATE OF name ON tags BEGIN "
    "DELETE FROM entry_cache WHERE paper_id IN "
    "(SELECT paper_id FROM paper_tags WHERE tag_id = NEW.id); END",
)


def create(conn: sqlite3.Connection) -> None:
    conn.execute(TABLE)
    for trigger in TRIGGERS:
        conn.execute(trigger)


# Schema 9: a rowid table (entries this size spilled out of a WITHOUT ROWID table's pages into
# overflow pages, doubling the reads), the citation key kept beside the text for sorting, and
# stale marks instead of deletions.
TABLE_V9 = """
CREATE TABLE entry_cache_v9 (
    paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    style TEXT NOT NULL,
    citation_key TEXT NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (paper_id, style)
)
"""
# No foreign key: a child row deleted by a paper's cascade marks a paper that is going away.
# A mark left for a gone id costs at most one needless render if the id is reused.
STALE = "CREATE TABLE entry_stale (paper_id INTEGER PRIMARY KEY)"
# Not `INSERT OR IGNORE`: inside a trigger an outer upsert's conflict handling overrides it.
_MARK = (
    "INSERT INTO entry_stale (paper_id) SELECT {owner} "
    "WHERE NOT EXISTS (SELECT 1 FROM entry_stale WHERE paper_id = {owner});"
)
TRIGGERS_V9 = _triggers(
    _MARK,
    # An import's `ON CONFLICT DO UPDATE SET name = name` touches a tag without renaming it.
    "CREATE TRIGGER entry_cache_tags_rename AFTER UPDATE OF name ON tags "
    "WHEN OLD.name IS NOT NEW.name COLLATE BINARY BEGIN "
    "INSERT INTO entry_stale (paper_id) SELECT pt.paper_id FROM paper_tags pt "
    "WHERE pt.tag_id = NEW.id AND pt.paper_id NOT IN (SELECT paper_id FROM entry_stale); END",
)


def rebuild_v9(conn: sqlite3.Connection) -> None:
    """Move the cached entries into the schema-9 table, each with its paper's citation key."""
    conn.execute(TABLE_V9)
    conn.execute(
        "INSERT INTO entry_cache_v9 (paper_id, style, citation_key, text) "
        "SELECT e.paper_id, e.style, p.citation_key, e.text FROM entry_cache e "
        "JOIN papers p ON p.id = e.paper_id WHERE p.citation_key IS NOT NULL"
    )
    for (trigger,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'entry_cache_%'"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {trigger}")  # they sit on the tables they watch
    conn.execute("DROP TABLE entry_cache")
    conn.execute("ALTER TABLE entry_cache_v9 RENAME TO entry_cache")
    conn.execute(STALE)
    for trigger in TRIGGERS_V9:
        conn.execute(trigger)


Row = tuple[int, str, str]  # paper id, citation key, entry text


def cached(conn: sqlite3.Connection, ids: Sequence[int], style: str) -> list[Row]:
    """The fresh cached entries of these papers (in no particular order)."""
    # A few papers are looked up by key; for a good part of the library one pass over the
    # table is cheaper (0.5 s instead of 1.3 s at 100k).
    top = conn.execute("SELECT coalesce(max(id), 0) FROM papers").fetchone()[0]
    test = "+paper_id" if 4 * len(ids) >= top else "paper_id"
    sql = (
        "SELECT paper_id, citation_key, {text} FROM entry_cache "
        f"WHERE style = ? AND {test} IN (SELECT value FROM json_each(?)) "
        "AND paper_id NOT IN (SELECT paper_id FROM entry_stale)"
    )
    params = (style, json.dumps(list(ids)))
    try:
        return conn.execute(sql.format(text="text"), params).fetchall()
    except sqlite3.OperationalError as error:
        if "decode" not in str(error):
            raise
    # Bytes that are not text (a damaged disk block) must not stop every export: such an
    # entry counts as missing, is rendered again, and its row replaced.
    return [
        (paper_id, key, raw.decode("utf-8"))
        for paper_id, key, raw in conn.execute(sql.format(text="CAST(text AS BLOB)"), params)
        if _decodes(raw)
    ]


def _decodes(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def store(conn: sqlite3.Connection, style: str, entries: Sequence[Row]) -> None:
    """Keep freshly rendered entries. A stale paper's entries in other styles go too, since
    its mark is cleared: they would otherwise be served again."""
    listed = (json.dumps([paper_id for paper_id, _, _ in entries]),)
    conn.execute(
        "DELETE FROM entry_cache WHERE paper_id IN "
        "(SELECT paper_id FROM entry_stale WHERE paper_id IN (SELECT value FROM json_each(?)))",
        listed,
    )
    conn.execute(
        "DELETE FROM entry_stale WHERE paper_id IN (SELECT value FROM json_each(?))", listed
    )
    conn.executemany(
        "INSERT OR REPLACE INTO entry_cache (paper_id, style, citation_key, text) "
        "VALUES (?, ?, ?, ?)",
        [(paper_id, style, key, text) for paper_id, key, text in entries],
    )
