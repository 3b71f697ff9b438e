"""Undo and redo for every write, in SQL: triggers log the inverse of each row change.

This is the technique of sqlite.org/undoredo.html. A step groups the rows one action
changed; undoing replays its inverse statements newest first while the triggers record
their inverses as the redo step. Steps survive restarts; the oldest are pruned.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

# Every table that holds the reader's data. Full-text rows are rebuilt, not logged.
LOGGED_TABLES = (
    "papers",
    "authors",
    "paper_authors",
    "urls",
    "tags",
    "paper_tags",
    "notes",
    "queues",
    "queue_items",
    "status_history",
    "review_flags",
    "sources",
    "paper_sources",
)
MAX_STEPS = 100

TABLES = """
CREATE TABLE undo_steps (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    stack TEXT NOT NULL CHECK (stack IN ('undo', 'redo'))
);
CREATE TABLE undo_log (
    seq INTEGER PRIMARY KEY,
    step INTEGER NOT NULL REFERENCES undo_steps (id) ON DELETE CASCADE,
    statement TEXT NOT NULL,
    paper_id INTEGER,
    tag_id INTEGER
);
CREATE INDEX undo_log_step ON undo_log (step);
CREATE TABLE undo_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    step INTEGER
);
INSERT INTO undo_state (id, step) VALUES (1, NULL);
CREATE TABLE undo_fresh (paper_id INTEGER PRIMARY KEY);
"""


@dataclass(frozen=True)
class Replayed:
    label: str
    paper_ids: set[int]
    tag_ids: set[int]


def _columns(conn: sqlite3.Connection, table: str) -> tuple[list[str], list[str]]:
    """(all columns, key columns); key is the primary key, or rowid where it is implicit."""
    info = conn.execute(f"PRAGMA table_info({table})").fetchall()
    columns = [row[1] for row in info]
    keys = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5] > 0]
    return columns, keys or ["rowid"]


def _where(keys: list[str], prefix: str) -> str:
    return " || ' AND ' || ".join(f"'{key} = ' || quote({prefix}.{key})" for key in keys)


def _owner(table: str, columns: list[str], prefix: str) -> tuple[str, str]:
    paper = (
        f"{prefix}.id"
        if table == "papers"
        else f"{prefix}.paper_id"
        if "paper_id" in columns
        else "NULL"
    )
    tag = (
        f"{prefix}.id" if table == "tags" else f"{prefix}.tag_id" if "tag_id" in columns else "NULL"
    )
    return paper, tag


def _trigger_sql(conn: sqlite3.Connection, table: str) -> list[str]:
    columns, keys = _columns(conn, table)
    recording = "(SELECT step FROM undo_state) IS NOT NULL"
    log = "INSERT INTO undo_log (step, statement, paper_id, tag_id) VALUES ((SELECT step FROM undo_state), "
    col_list = ", ".join(columns)
    values = " || ', ' || ".join(f"quote(OLD.{c})" for c in columns)
    assignments = " || ', ' || ".join(f"'{c} = ' || quote(OLD.{c})" for c in columns)
    new_paper, new_tag = _owner(table, columns, "NEW")
    old_paper, old_tag = _owner(table, columns, "OLD")

    def unless_fresh(owner: str) -> str:
        # Rows of a paper this step inserted need no log: undoing the insert cascades to them.
        return "" if owner == "NULL" else f" AND {owner} NOT IN (SELECT paper_id FROM undo_fresh)"

    mark_fresh = (
        "INSERT OR IGNORE INTO undo_fresh (paper_id) VALUES (NEW.id); " if table == "papers" else ""
    )
    insert_guard = recording if table == "papers" else recording + unless_fresh(new_paper)
    return [
        f"CREATE TRIGGER undo_{table}_insert AFTER INSERT ON {table} WHEN {insert_guard} BEGIN "
        f"{mark_fresh}{log}'DELETE FROM {table} WHERE ' || {_where(keys, 'NEW')}, {new_paper}, "
        f"{new_tag}); END",
        f"CREATE TRIGGER undo_{table}_update AFTER UPDATE ON {table} "
        f"WHEN {recording}{unless_fresh(new_paper)} BEGIN {log}"
        f"'UPDATE {table} SET ' || {assignments} || ' WHERE ' || {_where(keys, 'NEW')}, "
        f"{new_paper}, {new_tag}); END",
        f"CREATE TRIGGER undo_{table}_delete AFTER DELETE ON {table} "
        f"WHEN {recording}{unless_fresh(old_paper)} BEGIN {log}"
        f"'INSERT INTO {table} ({col_list}) VALUES (' || {values} || ')', {old_paper}, {old_tag}); END",
    ]


def install(conn: sqlite3.Connection) -> None:
    """(Re)create the logging triggers from the tables as they are now; call after schema changes."""
    for table in LOGGED_TABLES:
        for kind in ("insert", "update", "delete"):
            conn.execute(f"DROP TRIGGER IF EXISTS undo_{table}_{kind}")
        for statement in _trigger_sql(conn, table):
            conn.execute(statement)


def begin(conn: sqlite3.Connection, label: str) -> int:
    """Start recording a new step; a new action makes the redo stack meaningless."""
    conn.execute("DELETE FROM undo_steps WHERE stack = 'redo'")
    step = _new_step(conn, label, "undo")
    conn.execute(
        "DELETE FROM undo_steps WHERE stack = 'undo' AND id <= "
        "(SELECT id FROM undo_steps WHERE stack = 'undo' ORDER BY id DESC LIMIT 1 OFFSET ?)",
        (MAX_STEPS,),
    )
    return step


def _new_step(conn: sqlite3.Connection, label: str, stack: str) -> int:
    conn.execute("DELETE FROM undo_fresh")
    step = int(
        conn.execute(
            "INSERT INTO undo_steps (label, stack) VALUES (?, ?) RETURNING id", (label, stack)
        ).fetchone()[0]
    )
    conn.execute("UPDATE undo_state SET step = ?", (step,))
    return step


def end(conn: sqlite3.Connection) -> None:
    """Stop recording; a step that changed nothing is dropped."""
    step = conn.execute("SELECT step FROM undo_state").fetchone()[0]
    conn.execute("UPDATE undo_state SET step = NULL")
    conn.execute("DELETE FROM undo_fresh")
    if step is not None:
        conn.execute(
            "DELETE FROM undo_steps WHERE id = ? AND NOT EXISTS "
            "(SELECT 1 FROM undo_log WHERE step = ?)",
            (step, step),
        )


def top(conn: sqlite3.Connection, stack: str) -> tuple[int, str] | None:
    row = conn.execute(
        "SELECT id, label FROM undo_steps WHERE stack = ? ORDER BY id DESC LIMIT 1", (stack,)
    ).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def replay(conn: sqlite3.Connection, stack: str) -> Replayed | None:
    """Undo (stack='undo') or redo (stack='redo') the newest step; the inverse goes on the other."""
    found = top(conn, stack)
    if found is None:
        return None
    step, label = found
    entries = conn.execute(
        "SELECT statement, paper_id, tag_id FROM undo_log WHERE step = ? ORDER BY seq DESC", (step,)
    ).fetchall()
    conn.execute("PRAGMA defer_foreign_keys = ON")  # rows come back children-first at times
    _new_step(conn, label, "redo" if stack == "undo" else "undo")
    for statement, _, _ in entries:
        conn.execute(statement)
    end(conn)
    conn.execute("DELETE FROM undo_steps WHERE id = ?", (step,))
    papers = {int(p) for _, p, _ in entries if p is not None}
    tags = {int(t) for _, _, t in entries if t is not None}
    return Replayed(label, papers, tags)
