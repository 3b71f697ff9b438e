"""Named reading queues with an explicit order that survives everything else."""

from __future__ import annotations

import json
import sqlite3

from papershelf.core.errors import InvalidValue, NotFound

UNFINISHED = ("new", "to-read", "reading")
# Queue positions are spaced GAP apart (schema 10), so that a move writes only the moved rows:
# 2**32 leaves 32 halvings between two neighbours and room for 2**30 papers below LIMIT.
GAP = 1 << 32
LIMIT = 1 << 62


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


def merge(conn: sqlite3.Connection, name: str, into: str, now: str) -> list[int]:
    """`name`'s papers, trashed ones too (a restore finds them queued), join the end of `into`
    in their order; `name` is deleted. Returns the papers it held."""
    members = _all_items(conn, queue_id(conn, name))
    add(conn, into, members, now)
    delete(conn, name)
    return members


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


def _require_plain(conn: sqlite3.Connection, identifier: int, name: str) -> None:
    kind = conn.execute("SELECT kind FROM queues WHERE id = ?", (identifier,)).fetchone()[0]
    if kind == "smart":
        raise InvalidValue(f"{name!r} is a smart queue: its papers follow its search")


def _queued(conn: sqlite3.Connection, identifier: int, ids: list[int]) -> set[int]:
    return {
        row[0]
        for row in conn.execute(
            "SELECT paper_id FROM queue_items WHERE queue_id = ? "
            "AND paper_id IN (SELECT value FROM json_each(?))",
            (identifier, json.dumps(ids)),
        )
    }


def add(conn: sqlite3.Connection, name: str, ids: list[int], now: str) -> list[int]:
    """Append papers in the given order; papers already queued keep their place."""
    identifier = queue_id(conn, name)
    _require_plain(conn, identifier, name)
    wanted = list(dict.fromkeys(ids))
    present = _queued(conn, identifier, wanted)
    last = conn.execute(
        "SELECT max(position) FROM queue_items WHERE queue_id = ?", (identifier,)
    ).fetchone()[0]
    fresh = [paper_id for paper_id in wanted if paper_id not in present]
    start = -GAP if last is None else last
    if start + GAP * len(fresh) > LIMIT:
        _renumber(conn, identifier, _all_items(conn, identifier))
        start = _last_position(conn, identifier)
    conn.executemany(
        "INSERT INTO queue_items (queue_id, paper_id, position, added) VALUES (?, ?, ?, ?)",
        [(identifier, paper_id, start + GAP * (i + 1), now) for i, paper_id in enumerate(fresh)],
    )
    return fresh


def remove(conn: sqlite3.Connection, name: str, ids: list[int]) -> None:
    """Take papers out; the others keep their positions (gaps are harmless)."""
    identifier = queue_id(conn, name)
    conn.execute(
        "DELETE FROM queue_items WHERE queue_id = ? AND paper_id IN (SELECT value FROM json_each(?))",
        (identifier, json.dumps(ids)),
    )


def move(conn: sqlite3.Connection, name: str, ids: list[int], position: int) -> None:
    """Move papers (keeping their relative order) so the first lands at 1-based `position`.

    Only the moved rows are written: they take positions spread over the gap between their
    new neighbours. When that gap is too narrow (after many moves into one place), the queue is
    renumbered with wide gaps again, which is rare.
    """
    identifier = queue_id(conn, name)
    _require_plain(conn, identifier, name)
    moved = list(dict.fromkeys(ids))
    queued = _queued(conn, identifier, moved)
    missing = [paper_id for paper_id in moved if paper_id not in queued]
    if missing:
        listed = ", ".join(map(str, missing))
        which = f"paper {listed} is" if len(missing) == 1 else f"papers {listed} are"
        raise NotFound(f"{which} not in queue {name!r}")
    low, high = _neighbours(conn, identifier, moved, max(0, position - 1))
    spread = _spread(low, high, len(moved))
    if spread is None:
        order = [paper_id for paper_id in _all_items(conn, identifier) if paper_id not in moved]
        index = max(0, min(position - 1, len(order)))
        _renumber(conn, identifier, [*order[:index], *moved, *order[index:]])
        return
    conn.executemany(
        "UPDATE queue_items SET position = ? WHERE queue_id = ? AND paper_id = ?",
        [(at, identifier, paper_id) for at, paper_id in zip(spread, moved, strict=True)],
    )


