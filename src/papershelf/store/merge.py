"""Folding one paper into another when the user says they are the same."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from papershelf.core import bibkeys
from papershelf.core.names import Name, structured
from papershelf.core.records import PaperRecord
from papershelf.store.batch import DUPLICATE, candidates, stored_keys
from papershelf.store.papers import SCALAR_FILLS, merge_record
from papershelf.store.read import fetch_papers

STATUS_RANK = {"new": 0, "to-read": 1, "reading": 2, "dropped": 3, "skimmed": 4, "read": 5}


def as_record(paper: dict[str, object]) -> PaperRecord:
    """A stored paper seen as an import record, so merging reuses the import rules."""
    return PaperRecord(
        line=0,
        title=str(paper["title"]),
        title_is_placeholder=bool(paper["title_is_placeholder"]),
        authors=list(paper["authors"]),  # type: ignore[call-overload]
        names=_structured_names(paper["names"]),  # type: ignore[arg-type]
        bib_fields=paper["bib_fields"],  # type: ignore[arg-type]
        authors_truncated=bool(paper["authors_truncated"]),
        author_count=paper["author_count"],  # type: ignore[arg-type]
        abstract=str(paper["abstract"]),
        urls=list(paper["urls"]),  # type: ignore[call-overload]
        needs_review=[],
        **{  # type: ignore[arg-type]  # the stored columns carry the record's types
            key: paper[key]
            for key in (
                *SCALAR_FILLS,
                "categories",
                "date",
                "date_text",
                "date_partial",
                "has_code",
            )
        },
    )


def _structured_names(names: list[str | Name]) -> list[Name] | None:
    """The names in parts when any was stored in parts (from a .bib), else None."""
    if not any(isinstance(name, dict) for name in names):
        return None
    return [structured(name) for name in names]


# A merge's folded keys, for other entries' links: (the kept paper, its folded keys, its key).
Folded = tuple[int, list[str], str]


def merge_papers(
    conn: sqlite3.Connection,
    keep: int,
    other: int,
    now: str,
    *,
    links: list[Folded] | None = None,
) -> None:
    """`other` disappears into `keep`: fields, tags, notes, queues, sources, rating, status.
    `links`: a batch of merges collects its folded keys there, and `repoint_links` makes
    other entries' links name the kept papers once, after the batch (see there)."""
    (gone,) = fetch_papers(conn, [other])
    (kept,) = fetch_papers(conn, [keep])
    folded = as_record(gone)
    if _other_years(kept["date"], folded.date):
        folded.date, folded.date_text, folded.date_partial = None, None, None
    merge_record(conn, keep, folded, now)
    conn.execute(
        "INSERT OR IGNORE INTO paper_tags (paper_id, tag_id) SELECT ?, tag_id FROM paper_tags "
        "WHERE paper_id = ?",
        (keep, other),
    )
    conn.execute("UPDATE notes SET paper_id = ? WHERE paper_id = ?", (keep, other))
    conn.execute(
        "INSERT OR IGNORE INTO paper_sources (paper_id, source_id, line) "
        "SELECT ?, source_id, line FROM paper_sources WHERE paper_id = ?",
        (keep, other),
    )
    # In a queue that held only the other paper, the kept one takes its place.
    conn.execute(
        "INSERT OR IGNORE INTO queue_items (queue_id, paper_id, position, added) "
        "SELECT queue_id, ?, position, added FROM queue_items WHERE paper_id = ?",
        (keep, other),
    )
    conn.execute("UPDATE status_history SET paper_id = ? WHERE paper_id = ?", (keep, other))
    rating = max(int(kept["rating"]), int(gone["rating"]))
    status = max(str(kept["status"]), str(gone["status"]), key=lambda s: STATUS_RANK[s])
    conn.execute(
        "UPDATE papers SET rating = ?, status = ?, modified = ? WHERE id = ?",
        (rating, status, now, keep),
    )
    conn.execute("DELETE FROM papers WHERE id = ?", (other,))
    _keep_citation_keys(conn, keep, gone, links)
    _settle_duplicate_flag(conn, keep)


def _other_years(kept: object, folded: str | None) -> bool:
    """A fuller date refines the kept paper's year; of another year, it is another event (trial
    10: 1945 merged with a reading group's 2025-03-02 became 2025-03-02, its key ...2025)."""
    return bool(kept and folded) and str(kept)[:4] != str(folded)[:4]


