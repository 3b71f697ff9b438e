"""Writing papers: insert, merge the richest values of duplicates, provenance."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from papershelf.core.records import PaperRecord
from papershelf.core.text import abstract_key, title_key

SCALAR_FILLS = (
    "affiliation",
    "category",
    "arxiv_id",
    "doi",
    "journal_ref",
    "comments",
    "venue",
    "entry_type",
    "submitted_v1",
    "announced",
    "score",
)


@dataclass(frozen=True)
class Outcome:
    paper_id: int
    merged: bool  # True when the record joined a paper that was already there
    changed: bool


def find_match(conn: sqlite3.Connection, record: PaperRecord) -> int | None:
    """The live paper this record is the same as: by arXiv id, DOI, title, then abstract."""
    keys = (
        record.arxiv_id,
        record.doi,
        None if record.title_is_placeholder else title_key(record.title),
        abstract_key(record.abstract),
    )
    if not any(keys):
        return None
    # One indexed OR query; the CASE ranks the kinds of evidence in the order above.
    row = conn.execute(
        """
        SELECT id FROM papers
         WHERE deleted IS NULL
           AND (arxiv_id = :a OR doi = :d COLLATE NOCASE OR title_key = :t OR abstract_key = :k)
         ORDER BY CASE WHEN arxiv_id = :a THEN 0 WHEN doi = :d COLLATE NOCASE THEN 1
                       WHEN title_key = :t THEN 2 ELSE 3 END, id
         LIMIT 1
        """,
        dict(zip("adtk", keys, strict=True)),
    ).fetchone()
    return int(row[0]) if row else None


def upsert(conn: sqlite3.Connection, record: PaperRecord, now: str) -> Outcome:
    match = find_match(conn, record)
    if match is None:
        return Outcome(insert(conn, record, now), merged=False, changed=True)
    return Outcome(match, merged=True, changed=merge_record(conn, match, record, now))


def insert(conn: sqlite3.Connection, record: PaperRecord, now: str) -> int:
    authors_truncated = record.authors_truncated
    values = {
        "title": record.title,
        "title_placeholder": int(record.title_is_placeholder),
        "title_key": None if record.title_is_placeholder else title_key(record.title),
        "abstract": record.abstract,
        "abstract_key": abstract_key(record.abstract),
        "authors_text": ", ".join(record.authors),
        "authors_truncated": int(authors_truncated),
        "author_count": record.author_count,
        "categories": " ".join(record.categories),
        "date": record.date,
        "date_text": record.date_text,
        "date_partial": record.date_partial,
        "has_code": int(record.has_code),
        "rating": record.rating or 0,
        "status": record.status or "new",
        "added": now,
        "modified": now,
        **{name: getattr(record, name) for name in SCALAR_FILLS},
    }
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    cursor = conn.execute(f"INSERT INTO papers ({columns}) VALUES ({marks})", list(values.values()))
    paper_id = int(cursor.lastrowid or 0)
    set_authors(conn, paper_id, record.authors, fresh=True)
    conn.executemany(
        "INSERT INTO urls (paper_id, position, url) VALUES (?, ?, ?)",
        [(paper_id, position, url) for position, url in enumerate(dict.fromkeys(record.urls))],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO review_flags (paper_id, reason) VALUES (?, ?)",
        [(paper_id, reason) for reason in record.needs_review],
    )
    add_personal(conn, paper_id, record, now)
    return paper_id


def add_personal(conn: sqlite3.Connection, paper_id: int, record: PaperRecord, now: str) -> bool:
    """Tags, notes and a citation key carried by a BibTeX/CSL record; never overwrites."""
    if not (record.tags or record.notes or record.citation_key):
        return False
    before = conn.total_changes
    for tag in record.tags:
        tag_id = conn.execute(
            "INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = name "
            "RETURNING id",
            (tag,),
        ).fetchone()[0]
        conn.execute(
            "INSERT OR IGNORE INTO paper_tags (paper_id, tag_id) VALUES (?, ?)", (paper_id, tag_id)
        )
    for body in record.notes:
        if not conn.execute(
            "SELECT 1 FROM notes WHERE paper_id = ? AND body = ?", (paper_id, body)
        ).fetchone():
            conn.execute(
                "INSERT INTO notes (paper_id, body, created, modified) VALUES (?, ?, ?, ?)",
                (paper_id, body, now, now),
            )
    if record.citation_key:
        conn.execute(
            "UPDATE papers SET citation_key = ? WHERE id = ? AND citation_key IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM papers WHERE citation_key = ? COLLATE NOCASE)",
            (record.citation_key, paper_id, record.citation_key),
        )
    return conn.total_changes != before


def set_authors(
    conn: sqlite3.Connection, paper_id: int, names: list[str], *, fresh: bool = False
) -> None:
    """Replace a paper's ordered author list: a few statements whatever the list's length."""
    if not fresh:
        conn.execute("DELETE FROM paper_authors WHERE paper_id = ?", (paper_id,))
    if names:
        listed = json.dumps(names)
        conn.execute(
            "INSERT OR IGNORE INTO authors (name) SELECT value FROM json_each(?)", (listed,)
        )
        conn.execute(
            "INSERT OR IGNORE INTO paper_authors (paper_id, position, author_id) "
            "SELECT ?, j.key, a.id FROM json_each(?) j JOIN authors a ON a.name = j.value",
            (paper_id, listed),
        )
    if not fresh:  # a new paper was inserted with its authors_text already
        conn.execute(
            "UPDATE papers SET authors_text = ? WHERE id = ?", (", ".join(names), paper_id)
        )


def add_urls(conn: sqlite3.Connection, paper_id: int, urls: list[str]) -> bool:
    existing = [
        row[0]
        for row in conn.execute(
            "SELECT url FROM urls WHERE paper_id = ? ORDER BY position", (paper_id,)
        )
    ]
    fresh = [url for url in urls if url not in existing]
    conn.executemany(
        "INSERT INTO urls (paper_id, position, url) VALUES (?, ?, ?)",
        [(paper_id, len(existing) + i, url) for i, url in enumerate(fresh)],
    )
    return bool(fresh)


def _date_rank(iso: str | None, partial: str | None) -> int:
    if iso:
        return 3 if len(iso) == 10 else 2 if len(iso) == 7 else 1
    return 1 if partial else 0


def merge_record(conn: sqlite3.Connection, paper_id: int, record: PaperRecord, now: str) -> bool:
    """Fold a record into a paper, keeping the richest value of each field."""
    conn.row_factory = sqlite3.Row
    try:
        row = conn.execute("SELECT * FROM papers WHERE id = ?", (paper_id,)).fetchone()
    finally:
        conn.row_factory = None
    updates: dict[str, object] = {}
    if row["title_placeholder"] and not record.title_is_placeholder and record.title:
        updates |= {
            "title": record.title,
            "title_placeholder": 0,
            "title_key": title_key(record.title),
        }
    if len(record.abstract) > len(row["abstract"]) and not record.abstract.endswith("…"):
        updates |= {"abstract": record.abstract, "abstract_key": abstract_key(record.abstract)}
    for name in SCALAR_FILLS:
        if row[name] is None and getattr(record, name) is not None:
            updates[name] = getattr(record, name)
    if _date_rank(record.date, record.date_partial) > _date_rank(row["date"], row["date_partial"]):
        updates |= {
            "date": record.date,
            "date_text": record.date_text,
            "date_partial": record.date_partial,
        }
    categories = row["categories"].split()
    extra = [c for c in record.categories if c not in categories]
    if extra:
        updates["categories"] = " ".join(categories + extra)
    if record.has_code and not row["has_code"]:
        updates["has_code"] = 1
    if record.author_count and (row["author_count"] or 0) < record.author_count:
        updates["author_count"] = record.author_count
    if record.rating and not row["rating"]:
        updates["rating"] = record.rating
    if record.status and row["status"] == "new":
        updates |= {"status": record.status, "status_changed": now}
    changed = _merge_authors(conn, paper_id, row, record, updates)
    changed |= add_personal(conn, paper_id, record, now)
    changed |= add_urls(conn, paper_id, record.urls)
    if updates:
        updates["modified"] = now
        assignments = ", ".join(f"{name} = ?" for name in updates)
        conn.execute(f"UPDATE papers SET {assignments} WHERE id = ?", [*updates.values(), paper_id])
    reconcile_flags(conn, paper_id, record.needs_review)
    return changed or bool(updates)


def _merge_authors(
    conn: sqlite3.Connection,
    paper_id: int,
    row: sqlite3.Row,
    record: PaperRecord,
    updates: dict[str, object],
) -> bool:
    if not record.authors:
        return False
    current = [name for name in row["authors_text"].split(", ") if name]
    better = (
        not current
        or (row["authors_truncated"] and not record.authors_truncated)
        or (
            record.authors_truncated == bool(row["authors_truncated"])
            and len(record.authors) > len(current)
        )
    )
    if not better:
        return False
    set_authors(conn, paper_id, record.authors)
    updates["authors_truncated"] = int(record.authors_truncated)
    return True


def reconcile_flags(conn: sqlite3.Connection, paper_id: int, extra: list[str]) -> None:
    """Add the record's review flags, then drop those the merged paper no longer earns."""
    conn.executemany(
        "INSERT OR IGNORE INTO review_flags (paper_id, reason) VALUES (?, ?)",
        [(paper_id, reason) for reason in extra],
    )
    conn.execute(
        """
        DELETE FROM review_flags WHERE paper_id = :id AND (
            (reason = 'title' AND (SELECT title_placeholder FROM papers WHERE id = :id) = 0)
         OR (reason IN ('year', 'date') AND (SELECT date FROM papers WHERE id = :id) IS NOT NULL)
         OR (reason = 'abstract' AND (SELECT length(abstract) > 0 AND abstract NOT LIKE '%…'
                                        FROM papers WHERE id = :id))
        )
        """,
        {"id": paper_id},
    )


def record_source(conn: sqlite3.Connection, file: str, sha256: str, layout: str, now: str) -> int:
    cursor = conn.execute(
        "INSERT INTO sources (file, sha256, layout, imported) VALUES (?, ?, ?, ?)",
        (file, sha256, layout, now),
    )
    return int(cursor.lastrowid or 0)


def source_exists(conn: sqlite3.Connection, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM sources WHERE sha256 = ?", (sha256,)).fetchone() is not None


def link_source(conn: sqlite3.Connection, paper_id: int, source_id: int, line: int) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO paper_sources (paper_id, source_id, line) VALUES (?, ?, ?)",
        (paper_id, source_id, line),
    )
