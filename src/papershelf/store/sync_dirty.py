"""What changed since the last sync exchange, kept by triggers (schema 15), so that an
exchange reads only those papers rather than the whole library (docs/SYNC.md).

A paper is noted by its local id and, once it has one, its global id: a paper deleted since
keeps its global id here (the exchange sends its removal), and a local id taken again by a
new paper keeps both. The triggers write only while the library has a sync folder, so a
library that never syncs carries nothing.
"""

from __future__ import annotations

import json
import sqlite3

from papershelf.store import sync_names
from papershelf.store.sync_rows import COLUMNS, get_state, put_state

TABLES = """
CREATE TABLE IF NOT EXISTS sync_dirty (
    paper_id INTEGER NOT NULL,
    gid TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (paper_id, gid)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sync_dirty_queues (id INTEGER PRIMARY KEY CHECK (id = 1));
"""
_SYNCING = "EXISTS (SELECT 1 FROM sync_state WHERE key = 'folder' AND value IS NOT NULL)"
# Upserts, not INSERT OR IGNORE: a statement's own ON CONFLICT clause overrides its triggers'.
_NOTE = (
    "INSERT INTO sync_dirty (paper_id, gid) VALUES ({id}, coalesce({gid}, '')) "
    "ON CONFLICT DO NOTHING"
)
_QUEUES = "INSERT INTO sync_dirty_queues (id) VALUES (1) ON CONFLICT DO NOTHING"
# The paper columns every machine shares, and the ones that carry them in the row. A later
# migration that shares another column recreates `sync_dirty_papers_update` with it.
_WATCHED = ", ".join((*COLUMNS, "authors_json", "gid"))


def _trigger(name: str, event: str, table: str, body: str) -> str:
    return (
        f"CREATE TRIGGER IF NOT EXISTS sync_dirty_{name} AFTER {event} ON {table} "
        f"WHEN {_SYNCING} BEGIN {body}; END"
    )


def _per_paper(table: str) -> list[str]:
    """Rows that belong to one paper (tags, notes, links, review flags)."""
    new = _NOTE.format(id="NEW.paper_id", gid="NULL")
    old = _NOTE.format(id="OLD.paper_id", gid="NULL")
    return [
        _trigger(f"{table}_insert", "INSERT", table, new),
        _trigger(f"{table}_update", "UPDATE", table, f"{old}; {new}"),
        _trigger(f"{table}_delete", "DELETE", table, old),
    ]


TRIGGERS = (
    _trigger("papers_insert", "INSERT", "papers", _NOTE.format(id="NEW.id", gid="NEW.gid")),
    _trigger(
        "papers_update",
        f"UPDATE OF {_WATCHED}",
        "papers",
        _NOTE.format(id="OLD.id", gid="OLD.gid") + "; " + _NOTE.format(id="NEW.id", gid="NEW.gid"),
    ),
    _trigger("papers_delete", "DELETE", "papers", _NOTE.format(id="OLD.id", gid="OLD.gid")),
    *_per_paper("paper_tags"),
    *_per_paper("notes"),
    *_per_paper("urls"),
    *_per_paper("review_flags"),
    _trigger(
        "tags_rename",
        "UPDATE OF name",
        "tags",
        "INSERT INTO sync_dirty (paper_id, gid) "
        "SELECT paper_id, '' FROM paper_tags WHERE tag_id = NEW.id ON CONFLICT DO NOTHING",
    ),
    *(
        _trigger(f"{table}_{kind.lower()}", kind, table, _QUEUES)
        for table in ("queues", "queue_items")
        for kind in ("INSERT", "UPDATE", "DELETE")
    ),
)


def create(conn: sqlite3.Connection) -> None:
    for statement in TABLES.split(";"):
        if statement.strip():
            conn.execute(statement)
    for trigger in TRIGGERS:
        conn.execute(trigger)


def mark_everything(conn: sqlite3.Connection) -> None:
    """Every paper and queue counts as changed (a library's first exchange)."""
    conn.execute(
        "INSERT OR IGNORE INTO sync_dirty (paper_id, gid) SELECT id, coalesce(gid, '') FROM papers"
    )
    conn.execute(_QUEUES)


def mark_gone(conn: sqlite3.Connection, gids: list[str]) -> None:
    """Papers deleted while nothing kept track (a library synced before schema 15)."""
    conn.executemany(
        "INSERT OR IGNORE INTO sync_dirty (paper_id, gid) VALUES (-1, ?)", [(g,) for g in gids]
    )


def take(conn: sqlite3.Connection) -> tuple[set[str], set[str], bool]:
    """`noted`, and the marks are cleared."""
    found = noted(conn)
    clear(conn)
    return found


def noted(conn: sqlite3.Connection) -> tuple[set[str], set[str], bool]:
    """What changed since the marks were last cleared: (global ids of papers here, global ids
    of papers no longer here, whether any queue changed)."""
    present: set[str] = set()
    missing: set[str] = set()
    rows = conn.execute(
        "SELECT d.gid, p.gid FROM sync_dirty d LEFT JOIN papers p ON p.id = d.paper_id"
    ).fetchall()
    for then, current in rows:
        if current:
            present.add(current)
        if then and then != current:
            missing.add(then)
    if missing:  # a paper deleted and brought back (undo) under another local id is here
        here = conn.execute(
            "SELECT gid FROM papers WHERE gid IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(missing)),),
        )
        back = {row[0] for row in here}
        present |= back
        missing -= back
    queues = conn.execute("SELECT 1 FROM sync_dirty_queues").fetchone() is not None
    return present, missing, queues


def clear(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM sync_dirty")
    conn.execute("DELETE FROM sync_dirty_queues")


def pending(conn: sqlite3.Connection) -> bool:
    """Whether anything changed since the last exchange."""
    found = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM sync_dirty) OR EXISTS (SELECT 1 FROM sync_dirty_queues)"
    ).fetchone()
    return bool(found[0]) or get_state(conn, TAKEN) is not None or sync_names.pending(conn)


# An exchange takes the marks in a short write first and keeps them here (by global id) until
# it commits, so that the marks left at its write are only those made since: the reader's
# edits while it read. One that fails leaves them for the next.
TAKEN = "taken"


def stash(conn: sqlite3.Connection) -> None:
    """Move the marks into the exchange's keeping (adding to what a failed one left)."""
    present, missing, queues = take(conn)
    kept = json.loads(get_state(conn, TAKEN) or '{"gids": [], "queues": false}')
    gids = sorted(present | missing | set(kept["gids"]))
    put_state(conn, TAKEN, json.dumps({"gids": gids, "queues": queues or kept["queues"]}))


def stashed(conn: sqlite3.Connection) -> tuple[set[str], set[str], bool]:
    """What `stash` keeps, as `noted` says it: (here, no longer here, queues changed)."""
    kept = get_state(conn, TAKEN)
    if kept is None:
        return set(), set(), False
    found = json.loads(kept)
    gids = set(found["gids"])
    here = conn.execute(
        "SELECT gid FROM papers WHERE gid IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(gids)),),
    )
    present = {row[0] for row in here}
    return present, gids - present, bool(found["queues"])


def unstash(conn: sqlite3.Connection) -> None:
    put_state(conn, TAKEN, None)
