"""Named reading queues with an explicit order that survives everything else."""

from __future__ import annotations

import json
import sqlite3

from papershelf.core.errors import InvalidValue, NotFound

UNFINISHED = ("new", "to-read", "reading")


def queue_id(conn: sqlite3.Connection, name: str) -> int:
    row = conn.execute("SELECT id FROM queues WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise NotFound(f"no queue named {name!r}")
    return int(row[0])


def create(
    conn: sqlite3.Connection,
    name: str,
    now: str,
    *,
    query: str | None = None,
    sort: str | None = None,
) -> int:
    clean = " ".join(name.split())
    if not clean:
        raise InvalidValue("a queue needs a name")
    if conn.execute("SELECT 1 FROM queues WHERE name = ?", (clean,)).fetchone():
        raise InvalidValue(f"a queue named {clean!r} exists already")
    cursor = conn.execute(
        "INSERT INTO queues (name, kind, query, sort, created) VALUES (?, ?, ?, ?, ?)",
        (clean, "smart" if query else "plain", query, sort, now),
    )
    return int(cursor.lastrowid or 0)


def rename(conn: sqlite3.Connection, old: str, new: str) -> None:
    identifier = queue_id(conn, old)
    clean = " ".join(new.split())
    if not clean:
        raise InvalidValue("a queue needs a name")
    clash = conn.execute("SELECT id FROM queues WHERE name = ?", (clean,)).fetchone()
    if clash and clash[0] != identifier:
        raise InvalidValue(f"a queue named {clean!r} exists already")
    conn.execute("UPDATE queues SET name = ? WHERE id = ?", (clean, identifier))


def delete(conn: sqlite3.Connection, name: str) -> list[int]:
    identifier = queue_id(conn, name)
    members = items(conn, identifier)
    conn.execute("DELETE FROM queues WHERE id = ?", (identifier,))
    return members


def items(conn: sqlite3.Connection, identifier: int) -> list[int]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT qi.paper_id FROM queue_items qi JOIN papers p ON p.id = qi.paper_id "
            "WHERE qi.queue_id = ? AND p.deleted IS NULL ORDER BY qi.position",
            (identifier,),
        )
    ]


def _all_items(conn: sqlite3.Connection, identifier: int) -> list[int]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT paper_id FROM queue_items WHERE queue_id = ? ORDER BY position", (identifier,)
        )
    ]


def _write_order(conn: sqlite3.Connection, identifier: int, order: list[int]) -> None:
    # Only rows whose position changes are written, so a move touches what it moves.
    conn.execute(
        "UPDATE queue_items SET position = (SELECT key FROM json_each(?) WHERE value = paper_id) "
        "WHERE queue_id = ? AND position != (SELECT key FROM json_each(?) WHERE value = paper_id)",
        (json.dumps(order), identifier, json.dumps(order)),
    )


def _require_plain(conn: sqlite3.Connection, identifier: int, name: str) -> None:
    kind = conn.execute("SELECT kind FROM queues WHERE id = ?", (identifier,)).fetchone()[0]
    if kind == "smart":
        raise InvalidValue(f"{name!r} is a smart queue: its papers follow its search")


def add(conn: sqlite3.Connection, name: str, ids: list[int], now: str) -> list[int]:
    """Append papers in the given order; papers already queued keep their place."""
    identifier = queue_id(conn, name)
    _require_plain(conn, identifier, name)
    present = set(_all_items(conn, identifier))
    last = conn.execute(
        "SELECT coalesce(max(position), -1) FROM queue_items WHERE queue_id = ?", (identifier,)
    ).fetchone()[0]
    fresh = [paper_id for paper_id in dict.fromkeys(ids) if paper_id not in present]
    conn.executemany(
        "INSERT INTO queue_items (queue_id, paper_id, position, added) VALUES (?, ?, ?, ?)",
        [(identifier, paper_id, last + 1 + i, now) for i, paper_id in enumerate(fresh)],
    )
    return fresh


def remove(conn: sqlite3.Connection, name: str, ids: list[int]) -> None:
    identifier = queue_id(conn, name)
    conn.execute(
        "DELETE FROM queue_items WHERE queue_id = ? AND paper_id IN (SELECT value FROM json_each(?))",
        (identifier, json.dumps(ids)),
    )
    _write_order(conn, identifier, _all_items(conn, identifier))


def move(conn: sqlite3.Connection, name: str, ids: list[int], position: int) -> None:
    """Move papers (keeping their relative order) so the first lands at 1-based `position`."""
    identifier = queue_id(conn, name)
    _require_plain(conn, identifier, name)
    order = _all_items(conn, identifier)
    missing = [paper_id for paper_id in ids if paper_id not in order]
    if missing:
        listed = ", ".join(map(str, missing))
        which = f"paper {listed} is" if len(missing) == 1 else f"papers {listed} are"
        raise NotFound(f"{which} not in queue {name!r}")
    rest = [paper_id for paper_id in order if paper_id not in ids]
    index = max(0, min(position - 1, len(rest)))
    _write_order(conn, identifier, [*rest[:index], *ids, *rest[index:]])


def is_smart(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT kind FROM queues WHERE name = ?", (name,)).fetchone()
    return bool(row and row[0] == "smart")


def listing(conn: sqlite3.Connection) -> list[dict[str, object]]:
    rows = conn.execute(
        """
        SELECT q.id, q.name, q.kind, q.query, q.sort, q.created,
               count(p.id), sum(p.status IN ('read', 'skimmed')),
               min(qi.added)
          FROM queues q
          LEFT JOIN queue_items qi ON qi.queue_id = q.id
          LEFT JOIN papers p ON p.id = qi.paper_id AND p.deleted IS NULL
         GROUP BY q.id ORDER BY q.name COLLATE NOCASE
        """
    ).fetchall()
    return [
        {
            "id": r[0],
            "name": r[1],
            "kind": r[2],
            "query": r[3],
            "sort": r[4],
            "created": r[5],
            "papers": r[6],
            "read": r[7] or 0,
        }
        for r in rows
    ]
