"""Undo and redo for every write, in SQL: triggers log the inverse of each row change.

This is the technique of sqlite.org/undoredo.html. A step groups the rows one action
changed; undoing replays its inverse statements newest first while the triggers record
their inverses as the redo step. Steps survive restarts; the oldest are pruned.
"""

from __future__ import annotations

import itertools
import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from papershelf.store import fts

# Every table that holds the reader's data. Full-text rows are rebuilt, not logged.
LOGGED_TABLES = (
    "papers",
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
    meta_ids: set[int]  # papers whose tags or notes changed back
    tag_ids: set[int]  # tags renamed back: their papers need their words re-indexed


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


# Which full-text index a row change affects: 1 the listing's text (re-indexed by triggers
# since schema 8, the flag stays in the log), 2 the reader's words.
_INDEX_OF = {"tags": "2", "paper_tags": "2", "notes": "2"}
_PAPER_TEXT = ("title", "abstract", "authors_text")


def _index_flag(table: str, kind: str) -> str:
    if table != "papers":
        return _INDEX_OF.get(table, "0")
    if kind != "update":
        return "3"
    text = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in _PAPER_TEXT)
    trashed = "CASE WHEN OLD.deleted IS NOT NEW.deleted THEN 3 ELSE 0 END"
    return f"((CASE WHEN {text} THEN 1 ELSE 0 END) | ({trashed}))"


def _trigger_sql(conn: sqlite3.Connection, table: str) -> list[str]:
    columns, keys = _columns(conn, table)
    log_columns = _columns(conn, "undo_log")[0]
    # Schema 3 logged whole SQL texts; schema 4 logs a template and its values as JSON, so a
    # replay reuses a handful of prepared statements instead of preparing one per row.
    if "params" not in log_columns:
        return _text_triggers(table, columns, keys)
    recording = "(SELECT step FROM undo_state) IS NOT NULL"
    log = (
        "INSERT INTO undo_log (step, statement, params, paper_id, tag_id, fts) "
        "VALUES ((SELECT step FROM undo_state), "
    )
    where = " AND ".join(f"{key} = ?" for key in keys)

    def key_values(prefix: str) -> str:
        return " || ',' || ".join(f"json_quote({prefix}.{k})" for k in keys)

    all_values = " || ',' || ".join(f"json_quote(OLD.{c})" for c in columns)
    changed_sql = " || ".join(
        f"(CASE WHEN OLD.{c} IS NOT NEW.{c} THEN '{c} = ?, ' ELSE '' END)" for c in columns
    )
    changed_values = " || ".join(
        f"(CASE WHEN OLD.{c} IS NOT NEW.{c} THEN json_quote(OLD.{c}) || ',' ELSE '' END)"
        for c in columns
    )
    any_change = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
    new_paper, new_tag = _owner(table, columns, "NEW")
    old_paper, old_tag = _owner(table, columns, "OLD")
    marks = ", ".join("?" for _ in columns)
    insert_guard = recording if table == "papers" else recording + _unless_fresh(new_paper)
    mark_fresh = (
        "INSERT OR IGNORE INTO undo_fresh (paper_id) VALUES (NEW.id); " if table == "papers" else ""
    )
    return [
        f"CREATE TRIGGER undo_{table}_insert AFTER INSERT ON {table} WHEN {insert_guard} BEGIN "
        f"{mark_fresh}{log}'DELETE FROM {table} WHERE {where}', '[' || {key_values('NEW')} || ']', "
        f"{new_paper}, {new_tag}, {_index_flag(table, 'insert')}); END",
        # Only the columns that changed are restored: rating a paper must not copy its
        # abstract into the log. No `key = key` filler: SQLite moves a row whose key is
        # assigned, rewriting every index entry and checking every child table.
        f"CREATE TRIGGER undo_{table}_update AFTER UPDATE ON {table} "
        f"WHEN {recording}{_unless_fresh(new_paper)} AND ({any_change}) BEGIN {log}"
        f"'UPDATE {table} SET ' || rtrim({changed_sql}, ', ') || ' WHERE {where}', "
        f"'[' || {changed_values} || {key_values('NEW')} || ']', {new_paper}, {new_tag}, "
        f"{_index_flag(table, 'update')}); END",
        f"CREATE TRIGGER undo_{table}_delete AFTER DELETE ON {table} "
        f"WHEN {recording}{_unless_fresh(old_paper)} BEGIN {log}"
        f"'INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})', '[' || {all_values} || ']', "
        f"{old_paper}, {old_tag}, {_index_flag(table, 'delete')}); END",
    ]