def nudge(conn: sqlite3.Connection, name: str, ids: list[int], *, down: bool) -> None:
    """Move each of the papers one place up (or down), past the paper beside it; papers at the
    top (bottom) stay and the ones after them close up to them. Papers apart stay apart, as a
    playlist's Move up does (a block move would gather them)."""
    identifier = queue_id(conn, name)
    _require_plain(conn, identifier, name)
    order = _all_items(conn, identifier)
    chosen = set(ids)
    if missing := [paper_id for paper_id in dict.fromkeys(ids) if paper_id not in order]:
        listed = ", ".join(map(str, missing))
        which = f"paper {listed} is" if len(missing) == 1 else f"papers {listed} are"
        raise NotFound(f"{which} not in queue {name!r}")
    nudged = nudged_order(order, chosen, down=down)
    for first, run in _runs(nudged, chosen):
        if order[first : first + len(run)] != run:
            move(conn, name, run, first + 1)  # top to bottom: the runs above are in place


def nudged_order(order: list[int], chosen: set[int], *, down: bool) -> list[int]:
    """`order` with each chosen paper one place up (down) past an unchosen neighbour."""
    nudged = list(order)
    steps = range(len(nudged) - 2, -1, -1) if down else range(1, len(nudged))
    for at in steps:
        beside = at + 1 if down else at - 1
        if nudged[at] in chosen and nudged[beside] not in chosen:
            nudged[at], nudged[beside] = nudged[beside], nudged[at]
    return nudged


def _runs(order: list[int], chosen: set[int]) -> list[tuple[int, list[int]]]:
    """(index of the first, papers) of each run of chosen papers next to each other."""
    runs: list[tuple[int, list[int]]] = []
    for at, paper_id in enumerate(order):
        if paper_id not in chosen:
            continue
        if runs and runs[-1][0] + len(runs[-1][1]) == at:
            runs[-1][1].append(paper_id)
        else:
            runs.append((at, [paper_id]))
    return runs


def _neighbours(
    conn: sqlite3.Connection, identifier: int, moved: list[int], index: int
) -> tuple[int | None, int | None]:
    """Positions of the papers that will sit just before and after the moved ones."""
    rest = (
        "SELECT position FROM queue_items WHERE queue_id = ? "
        "AND paper_id NOT IN (SELECT value FROM json_each(?)) ORDER BY position"
    )
    listed = json.dumps(moved)
    if index == 0:
        first = conn.execute(f"{rest} LIMIT 1", (identifier, listed)).fetchone()
        return None, first[0] if first else None
    pair = [r[0] for r in conn.execute(f"{rest} LIMIT 2 OFFSET ?", (identifier, listed, index - 1))]
    if pair:
        return pair[0], pair[1] if len(pair) > 1 else None
    last = conn.execute(f"{rest} DESC LIMIT 1", (identifier, listed)).fetchone()
    return (last[0] if last else None), None


def _spread(low: int | None, high: int | None, count: int) -> list[int] | None:
    """`count` positions strictly between low and high (open ends get a gap each), or None."""
    if low is None and high is None:
        low, high = 0, GAP * (count + 1)
    elif low is None:
        assert high is not None
        low = high - GAP * (count + 1)
    elif high is None:
        high = low + GAP * (count + 1)
    step = (high - low) // (count + 1)
    if step < 1 or low < -LIMIT or high > LIMIT:
        return None
    return [low + step * (i + 1) for i in range(count)]


def _renumber(conn: sqlite3.Connection, identifier: int, order: list[int]) -> None:
    """Positions 0, GAP, 2*GAP, … in this order; every row is written (and logged for undo)."""
    # Row by key: an UPDATE … FROM json_each let SQLite scan the list once per queue row.
    conn.executemany(
        "UPDATE queue_items SET position = ? WHERE queue_id = ? AND paper_id = ?",
        [(index * GAP, identifier, paper_id) for index, paper_id in enumerate(order)],
    )


def _last_position(conn: sqlite3.Connection, identifier: int) -> int:
    found = conn.execute(
        "SELECT max(position) FROM queue_items WHERE queue_id = ?", (identifier,)
    ).fetchone()[0]
    return -GAP if found is None else int(found)


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
