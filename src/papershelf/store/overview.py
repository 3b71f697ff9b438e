"""The library at a glance: tag and status counts, imported files, a paper's history."""

from __future__ import annotations

import sqlite3
from typing import Any

from papershelf.store.annotations import STATUSES


def tag_counts(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """(tag, papers outside the trash), by name."""
    return [
        (r[0], r[1])
        for r in conn.execute(
            # Trashed papers come from their small partial index; looking up each tagged
            # paper's wide row instead read ~350 MB of a 100k library at start-up.
            "SELECT t.name, count(pt.paper_id) FILTER (WHERE pt.paper_id NOT IN "
            "(SELECT id FROM papers WHERE deleted IS NOT NULL)) "
            "FROM tags t LEFT JOIN paper_tags pt ON pt.tag_id = t.id "
            "GROUP BY t.id ORDER BY t.name COLLATE NOCASE"
        )
    ]


def tag_names(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM tags ORDER BY name COLLATE NOCASE")]


def tag_colours(conn: sqlite3.Connection) -> dict[str, str]:
    """The colours readers gave tags, by tag name (tags without one are left out)."""
    return dict(conn.execute("SELECT name, colour FROM tags WHERE colour IS NOT NULL"))


def status_counts(conn: sqlite3.Connection) -> dict[str, int]:
    counts = dict.fromkeys(STATUSES, 0)
    for status, number in conn.execute(
        "SELECT status, count(*) FROM papers WHERE deleted IS NULL GROUP BY status"
    ):
        counts[status] = number
    return counts


def sources(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [
        {"id": r[0], "file": r[1], "layout": r[2], "imported": r[3], "papers": r[4], "label": r[5]}
        for r in conn.execute(
            "SELECT s.id, s.file, s.layout, s.imported, count(DISTINCT ps.paper_id), s.label "
            "FROM sources s LEFT JOIN paper_sources ps ON ps.source_id = s.id "
            "GROUP BY s.id ORDER BY s.id"
        )
    ]


def status_history(conn: sqlite3.Connection, paper_id: int) -> list[tuple[str, str]]:
    return [
        (r[0], r[1])
        for r in conn.execute(
            "SELECT status, changed FROM status_history WHERE paper_id = ? ORDER BY id",
            (paper_id,),
        )
    ]


def data_version(conn: sqlite3.Connection) -> int:
    """Changes whenever another connection (CLI, another window) commits."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0])
