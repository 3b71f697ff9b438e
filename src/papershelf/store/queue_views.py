"""What a queue holds as the reader sees it: a plain queue's order or a smart queue's search."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from papershelf.core.errors import NotFound
from papershelf.store.queues import queue_id


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
