"""Bench rows for issue 14: queue edits at any size, and memory for a million tiny records.

Queue moves are timed against a floor measured on the same file in the same run: one UPDATE of
one queue row by its key, in its own transaction, with nothing else (no lookup of neighbours,
no undo log). Memory is the peak RSS of an import process (and of its parsing process, which
holds the file's text) for 10^6 title-only CSL-JSON records, against the same import of 10^4.
"""

from __future__ import annotations

import json
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from papershelf.files import replacing
from papershelf.library import Library

Row = dict[str, Any]
MOVES = 30
TINY_RECORDS = 1_000_000
TINY_BASELINE = 10_000


def _timed(action: Any) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def _floor_update(path: Path, queue: int, paper: int) -> float:
    """One UPDATE of one queue row by key, committed: what any reordering must at least do."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = NORMAL")  # as the library commits
    try:
        position = conn.execute(
            "SELECT position FROM queue_items WHERE queue_id = ? AND paper_id = ?", (queue, paper)
        ).fetchone()[0]

        def update(step: int) -> None:
            # A new value each time: SQLite skips writing a row that did not change.
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "UPDATE queue_items SET position = ? WHERE queue_id = ? AND paper_id = ?",
                (position + step % 2, queue, paper),
            )
            conn.execute("COMMIT")

        return statistics.median(_timed(lambda n=n: update(n)) for n in range(1, MOVES + 1))
    finally:
        conn.close()


def bench_queue(library: Library, size: int) -> list[Row]:
    """Move and remove single papers in a queue that holds the whole library."""
    ids = library.query_ids()
    library.create_queue("bench-all")
    library.enqueue("bench-all", ids)
    library.checkpoint()
    rng = random.Random(size)
    moves = [
        _timed(lambda: library.move_in_queue("bench-all", [rng.choice(ids)], rng.randint(1, size)))
        for _ in range(MOVES)
    ]
    undos = [_timed(library.undo) for _ in range(5)]
    removed = rng.sample(ids, MOVES)
    removals = [_timed(lambda p=paper: library.dequeue("bench-all", [p])) for paper in removed]
    queue = library.conn.execute("SELECT id FROM queues WHERE name = 'bench-all'").fetchone()[0]
    library.checkpoint()
    floor = _floor_update(library.path, queue, ids[len(ids) // 2])
    # The floor is tens of microseconds: it is shown in µs so that the table does not round it
    # to 0.0; the ratio compares like with like.
    base = {"size": size, "unit": "ms", "baseline": floor * 1000, "runs": MOVES}
    base |= {"target": "<= 50 ms", "baseline_name": "one-row UPDATE by key, committed (µs)"}
    rows = []
    for figure, times in (
        ("move one paper in a queue of the whole library, median", moves),
        ("remove one paper from a queue of the whole library, median", removals),
        ("undo a move in a queue of the whole library, median", undos),
    ):
        value = statistics.median(times)
        rows.append({"figure": figure, "value": value, "ratio": value / floor, **base})
    worst = max(moves)
    rows.append(
        {
            **base,
            "figure": "move one paper in a queue of the whole library, worst of 30",
            "value": worst,
            "ratio": worst / floor,
        }
    )
    return rows


def write_tiny_records(path: Path, count: int) -> Path:
    """CSL-JSON items with an id, a type and a short title, nothing else."""
    with replacing(path) as out:
        out.write("[\n")
        for n in range(count):
            item = {"id": f"tiny{n}", "type": "article", "title": f"Tiny paper {n} on things"}
            out.write(json.dumps(item) + (",\n" if n < count - 1 else "\n"))
        out.write("]\n")
    return path


PEAK_SCRIPT = """
import resource, sys
from papershelf.library import Library
with Library(sys.argv[1]) as library:
    report = library.import_path(sys.argv[2])
assert report.new == int(sys.argv[3]), report
own = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]
print(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def import_peak_mb(listing: Path, db: Path, count: int) -> tuple[float, float, float]:
    """(peak RSS of the importing process, of its parsing process, seconds), in MB."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", PEAK_SCRIPT, str(db), str(listing), str(count)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - start
    own, child = done.stdout.split()[-2:]
    return int(own) / 1024, int(child) / 1024, seconds


def bench_flat_memory(work: Path) -> list[Row]:
    peaks = {}
    for count in (TINY_BASELINE, TINY_RECORDS):
        listing = write_tiny_records(work / f"tiny-{count}.json", count)
        peaks[count] = import_peak_mb(listing, work / f"tiny-{count}.db", count)
        listing.unlink()
    small, large = peaks[TINY_BASELINE], peaks[TINY_RECORDS]
    base = {
        "size": TINY_RECORDS,
        "unit": "MB",
        "baseline": max(small[:2]),
        "baseline_name": f"the same import of {TINY_BASELINE:,} records (MB)",
        "runs": 1,
        "target": "<= 200 MB",
    }
    return [
        {
            **base,
            "figure": "peak RSS importing 10^6 title-only records (either process)",
            "value": max(large[:2]),
            "ratio": max(large[:2]) / max(small[:2]),
        },
        {
            **base,
            "figure": "import of 10^6 title-only records",
            "value": TINY_RECORDS / large[2],
            "unit": "papers/s",
            "baseline": TINY_BASELINE / small[2],
            "baseline_name": f"the same import of {TINY_BASELINE:,} records (papers/s)",
            "ratio": (TINY_RECORDS / large[2]) / (TINY_BASELINE / small[2]),
            "target": "",
        },
    ]
