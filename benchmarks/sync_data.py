"""The sync figures' library: N papers from a seeded arXiv listing (imported the usual way),
then tags, ratings, statuses and notes written in bulk SQL, as benchmarks/action_data.py
decorates its library but in a few statements rather than one action each (building the
100k library that way took longer than the figures themselves)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from benchmarks.action_data import SMART_QUEUES, tag_names
from benchmarks.generate import write_arxiv_listing
from papershelf.library import Library
from papershelf.store import fts
from papershelf.store.clock import now
from papershelf.store.connection import transaction

NOTES = 500
STATUSES = ("to-read", "reading", "read", "skimmed")


def build(path: Path, size: int, *, seed: int = 13) -> Path:
    """The decorated library at `path` (made once: later calls reuse the file)."""
    if path.exists():
        return path
    rng = random.Random(seed)
    listing = write_arxiv_listing(path.with_suffix(".txt"), size, seed=seed)
    partial = path.with_suffix(".partial")
    with Library(partial) as library:
        library.import_path(listing)
        library.index_pending()
        ids = library.query_ids()
        with transaction(library.db) as conn:
            _decorate(conn, ids, rng)
        for number, query in enumerate(SMART_QUEUES):
            library.create_queue(f"smart {number:02d}", query=query)
        library.create_queue("reading now")
        library.enqueue("reading now", ids[:300])
        library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    listing.unlink()
    partial.rename(path)
    return path


def _decorate(conn: sqlite3.Connection, ids: list[int], rng: random.Random) -> None:
    """Tags on a long tail (topic-000 on 5% of the papers, most on ~0.1%), a twentieth of
    the papers at each rating, a tenth at each status, and 500 notes."""
    stamp = now()
    pairs: set[tuple[int, int]] = set()
    for rank, name in enumerate(tag_names()):
        (tag,) = conn.execute("INSERT INTO tags (name) VALUES (?) RETURNING id", (name,)).fetchone()
        share = 0.05 / (rank + 1) ** 0.8
        pairs.update((paper, tag) for paper in rng.sample(ids, max(5, int(len(ids) * share))))
    conn.executemany("INSERT INTO paper_tags (paper_id, tag_id) VALUES (?, ?)", sorted(pairs))
    for stars in range(1, 6):
        chosen = rng.sample(ids, len(ids) // 20)
        conn.executemany("UPDATE papers SET rating = ? WHERE id = ?", [(stars, i) for i in chosen])
    for status in STATUSES:
        chosen = rng.sample(ids, len(ids) // 10)
        conn.executemany(
            "UPDATE papers SET status = ?, status_changed = ? WHERE id = ?",
            [(status, stamp, i) for i in chosen],
        )
    noted = rng.sample(ids, NOTES)
    conn.executemany(
        "INSERT INTO notes (paper_id, body, created, modified) VALUES (?, ?, ?, ?)",
        [(i, "A note on the method, its kernels and its baselines.", stamp, stamp) for i in noted],
    )
    fts.refresh(conn, sorted({paper for paper, _ in pairs} | set(noted)))
