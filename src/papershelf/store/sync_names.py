"""Tag colours and source names as sync sees them (schema 18): triggers note which the reader
changed since the last exchange, and plain reads and writes by name (a tag's name, a source's
SHA-256: a source is the same file on every machine that imported it)."""

from __future__ import annotations

import sqlite3

TABLE = """
CREATE TABLE IF NOT EXISTS sync_dirty_names (
    kind TEXT NOT NULL,  -- 'tag' or 'source'
    key TEXT NOT NULL,   -- the tag's name, the source's sha256
    PRIMARY KEY (kind, key)
) WITHOUT ROWID
"""
_SYNCING = "EXISTS (SELECT 1 FROM sync_state WHERE key = 'folder' AND value IS NOT NULL)"
_NOTE = "INSERT INTO sync_dirty_names (kind, key) VALUES ('{kind}', {key}) ON CONFLICT DO NOTHING"
TRIGGERS = (
    f"CREATE TRIGGER IF NOT EXISTS sync_dirty_tag_colour AFTER UPDATE OF colour, name ON tags "
    f"WHEN {_SYNCING} BEGIN {_NOTE.format(kind='tag', key='NEW.name')}; END",
    f"CREATE TRIGGER IF NOT EXISTS sync_dirty_source_label AFTER UPDATE OF label ON sources "
    f"WHEN {_SYNCING} BEGIN {_NOTE.format(kind='source', key='NEW.sha256')}; END",
    # A tag or source new here takes the colour or name given elsewhere at the next exchange
    # (noted as 'new': nothing of it is sent).
    f"CREATE TRIGGER IF NOT EXISTS sync_dirty_tag_new AFTER INSERT ON tags "
    f"WHEN {_SYNCING} BEGIN {_NOTE.format(kind='new', key='NEW.name')}; END",
    f"CREATE TRIGGER IF NOT EXISTS sync_dirty_source_new AFTER INSERT ON sources "
    f"WHEN {_SYNCING} BEGIN {_NOTE.format(kind='new', key='NEW.sha256')}; END",
)
KINDS = {"tag": ("tags", "name", "colour"), "source": ("sources", "sha256", "label")}


def create(conn: sqlite3.Connection) -> None:
    conn.execute(TABLE)
    for trigger in TRIGGERS:
        conn.execute(trigger)


def mark_everything(conn: sqlite3.Connection) -> None:
    """Every colour and name given so far counts as changed (a library's first exchange)."""
    conn.execute(
        "INSERT OR IGNORE INTO sync_dirty_names (kind, key) "
        "SELECT 'tag', name FROM tags WHERE colour IS NOT NULL "
        "UNION ALL SELECT 'source', sha256 FROM sources WHERE label IS NOT NULL"
    )


def noted(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """The tags and sources whose colour or name changed since the marks were cleared."""
    found: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for kind, key in conn.execute("SELECT kind, key FROM sync_dirty_names WHERE kind != 'new'"):
        found[kind].add(key)
    return found


def pending(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sync_dirty_names LIMIT 1").fetchone() is not None


def clear(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM sync_dirty_names")


def read(conn: sqlite3.Connection, kind: str) -> dict[str, str | None]:
    """Every tag's colour, or every source's name, by its key."""
    table, key, column = KINDS[kind]
    return dict(conn.execute(f"SELECT {key}, {column} FROM {table}").fetchall())


def write(conn: sqlite3.Connection, kind: str, values: dict[str, str | None]) -> int:
    """Set these colours or names where the library has the tag or source; returns how many
    changed."""
    table, key, column = KINDS[kind]
    changed = 0
    for name, value in values.items():
        changed += conn.execute(
            f"UPDATE {table} SET {column} = ? WHERE {key} = ? AND {column} IS NOT ?",
            (value, name, value),
        ).rowcount
    return changed
