"""Reading papers back as plain dicts, in a fixed number of queries per batch."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import Any

from papershelf.core.bibfields import with_abstract
from papershelf.core.names import Name, display

PAPER_COLUMNS = (
    "id, title, title_placeholder, abstract, authors_truncated, author_count, affiliation, "
    "category, categories, date, date_text, date_partial, submitted_v1, announced, arxiv_id, "
    "doi, journal_ref, comments, venue, entry_type, score, has_code, rating, status, "
    "status_changed, added, modified, deleted, citation_key, authors_json, bib_fields"
)


def _grouped(conn: sqlite3.Connection, sql: str, ids_json: str) -> dict[int, list[Any]]:
    groups: dict[int, list[Any]] = defaultdict(list)
    for row in conn.execute(sql, (ids_json,)):
        groups[row[0]].append(row[1] if len(row) == 2 else row[1:])
    return groups


def fetch_papers(conn: sqlite3.Connection, ids: list[int]) -> list[dict[str, Any]]:
    """Full papers (the `list --json` shape) in the order of `ids`."""
    if not ids:
        return []
    ids_json = json.dumps(ids)
    conn.row_factory = sqlite3.Row
    try:
        rows = {
            row["id"]: dict(row)
            for row in conn.execute(
                f"SELECT {PAPER_COLUMNS} FROM papers WHERE id IN (SELECT value FROM json_each(?))",
                (ids_json,),
            )
        }
    finally:
        conn.row_factory = None
    member = "paper_id IN (SELECT value FROM json_each(?))"
    urls = _grouped(
        conn, f"SELECT paper_id, url FROM urls WHERE {member} ORDER BY position", ids_json
    )
    tags = _grouped(
        conn,
        f"SELECT pt.paper_id, t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id "
        f"WHERE pt.{member} ORDER BY t.name COLLATE NOCASE",
        ids_json,
    )
    queues = _grouped(
        conn,
        f"SELECT qi.paper_id, q.name FROM queue_items qi JOIN queues q ON q.id = qi.queue_id "
        f"WHERE qi.{member} ORDER BY q.name COLLATE NOCASE",
        ids_json,
    )
    notes = _grouped(
        conn,
        # Notes written in the same second on two synced machines: the same order on both.
        f"SELECT paper_id, id, body, created, modified FROM notes WHERE {member} "
        "ORDER BY created, gid, id",
        ids_json,
    )
    sources = _grouped(
        conn,
        f"SELECT ps.paper_id, s.file, ps.line, s.layout, s.id, s.label, s.imported "
        "FROM paper_sources ps "
        f"JOIN sources s ON s.id = ps.source_id WHERE ps.{member} ORDER BY s.id, ps.line",
        ids_json,
    )
    flags = _grouped(
        conn, f"SELECT paper_id, reason FROM review_flags WHERE {member} ORDER BY reason", ids_json
    )
    papers = []
    for paper_id in ids:
        row = rows.get(paper_id)
        if row is None:
            continue
        papers.append(
            _shape(
                row,
                json.loads(row["authors_json"]),
                urls[paper_id],
                tags[paper_id],
                queues[paper_id],
                notes[paper_id],
                sources[paper_id],
                flags[paper_id],
            )
        )
    return papers


def _shape(
    row: dict[str, Any],
    authors: list[str | Name],
    urls: list[str],
    tags: list[str],
    queues: list[str],
    notes: list[tuple[int, str, str, str]],
    sources: list[tuple[str, int, str, int, str | None, str]],
    flags: list[str],
) -> dict[str, Any]:
    return {
        "id": row["id"],
        "citation_key": row["citation_key"],
        "title": row["title"],
        "title_is_placeholder": bool(row["title_placeholder"]),
        "authors": [display(name) for name in authors],
        # The same names in parts (given, family, von, jr, or literal for an organisation)
        # where the source gave them (.bib), else as the listing printed them: parsing every
        # name of a 100k-paper export would cost seconds; core.names.structured() does it.
        "names": authors,
        "authors_truncated": bool(row["authors_truncated"]),
        "author_count": row["author_count"],
        "date": row["date"],
        "date_text": row["date_text"],
        "date_partial": row["date_partial"],
        "submitted_v1": row["submitted_v1"],
        "announced": row["announced"],
        "category": row["category"],
        "categories": row["categories"].split(),
        "affiliation": row["affiliation"],
        "abstract": row["abstract"],
        "urls": urls,
        "arxiv_id": row["arxiv_id"],
        "doi": row["doi"],
        "journal_ref": row["journal_ref"],
        "comments": row["comments"],
        "venue": row["venue"],
        "entry_type": row["entry_type"],
        "score": row["score"],
        "has_code": bool(row["has_code"]),
        "tags": tags,
        "rating": row["rating"],
        "status": row["status"],
        "status_changed": row["status_changed"],
        "queues": queues,
        "notes": [body for _, body, _, _ in notes],
        "note_records": [
            {"id": note_id, "body": body, "created": created, "modified": modified}
            for note_id, body, created, modified in notes
        ],
        "sources": [
            {
                "file": file,
                "line": line,
                "layout": layout,
                "source_id": source_id,
                "label": label,  # the reader's name for the source, or None
                "imported": imported,
            }
            for file, line, layout, source_id, label, imported in sources
        ],
        "needs_review": flags,
        "added": row["added"],
        "modified": row["modified"],
        "deleted": row["deleted"],
        # A .bib entry's own fields, kept to be written back (core.bibfields); None otherwise.
        "bib_fields": with_abstract(json.loads(row["bib_fields"]), row["abstract"])
        if row["bib_fields"]
        else None,
    }


_FILE_ENDS = """
SELECT json_extract(bib_fields, '$.blocks_head'), json_extract(bib_fields, '$.blocks_after')
  FROM papers
 WHERE id IN (SELECT value FROM json_each(?)) AND instr(bib_fields, '"blocks_') > 0
 ORDER BY id
"""


def file_ends(conn: sqlite3.Connection, ids: list[int]) -> tuple[list[Any], list[Any]]:
    """The kept blocks that stood before the first and after the last entry of the .bib
    files these papers came from (`blocks_head`, `blocks_after`), in the papers' id order."""
    head: list[Any] = []
    tail: list[Any] = []
    for start in range(0, len(ids), 50_000):
        listed = json.dumps(ids[start : start + 50_000])
        for before, after in conn.execute(_FILE_ENDS, (listed,)):
            head += json.loads(before) if before else []
            tail += json.loads(after) if after else []
    return head, tail