def _unless_fresh(owner: str) -> str:
    """Rows of a paper this step inserted need no log: undoing the insert cascades to them."""
    return "" if owner == "NULL" else f" AND {owner} NOT IN (SELECT paper_id FROM undo_fresh)"


def _text_triggers(table: str, columns: list[str], keys: list[str]) -> list[str]:
    """Schema 3's triggers: the inverse as one SQL text per row."""
    recording = "(SELECT step FROM undo_state) IS NOT NULL"
    log = "INSERT INTO undo_log (step, statement, paper_id, tag_id) VALUES ((SELECT step FROM undo_state), "
    values = " || ', ' || ".join(f"quote(OLD.{c})" for c in columns)
    assignments = " || ', ' || ".join(f"'{c} = ' || quote(OLD.{c})" for c in columns)
    new_paper, new_tag = _owner(table, columns, "NEW")
    old_paper, old_tag = _owner(table, columns, "OLD")
    mark_fresh = (
        "INSERT OR IGNORE INTO undo_fresh (paper_id) VALUES (NEW.id); " if table == "papers" else ""
    )
    insert_guard = recording if table == "papers" else recording + _unless_fresh(new_paper)
    return [
        f"CREATE TRIGGER undo_{table}_insert AFTER INSERT ON {table} WHEN {insert_guard} BEGIN "
        f"{mark_fresh}{log}'DELETE FROM {table} WHERE ' || {_where(keys, 'NEW')}, {new_paper}, "
        f"{new_tag}); END",
        f"CREATE TRIGGER undo_{table}_update AFTER UPDATE ON {table} "
        f"WHEN {recording}{_unless_fresh(new_paper)} BEGIN {log}"
        f"'UPDATE {table} SET ' || {assignments} || ' WHERE ' || {_where(keys, 'NEW')}, "
        f"{new_paper}, {new_tag}); END",
        f"CREATE TRIGGER undo_{table}_delete AFTER DELETE ON {table} "
        f"WHEN {recording}{_unless_fresh(old_paper)} BEGIN {log}"
        f"'INSERT INTO {table} ({', '.join(columns)}) VALUES (' || {values} || ')', {old_paper}, "
        f"{old_tag}); END",
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


@contextmanager
def bulk_inserted_papers(conn: sqlite3.Connection, paper_ids: list[int]) -> Iterator[None]:
    """Papers inserted in the block are logged in two set-based statements, not a trigger a row.

    The log rows are the ones the insert trigger would write; the paper rows that follow
    (links, flags) see the papers as fresh and stay unlogged, as they do after the trigger.
    """
    step = conn.execute("SELECT step FROM undo_state").fetchone()[0]
    if step is None:
        yield
        return
    listed = json.dumps(paper_ids)
    conn.execute("UPDATE undo_state SET step = NULL")
    try:
        yield
    finally:
        conn.execute("UPDATE undo_state SET step = ?", (step,))
    conn.execute(
        "INSERT OR IGNORE INTO undo_fresh (paper_id) SELECT value FROM json_each(?)", (listed,)
    )
    conn.execute(
        "INSERT INTO undo_log (step, statement, params, paper_id, tag_id, fts) "
        "SELECT ?, 'DELETE FROM papers WHERE id = ?', '[' || value || ']', value, NULL, 3 "
        "FROM json_each(?)",
        (step, listed),
    )


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


def step_size(conn: sqlite3.Connection, stack: str) -> int:
    """Statements the next undo (or redo) replays: about one per changed row."""
    found = top(conn, stack)
    if found is None:
        return 0
    return int(
        conn.execute("SELECT count(*) FROM undo_log WHERE step = ?", (found[0],)).fetchone()[0]
    )


_DELETE_PAPER = "DELETE FROM papers WHERE id = ?"
_INSERT_PAPER = "INSERT INTO papers ("
_UPDATE_PAPER = "UPDATE papers SET "


def _run_all(conn: sqlite3.Connection, entries: list[tuple[Any, ...]]) -> None:
    """Replay runs of one template (10k papers rated back) through one `executemany` each.

    Papers coming back join the listing index together at the end: indexing each as it comes
    would make FTS5 write a segment per paper, because it flushes at every following statement
    that opens a savepoint. Before a paper's row is updated or deleted, the ones waiting are
    indexed, since the update and delete paths take out exactly the values that went in.
    """
    waiting: list[fts.Text] = []
    with fts.paused(conn), fts.bulk_indexing(conn, len(entries)):
        for statement, run in itertools.groupby(entries, key=lambda entry: entry[0]):
            rows: list[Any] = [json.loads(params) if params else () for _, params, *_ in run]
            if statement.startswith(_UPDATE_PAPER) or statement == _DELETE_PAPER:
                fts.index_text(conn, waiting)
                waiting.clear()
            if statement == _DELETE_PAPER:
                fts.unindex(conn, [row[0] for row in rows])
            _execute_run(conn, statement, rows)
            if statement.startswith(_INSERT_PAPER):
                waiting.extend(_text_of(statement, rows))
        fts.index_text(conn, waiting)


_UPDATE = re.compile(r"^UPDATE (\w+) SET (.+) WHERE (.+)$")


def _execute_run(conn: sqlite3.Connection, statement: str, rows: list[Any]) -> None:
    """A run of updates of distinct rows (10k papers rated back) as one `UPDATE ... FROM`:
    one statement instead of 10k, each with its own savepoint. Anything else row by row."""
    found = _UPDATE.match(statement)
    if found is None or len(rows) < 2:
        conn.executemany(statement, rows)
        return
    table, assignments, where = found.groups()
    assigned = [part.split(" = ")[0] for part in assignments.split(", ")]
    keys = [part.split(" = ")[0] for part in where.split(" AND ")]
    if len({tuple(row[len(assigned) :]) for row in rows}) < len(rows):
        conn.executemany(statement, rows)  # one row changed twice: the order matters
        return
    values = ", ".join(f"{column} = r.value ->> {i}" for i, column in enumerate(assigned))
    matches = " AND ".join(
        f"{table}.{key} = r.value ->> {len(assigned) + i}" for i, key in enumerate(keys)
    )
    conn.execute(
        f"UPDATE {table} SET {values} FROM json_each(?) AS r WHERE {matches}", (json.dumps(rows),)
    )


def _text_of(insert: str, rows: list[Any]) -> list[fts.Text]:
    columns = insert[len(_INSERT_PAPER) : insert.index(")")].split(", ")
    at = [columns.index(name) for name in ("id", "title", "abstract", "authors_text")]
    return [(row[at[0]], row[at[1]], row[at[2]], row[at[3]]) for row in rows]


def replay(conn: sqlite3.Connection, stack: str) -> Replayed | None:
    """Undo (stack='undo') or redo (stack='redo') the newest step; the inverse goes on the other."""
    found = top(conn, stack)
    if found is None:
        return None
    step, label = found
    has_params = "params" in _columns(conn, "undo_log")[0]
    entries = conn.execute(
        f"SELECT statement, {'params' if has_params else 'NULL'}, paper_id, tag_id, "
        f"{'fts' if has_params else '3'} FROM undo_log WHERE step = ? ORDER BY seq DESC",
        (step,),
    ).fetchall()
    conn.execute("PRAGMA defer_foreign_keys = ON")  # rows come back children-first at times
    _new_step(conn, label, "redo" if stack == "undo" else "undo")
    _run_all(conn, entries)
    end(conn)
    conn.execute("DELETE FROM undo_steps WHERE id = ?", (step,))
    meta = {int(p) for _, _, p, _, flag in entries if p is not None and flag & 2}
    tags = {int(t) for _, _, _, t, flag in entries if t is not None and flag & 2}
    return Replayed(label, meta, tags)


# Rows of these tables belong to one paper: undoing them changes that paper and its counts.
# Anything else (a tag, a queue or a source made, renamed or deleted; a paper coming back or
# going away) changes the sidebar's rows as well.
_PAPER_ROWS = ("urls", "paper_tags", "notes", "queue_items", "status_history", "review_flags")
_TABLE = re.compile(r"^(INSERT INTO|DELETE FROM|UPDATE) (\w+)")


def step_papers(conn: sqlite3.Connection, stack: str) -> set[int] | None:
    """The papers the newest step on `stack` would change back, when it changes nothing but
    their own rows (None otherwise, or when the stack is empty)."""
    found = top(conn, stack)
    if found is None:
        return None
    papers: set[int] = set()
    for statement, paper_id in conn.execute(
        "SELECT statement, paper_id FROM undo_log WHERE step = ?", (found[0],)
    ):
        match = _TABLE.match(statement)
        if match is None or paper_id is None:
            return None
        verb, table = match.groups()
        if not (table in _PAPER_ROWS or (table == "papers" and verb == "UPDATE")):
            return None
        papers.add(int(paper_id))
    return papers
