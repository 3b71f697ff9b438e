"""Storing citation keys: assigned once, unique case-insensitively, editable by the user."""

from __future__ import annotations

import sqlite3
from typing import Any

from papershelf.core.citekeys import base_key, unique_key, valid_key
from papershelf.core.errors import InvalidValue


def _taken(conn: sqlite3.Connection, key: str, *, other_than: int | None = None) -> bool:
    row = conn.execute(
        "SELECT 1 FROM papers WHERE citation_key = ? COLLATE NOCASE AND id IS NOT ?",
        (key, other_than),
    ).fetchone()
    return row is not None


def assign_missing(conn: sqlite3.Connection, papers: list[dict[str, Any]]) -> None:
    """Give keys to the papers that have none, in id order so the result is reproducible."""
    for paper in sorted(papers, key=lambda p: p["id"]):
        if paper["citation_key"]:
            continue
        key = unique_key(base_key(paper), lambda candidate: _taken(conn, candidate))
        conn.execute("UPDATE papers SET citation_key = ? WHERE id = ?", (key, paper["id"]))
        paper["citation_key"] = key


def propose_missing(conn: sqlite3.Connection, papers: list[dict[str, Any]]) -> None:
    """The keys assign_missing would give, filled in on the dicts only: nothing is stored
    (an export's preview shows them; the export itself assigns them)."""
    proposed: set[str] = set()
    for paper in sorted(papers, key=lambda p: p["id"]):
        if paper["citation_key"]:
            continue

        def taken(candidate: str) -> bool:
            return candidate.lower() in proposed or _taken(conn, candidate)

        paper["citation_key"] = unique_key(base_key(paper), taken)
        proposed.add(paper["citation_key"].lower())


def set_key(conn: sqlite3.Connection, paper_id: int, key: str) -> None:
    if not valid_key(key):
        raise InvalidValue(f"{key!r} is not a usable citation key (letters, digits, _:.-+)")
    if _taken(conn, key, other_than=paper_id):
        raise InvalidValue(f"the citation key {key!r} is used by another paper")
    conn.execute("UPDATE papers SET citation_key = ? WHERE id = ?", (key, paper_id))
