"""Sync figures (issue 19): a library's first sync to an empty machine, the time from an edit
on one machine to its arrival on the other over a local folder (p50/p95), and the size of the
folder per papers and per edits, before and after a snapshot.

    python benchmarks/sync_bench.py --sizes 10000 100000 [--edits 200]

The baseline beside each first sync is the same library copied file-to-file (what putting the
SQLite file itself into the folder would cost, minus the corruption)."""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.action_data import build
from papershelf import sync
from papershelf.files import write_atomic
from papershelf.library import Library
from papershelf.sync import engine


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def copy_files(source: Path, target: Path) -> None:
    """What a sync engine does: bring over the files that are new or changed."""
    for path in source.rglob("*"):
        if path.is_file():
            there = target / path.relative_to(source)
            if not there.exists() or there.stat().st_size != path.stat().st_size:
                there.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, there)


def bench(size: int, edits: int, work: Path) -> dict[str, object]:
    source = build(work / f"lib-{size}.db", size)
    a_path, b_path = work / f"a-{size}.db", work / f"b-{size}.db"
    shutil.copy(source, a_path)
    fa, fb = work / f"fa-{size}", work / f"fb-{size}"
    started = time.perf_counter()
    shutil.copy(source, work / "plain-copy.db")
    plain = time.perf_counter() - started
    with Library(a_path) as a, Library(b_path) as b:
        started = time.perf_counter()
        sync.init(a, fa)
        first_send = time.perf_counter() - started
        after_papers = folder_mb(fa)
        copy_files(fa, fb)
        started = time.perf_counter()
        sync.init(b, fb)
        first_receive = time.perf_counter() - started
        assert b.count() == a.count()
        rng = random.Random(7)
        ids = a.query_ids()
        latencies = []
        for n in range(edits):
            started = time.perf_counter()
            a.rate([rng.choice(ids)], n % 6)
            sync.exchange(a)
            copy_files(fa, fb)
            sync.exchange(b)
            latencies.append(time.perf_counter() - started)
        after_edits = folder_mb(fa)
        seq = int(engine.sync_rows.get_state(a.conn, "seq"))
        while seq % engine.SNAPSHOT_EVERY:  # edits up to the next snapshot
            a.rate([rng.choice(ids)], 3)
            seq = int(sync.exchange(a).sent.rsplit("-", 1)[1].split(".")[0])  # type: ignore[union-attr]
        after_snapshot = folder_mb(fa)
    quantiles = statistics.quantiles(latencies, n=20)
    return {
        "papers": size,
        "first_send_s": round(first_send, 2),
        "first_sync_to_empty_machine_s": round(first_receive, 2),
        "baseline_plain_file_copy_s": round(plain, 3),
        "edit_to_arrival_p50_s": round(statistics.median(latencies), 3),
        "edit_to_arrival_p95_s": round(quantiles[18], 3),
        "edits": edits,
        "folder_mb_after_papers": round(after_papers, 1),
        "folder_mb_after_edits": round(after_edits, 1),
        "folder_mb_per_10k_edits": round((after_edits - after_papers) * 10000 / edits, 1),
        "folder_mb_after_snapshot": round(after_snapshot, 1),
        "library_mb": round(a_path.stat().st_size / 1e6, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000])
    parser.add_argument("--edits", type=int, default=100)
    parser.add_argument("--output", type=Path, default=Path("benchmarks/results-sync.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        rows = [bench(size, args.edits, Path(directory)) for size in args.sizes]
    for row in rows:
        print(json.dumps(row))
    write_atomic(args.output, json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
