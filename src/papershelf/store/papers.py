"""Writing papers: insert, merge the richest values of duplicates, provenance."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from papershelf.core.names import Name, display
from papershelf.core.records import PaperRecord
from papershelf.core.text import abstract_key, cleaner_text_wins, placeholder_title, title_key

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
    look_alikes: tuple[int, ...] = ()  # papers it may be, kept apart for their other key


def add_personal(
    conn: sqlite3.Connection, paper_id: int, record: PaperRecord, now: str, *, key: bool = True
) -> bool:
    """Tags, notes and (unless `key` is False) a citation key carried by a BibTeX/CSL
    record; never overwrites."""
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
    if key and record.citation_key:
        conn.execute(
            "UPDATE papers SET citation_key = ? WHERE id = ? AND citation_key IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM papers WHERE citation_key = ? COLLATE NOCASE)",
            (record.citation_key, paper_id, record.citation_key),
        )
    return conn.total_changes != before


def set_authors(conn: sqlite3.Connection, paper_id: int, names: Sequence[str | Name]) -> None:
    """Replace a paper's ordered author list (and the text the table shows and sorts by);
    names are plain text or structured (core.names)."""
    conn.execute(
        "UPDATE papers SET authors_json = ?, authors_text = ? WHERE id = ?",
        (
            json.dumps(list(names), ensure_ascii=False),
            ", ".join(display(name) for name in names),
            paper_id,
        ),
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


def _richer_abstract(new: str, old: str) -> bool:
    """Clean text beats garbled text; else the longer one that is not cut short wins."""
    verdict = cleaner_text_wins(new, old)
    if verdict is not None:
        return verdict and not (new.endswith("…") and not old.endswith("…") and old)
    return len(new) > len(old) and not new.endswith("…")


def merge_record(conn: sqlite3.Connection, paper_id: int, record: PaperRecord, now: str) -> bool:
    """Fold a record into a paper, keeping the richest value of each field."""
    conn.row_factory = sqlite3.Row
    try:
        row = conn.execute("SELECT * FROM papers WHERE id = ?", (paper_id,)).fetchone()
    finally:
        conn.row_factory = None
    updates: dict[str, object] = {}
    abstract_wins = _richer_abstract(record.abstract, row["abstract"])
    if row["title_placeholder"] and not record.title_is_placeholder and record.title:
        updates |= {
            "title": record.title,
            "title_placeholder": 0,
            "title_key": title_key(record.title),
        }
    elif row["title_placeholder"] and abstract_wins:
        # Two stand-in titles: the one kept is the one made from the abstract kept.
        updates["title"] = placeholder_title(record.abstract)
    if abstract_wins:
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
    if record.bib_fields:
        kept = _merged_bib_fields(row["bib_fields"], record.bib_fields)
        if kept is not None:
            updates["bib_fields"] = kept
    changed = _merge_authors(conn, paper_id, row, record, updates)
    changed |= add_personal(conn, paper_id, record, now)
    changed |= add_urls(conn, paper_id, record.urls)
    if updates:
        updates["modified"] = now
        assignments = ", ".join(f"{name} = ?" for name in updates)
        conn.execute(f"UPDATE papers SET {assignments} WHERE id = ?", [*updates.values(), paper_id])
    reconcile_flags(conn, paper_id, record.needs_review)
    return changed or bool(updates)


def _merged_bib_fields(stored: str | None, incoming: dict[str, object]) -> str | None:
    """The stored entry's kept fields plus those only the incoming entry has (None: no change)."""
    if not stored:
        return json.dumps(incoming, ensure_ascii=False)
    kept = json.loads(stored)
    fields: dict[str, str] = kept["fields"]
    extra = {k: v for k, v in incoming["fields"].items() if k not in fields}  # type: ignore[attr-defined]
    if not extra:
        return None
    kept["fields"] = {**fields, **extra}
    return json.dumps(kept, ensure_ascii=False)


def _merge_authors(
    conn: sqlite3.Connection,
    paper_id: int,
    row: sqlite3.Row,
    record: PaperRecord,
    updates: dict[str, object],
) -> bool:
    if not record.authors:
        return False
    current = json.loads(row["authors_json"])
    verdict = cleaner_text_wins(
        ", ".join(map(display, record.authors)), ", ".join(map(display, current))
    )
    if verdict is False and current:
        return False
    better = verdict or (
        not current
        or (row["authors_truncated"] and not record.authors_truncated)
        or (
            record.authors_truncated == bool(row["authors_truncated"])
            and len(record.authors) > len(current)
        )
    )
    if not better:
        return False
    set_authors(conn, paper_id, record.names or record.authors)
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


def link_sources(
    conn: sqlite3.Connection, source_id: int, paper_lines: list[tuple[int, int]]
) -> None:
    """Remember which file (and line) each paper came from."""
    conn.executemany(
        "INSERT OR IGNORE INTO paper_sources (paper_id, source_id, line) VALUES (?, ?, ?)",
        [(paper_id, source_id, line) for paper_id, line in paper_lines],
    )


def imported_source(conn: sqlite3.Connection, sha256: str) -> tuple[str, int] | None:
    """(layout, papers it brought) of a file imported before, found by its text's digest."""
    row = conn.execute(
        "SELECT s.layout, count(ps.paper_id) FROM sources s "
        "LEFT JOIN paper_sources ps ON ps.source_id = s.id WHERE s.sha256 = ? GROUP BY s.id",
        (sha256,),
    ).fetchone()
    return None if row is None else (str(row[0]), int(row[1]))
