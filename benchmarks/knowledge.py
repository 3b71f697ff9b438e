"""Possible duplicates of the whole library and related papers for one paper (issue 18), each
beside a plain baseline timed in the same run on the same library."""

from __future__ import annotations

import json
import random
import statistics
import time
from pathlib import Path
from typing import Any

from papershelf.core.duplicates import words
from papershelf.export.others import csl_name
from papershelf.files import write_atomic
from papershelf.library import Library
from papershelf.store import duplicates as store_duplicates

Row = dict[str, Any]
RELATED_RUNS = 200
TOUCHED = 50  # papers edited before the incremental refresh


def add_near_duplicates(library: Library, work: Path, size: int) -> int:
    """1% of the papers again, as another page would print them: a letter dropped from the
    title, no abstract (not merged on import: not timed)."""
    rng = random.Random(size + 2)
    chosen = library.papers(rng.sample(library.query_ids(), size // 100))
    items = [
        {
            "id": f"near{paper['id']}",
            "type": "article",
            "title": paper["title"].replace("e", "", 1),
            "author": [csl_name(name) for name in paper["authors"]],  # a person's parts
            "issued": {"date-parts": [[int(part) for part in paper["date"].split("-")]]},
        }
        for paper in chosen
    ]
    path = work / f"near-{size}.json"
    write_atomic(path, json.dumps(items))
    new = library.import_path(path).new
    library.index_pending()
    return new


def bench_duplicates(library: Library, size: int, work: Path) -> list[Row]:
    planted = add_near_duplicates(library, work, size)
    # From nothing: keys, candidates and verdicts for every paper, as after the upgrade.
    library.conn.execute("UPDATE dup_state SET version = 0")
    start = time.perf_counter()
    found = library.duplicate_groups()
    whole = time.perf_counter() - start
    start = time.perf_counter()
    # Plain baseline: read the columns duplicates are judged by and group the exact titles.
    library.conn.execute(
        "SELECT title, authors_json, arxiv_id, doi, date FROM papers WHERE deleted IS NULL"
    ).fetchall()
    library.conn.execute(
        "SELECT title_key, count(*) FROM papers WHERE deleted IS NULL "
        "GROUP BY title_key HAVING count(*) > 1"
    ).fetchall()
    plain = time.perf_counter() - start
    ids = random.Random(size).sample(library.query_ids(), TOUCHED)
    for paper_id in ids:
        title = library.paper(paper_id)["title"]
        library.update_paper(paper_id, title=title.rstrip(".") + ".")  # not a judged change
    assert store_duplicates.stale_count(library.conn) == TOUCHED
    start = time.perf_counter()
    library.duplicate_groups()
    incremental = time.perf_counter() - start
    return [
        {
            "figure": "possible duplicates of the whole library",
            "found": f"{len(found)} groups, {planted} near duplicates planted",
            "size": size,
            "value": whole * 1000,
            "unit": "ms",
            "baseline": plain * 1000,
            "baseline_name": "reading the judged columns + GROUP BY exact title",
            "ratio": whole / plain,
            "runs": 1,
            "target": "<= 10 s at 100k",
        },
        {
            "figure": f"possible duplicates after {TOUCHED} edited papers",
            "size": size,
            "value": incremental * 1000,
            "unit": "ms",
            "baseline": whole * 1000,
            "baseline_name": "the whole library",
            "ratio": incremental / whole,
            "runs": 1,
            "target": "",
        },
    ]


def bench_related(library: Library, size: int) -> list[Row]:
    rng = random.Random(size + 1)
    ids = rng.sample(library.query_ids(), RELATED_RUNS)
    ours, plain = [], []
    for paper_id in ids:
        start = time.perf_counter()
        library.related([paper_id])
        ours.append(time.perf_counter() - start)
    for paper_id in ids:
        start = time.perf_counter()
        (title,) = library.conn.execute(
            "SELECT title FROM papers WHERE id = ?", (paper_id,)
        ).fetchone()
        query = " OR ".join(f'"{w}"' for w in words(title))
        library.conn.execute(
            "SELECT rowid FROM papers_fts WHERE papers_fts MATCH ? ORDER BY rank LIMIT 6",
            (query,),
        ).fetchall()
        plain.append(time.perf_counter() - start)
    value = statistics.quantiles(ours, n=20, method="inclusive")[18] * 1000
    base = statistics.quantiles(plain, n=20, method="inclusive")[18] * 1000
    return [
        {
            "figure": "related papers for one paper, p95",
            "size": size,
            "value": value,
            "unit": "ms",
            "baseline": base,
            "baseline_name": "FTS5 bm25 over the title's words alone, p95",
            "ratio": value / base,
            "runs": RELATED_RUNS,
            "target": "p95 <= 50 ms at 100k",
        }
    ]


def bench_knowledge(library: Library, size: int, work: Path) -> list[Row]:
    return bench_duplicates(library, size, work) + bench_related(library, size)