def _settle_duplicate_flag(conn: sqlite3.Connection, keep: int) -> None:
    """The kept paper's "may be the same paper as another entry" goes once no other entry
    looks like it any more (trial 7: the two entries an import flagged, merged, and the one
    kept still said so and stayed in Needs review)."""
    keys = stored_keys(conn, keep)
    if not candidates(conn, [keys]).look_alikes(keys):
        conn.execute(
            "DELETE FROM review_flags WHERE paper_id = ? AND reason = ?", (keep, DUPLICATE)
        )


def _keep_citation_keys(
    conn: sqlite3.Connection, keep: int, gone: dict[str, Any], links: list[Folded] | None
) -> None:
    """The folded paper's key (and its own aliases) become aliases of the kept paper, in `ids`;
    links naming them now name the kept paper, and the kept paper's links to itself go."""
    gone_fields = (gone["bib_fields"] or {}).get("fields") or {}
    gone_keys = [key for key in [gone["citation_key"], *bibkeys.aliases(gone_fields)] if key]
    if not gone_keys:
        return
    own, stored = conn.execute(
        "SELECT citation_key, bib_fields FROM papers WHERE id = ?", (keep,)
    ).fetchone()
    if own is None:  # the kept paper had no key yet: it takes the folded one's
        own, *gone_keys = gone_keys
        conn.execute("UPDATE papers SET citation_key = ? WHERE id = ?", (own, keep))
    kept = json.loads(stored) if stored else {"fields": {}, "seen": {}}
    fields = bibkeys.with_aliases(kept["fields"], own, gone_keys)
    fields = bibkeys.repointed(fields, [own, *bibkeys.aliases(fields)], None)
    if fields != kept["fields"]:
        kept["fields"] = fields
        conn.execute(
            "UPDATE papers SET bib_fields = ? WHERE id = ?",
            (json.dumps(kept, ensure_ascii=False), keep),
        )
    if links is None:
        _repoint_links(conn, keep, gone_keys, own)
    else:
        links.append((keep, gone_keys, own))


def _repoint_links(conn: sqlite3.Connection, keep: int, gone_keys: list[str], own: str) -> None:
    """Other entries' crossref/xdata/related naming a folded key name the kept paper instead
    (BibTeX resolves a crossref by the entry's own key, not by an alias)."""
    for key in gone_keys:
        rows = conn.execute(
            "SELECT id, bib_fields FROM papers WHERE id != ? AND bib_fields IS NOT NULL "
            "AND instr(lower(bib_fields), ?) > 0",
            (keep, key.lower()),
        ).fetchall()
        for paper_id, stored in rows:
            kept = json.loads(stored)
            fields = bibkeys.repointed(kept["fields"], [key], own)
            if fields != kept["fields"]:
                kept["fields"] = fields
                conn.execute(
                    "UPDATE papers SET bib_fields = ? WHERE id = ?",
                    (json.dumps(kept, ensure_ascii=False), paper_id),
                )


def repoint_links(conn: sqlite3.Connection, folded: list[Folded]) -> None:
    """After a batch of merges: every entry's crossref/xdata/related naming a folded key names
    its kept paper, and a kept paper's link to a key it took in goes, as `_repoint_links` does
    after one merge; in one pass over the library, not a scan of it for each folded key
    (trial 12: "Merge all" of 125 groups, 3 669 merges in 16 000 papers, took 65 of its 74 s
    in those scans). The kept papers stay: a group's keeper is no other group's paper."""
    kept_by_key = {key.casefold(): (keep, own) for keep, keys, own in folded for key in keys}
    if not kept_by_key:
        return
    marks = tuple(f'"{name}"' for name in bibkeys.LINKS)
    for paper_id, stored in conn.execute(
        "SELECT id, bib_fields FROM papers WHERE bib_fields IS NOT NULL"
    ).fetchall():
        if not any(mark in stored for mark in marks):
            continue  # names no other entry (the field names are written as they are stored)
        record = json.loads(stored)
        fields = record["fields"]
        for name in bibkeys.LINKS:
            for key in bibkeys.key_list(fields.get(name)):
                if (kept := kept_by_key.get(key.casefold())) is not None:
                    keep, own = kept
                    fields = bibkeys.repointed(fields, [key], None if keep == paper_id else own)
        if fields != record["fields"]:
            record["fields"] = fields
            conn.execute(
                "UPDATE papers SET bib_fields = ? WHERE id = ?",
                (json.dumps(record, ensure_ascii=False), paper_id),
            )
