"""What a queue holds as the reader sees it: a plain queue's order or a smart queue's search."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from papershelf.core.errors import NotFound
from papershelf.store.queues import UNFINISHED, queue_id
from papershelf.store.search import Filter, compile_filter, order_by


@dataclass(frozen=True)
class QueueDefinition:
    id: int
    name: str
    kind: str  # "plain" or "smart"
    query: str
    sort: str
    created: str

    @property
    def smart(self) -> bool:
        return self.kind == "smart"


def definition(conn: sqlite3.Connection, name: str) -> QueueDefinition:
    identifier = queue_id(conn, name)
    row = conn.execute(
        "SELECT name, kind, query, sort, created FROM queues WHERE id = ?", (identifier,)
    ).fetchone()
    if row is None:
        raise NotFound(f"no queue named {name!r}")
    return QueueDefinition(
        identifier, row[0], row[1], row[2] or "", row[3] or "added", str(row[4] or "")
    )


def smart_queries(conn: sqlite3.Connection) -> dict[str, str]:
    """Every smart queue's search, by queue name."""
    return {
        str(name): str(query or "")
        for name, query in conn.execute("SELECT name, query FROM queues WHERE kind = 'smart'")
    }


def members(conn: sqlite3.Connection, queue: QueueDefinition) -> tuple[str, list[object]]:
    """A WHERE clause over `papers p` that selects the queue's papers (not the trashed)."""
    if queue.smart:
        return compile_filter(Filter(search=queue.query))
    return (
        "p.deleted IS NULL AND p.id IN (SELECT paper_id FROM queue_items WHERE queue_id = ?)",
        [queue.id],
    )


def plain_progress(conn: sqlite3.Connection, queue: QueueDefinition) -> tuple[int, int]:
    """(papers, of which read or skimmed) of a plain queue."""
    total, read = conn.execute(
        "SELECT count(*), count(*) FILTER (WHERE p.status IN ('read', 'skimmed')) "
        "FROM queue_items qi JOIN papers p ON p.id = qi.paper_id AND p.deleted IS NULL "
        "WHERE qi.queue_id = ?",
        (queue.id,),
    ).fetchone()
    return int(total), int(read)


def next_unfinished(conn: sqlite3.Connection, queue: QueueDefinition) -> int | None:
    """The queue's first paper, in its order, that is still to be read."""
    marks = ", ".join("?" for _ in UNFINISHED)
    if queue.smart:
        where, params = compile_filter(Filter(search=queue.query))
        sql = (
            f"SELECT p.id FROM papers p WHERE {where} AND p.status IN ({marks}) "
            f"ORDER BY {order_by(queue.sort)} LIMIT 1"
        )
        row = conn.execute(sql, [*params, *UNFINISHED]).fetchone()
    else:
        row = conn.execute(
            "SELECT qi.paper_id FROM queue_items qi JOIN papers p ON p.id = qi.paper_id "
            f"WHERE qi.queue_id = ? AND p.deleted IS NULL AND p.status IN ({marks}) "
            "ORDER BY qi.position LIMIT 1",
            [queue.id, *UNFINISHED],
        ).fetchone()
    return None if row is None else int(row[0])


FIRST_UNFINISHED_CHUNK = 100  # ids looked at per query: the next paper is nearly always early


def first_unfinished(conn: sqlite3.Connection, ids: Sequence[int]) -> int | None:
    """The first of these papers, in this order, that is still to be read."""
    marks = ", ".join("?" for _ in UNFINISHED)
    for start in range(0, len(ids), FIRST_UNFINISHED_CHUNK):
        chunk = list(ids[start : start + FIRST_UNFINISHED_CHUNK])
        row = conn.execute(
            "SELECT j.value FROM json_each(?) j JOIN papers p ON p.id = j.value "
            f"WHERE p.deleted IS NULL AND p.status IN ({marks}) ORDER BY j.key LIMIT 1",
            [json.dumps(chunk), *UNFINISHED],
        ).fetchone()
        if row is not None:
            return int(row[0])
    return None
