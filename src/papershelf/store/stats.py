"""Reading statistics for queues and the dashboard, computed in SQL."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any

FINISHED = ("read", "skimmed")


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def read_per_week(conn: sqlite3.Connection, *, weeks: int, today: date) -> list[tuple[str, int]]:
    """(Monday of the week, papers first marked read or skimmed that week), oldest first."""
    first = week_start(today) - timedelta(weeks=weeks - 1)
    rows = conn.execute(
        """
        SELECT date(first_read, 'weekday 0', '-6 days') AS monday, count(*)
          FROM (SELECT h.paper_id, min(h.changed) AS first_read FROM status_history h
                  JOIN papers p ON p.id = h.paper_id AND p.deleted IS NULL
                 WHERE h.status IN ('read', 'skimmed') GROUP BY h.paper_id)
         WHERE first_read >= ? GROUP BY monday
        """,
        (first.isoformat(),),
    ).fetchall()
    counts = dict(rows)
    return [
        (
            (first + timedelta(weeks=n)).isoformat(),
            counts.get((first + timedelta(weeks=n)).isoformat(), 0),
        )
        for n in range(weeks)
    ]


def per_tag(conn: sqlite3.Connection) -> list[tuple[str, int, int]]:
    """(tag, papers, of which read), busiest tag first."""
    return [
        (r[0], r[1], r[2] or 0)
        for r in conn.execute(
            "SELECT t.name, count(p.id), sum(p.status IN ('read', 'skimmed')) FROM tags t "
            "JOIN paper_tags pt ON pt.tag_id = t.id JOIN papers p ON p.id = pt.paper_id "
            "AND p.deleted IS NULL GROUP BY t.id ORDER BY count(p.id) DESC, t.name COLLATE NOCASE"
        )
    ]


def oldest_unread(conn: sqlite3.Connection, limit: int = 10) -> list[dict[str, Any]]:
    return [
        {"id": r[0], "title": r[1], "added": r[2], "status": r[3]}
        for r in conn.execute(
            "SELECT id, title, added, status FROM papers WHERE deleted IS NULL "
            "AND status IN ('to-read', 'reading') ORDER BY added, id LIMIT ?",
            (limit,),
        )
    ]


def queue_pace(
    conn: sqlite3.Connection,
    members: tuple[str, list[object]],
    created: str,
    *,
    total: int,
    read: int,
    today: date,
) -> dict[str, Any]:
    """Read/total, when the queue was started and how many papers a week get read from it
    (`members`: a WHERE clause over `papers p` selecting the queue's papers)."""
    where, params = members
    started = created[:10]
    finished_since = conn.execute(
        "SELECT count(DISTINCT h.paper_id) FROM status_history h "
        "WHERE h.status IN ('read', 'skimmed') AND h.changed >= ? "
        f"AND h.paper_id IN (SELECT p.id FROM papers p WHERE {where})",
        [started, *params],
    ).fetchone()[0]
    days = max(1, (today - date.fromisoformat(started)).days)
    weeks = max(1.0, days / 7)
    return {
        "total": total,
        "read": read,
        "started": started,
        "pace_per_week": round(finished_since / weeks, 1),
    }
