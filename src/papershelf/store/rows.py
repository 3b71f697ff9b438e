"""The few columns the paper table paints, fetched a page at a time."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from papershelf.core.names import display

_ROWS = """
SELECT p.id, p.rating, p.title, p.authors_text, p.authors_truncated, p.author_count, p.date,
       p.date_text, p.date_partial, p.category, p.status, p.added, p.title_placeholder,
       (SELECT group_concat(name, ', ') FROM (
            SELECT t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id
             WHERE pt.paper_id = p.id ORDER BY t.name COLLATE NOCASE)),
       EXISTS (SELECT 1 FROM review_flags r WHERE r.paper_id = p.id), p.authors_json
  FROM papers p WHERE p.id IN (SELECT value FROM json_each(?))
"""
FIELDS = (
    "id",
    "rating",
    "title",
    "authors_text",
    "authors_truncated",
    "author_count",
    "date",
    "date_text",
    "date_partial",
    "category",
    "status",
    "added",
    "title_placeholder",
    "tags",
    "needs_review",
    "authors",
)


def table_rows(conn: sqlite3.Connection, ids: list[int]) -> dict[int, dict[str, Any]]:
    """The rows by id; `authors` is the list of names as they read: authors_text joins them
    with commas, which "Argus, D. F." holds too (trial 9: split there, three authors read as
    "Argus, D. F., Gordon et al.")."""
    found = {}
    for row in conn.execute(_ROWS, (json.dumps(ids),)):
        fields = dict(zip(FIELDS, row, strict=True))
        fields["authors"] = [display(name) for name in json.loads(fields["authors"])]
        found[row[0]] = fields
    return found


_FILLED = """
SELECT coalesce(max(p.authors_text != '' OR coalesce(p.author_count, 0) > 0), 0),
       coalesce(max(coalesce(p.date, p.date_text, '') != ''), 0),
       coalesce(max(coalesce(p.category, '') != ''), 0),
       EXISTS (SELECT 1 FROM paper_tags pt WHERE pt.paper_id IN (SELECT value FROM json_each(?1))),
       coalesce(max(p.rating > 0), 0)
  FROM papers p WHERE p.id IN (SELECT value FROM json_each(?1))
"""


def filled_columns(conn: sqlite3.Connection, ids: list[int]) -> set[str]:
    """Which of authors, date, category, tags and rating any of these papers has."""
    found = conn.execute(_FILLED, (json.dumps(ids),)).fetchone()
    return {
        name
        for name, filled in zip(
            ("authors", "date", "category", "tags", "rating"), found, strict=True
        )
        if filled
    }


_SHARED = """
SELECT CASE WHEN count(DISTINCT rating) = 1 THEN min(rating) END,
       CASE WHEN count(DISTINCT status) = 1 THEN min(status) END
  FROM papers WHERE id IN (SELECT value FROM json_each(?))
"""


def shared_rating_and_status(
    conn: sqlite3.Connection, ids: list[int]
) -> tuple[int | None, str | None]:
    """The rating and the status all these papers share; None for either when they differ."""
    rating, status = conn.execute(_SHARED, (json.dumps(ids),)).fetchone()
    return rating, status
