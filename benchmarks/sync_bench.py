"""Sync figures (issue 19): a library's first sync to an empty machine, the time from an edit
on one machine to its arrival on the other over a local folder (p50/p95), and the size of the
folder per papers and per edits, before and after a snapshot.

    python benchmarks/sync_bench.py --sizes 10000 100000 [--edits 200]

The baseline beside each first sync is the same library copied file-to-file (what putting the
SQLite file itself into the folder would cost, minus the corruption). A "local folder exchange"
is: the edit, an exchange on the first machine, a copy of the folder's new files to the second
machine's folder (what Syncthing or Dropbox does, here instantly), an exchange there."""

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
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.sync_data import build
from papershelf import sync
from papershelf.files import write_atomic
from papershelf.library import Library
from papershelf.sync import engine


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def copy_files(source: Path, target: Path) -> None:
    """What a sync engine does: bring over the files that are new or changed, and take away
    the ones removed (a device drops its old segments after a snapshot)."""
    for path in source.rglob("*"):
        if path.is_file():
            there = target / path.relative_to(source)
            if not there.exists() or there.stat().st_size != path.stat().st_size:
                there.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, there)
    for path in target.rglob("*.psync"):
        relative = path.relative_to(target)
        if (source / relative.parent).is_dir() and not (source / relative).exists():
            path.unlink()


def timed(action: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18] if len(values) > 1 else values[0]


class Edits:
    """Ratings that always change something: each edit moves one paper's rating by one."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.ids = library.query_ids()
        self.rng = random.Random(7)

    def one(self) -> None:
        paper = self.rng.choice(self.ids)
        rating = int(self.library.paper(paper)["rating"])
        self.library.rate([paper], (rating + 1) % 6)


def bench(source: Path, size: int, edits: int, work: Path) -> dict[str, object]:
    a_path, b_path = work / f"a-{size}.db", work / f"b-{size}.db"
    shutil.copy(source, a_path)
    fa, fb = work / f"fa-{size}", work / f"fb-{size}"
    plain, _ = timed(lambda: shutil.copy(source, work / "plain-copy.db"))
    (work / "plain-copy.db").unlink()
    with Library(a_path) as a, Library(b_path) as b:
        first_send, _ = timed(lambda: sync.init(a, fa))
        after_papers = folder_mb(fa)
        copy_files(fa, fb)
        first_receive, _ = timed(lambda: sync.init(b, fb))
        assert b.count() == a.count()
        print(f"{size}: first sync {first_send:.0f} s + {first_receive:.0f} s", file=sys.stderr)
        edit = Edits(a)
        sends, arrivals, latencies = [], [], []
        segments, peak = 0, after_papers  # bytes of every segment sent; the fullest folder
        for _ in range(edits):
            started = time.perf_counter()
            edit.one()
            took, report = timed(lambda: sync.exchange(a))
            sends.append(took)
            if report.sent and Path(report.sent).name.startswith("seg-"):
                segments += Path(report.sent).stat().st_size
            peak = max(peak, folder_mb(fa))
            copy_files(fa, fb)
            arrivals.append(timed(lambda: sync.exchange(b))[0])
            latencies.append(time.perf_counter() - started)
        after_edits = folder_mb(fa)
        idle = statistics.median(timed(lambda: sync.exchange(a))[0] for _ in range(5))
        while int(engine.sync_rows.get_state(a.conn, "seq")) % engine.SNAPSHOT_EVERY:
            edit.one()  # edits up to the next snapshot
            sync.exchange(a)
        after_snapshot = folder_mb(fa)
        copy_files(fa, fb)
        snapshot_arrival, _ = timed(lambda: sync.exchange(b))
        ratings = "SELECT sum(rating), count(*) FROM papers"
        assert b.conn.execute(ratings).fetchone() == a.conn.execute(ratings).fetchone()
        # A new machine joins after the snapshot: it reads the snapshot, not the history.
        fc = work / f"fc-{size}"
        copy_files(fa, fc)
        with Library(work / f"c-{size}.db") as c:
            from_snapshot, _ = timed(lambda: sync.init(c, fc))
            assert c.conn.execute(ratings).fetchone() == a.conn.execute(ratings).fetchone()
    return {
        "papers": size,
        "library_mb": round(a_path.stat().st_size / 1e6, 1),
        "first_send_s": round(first_send, 2),
        "first_sync_to_empty_machine_s": round(first_receive, 2),
        "baseline_plain_file_copy_s": round(plain, 3),
        "idle_exchange_s": round(idle, 3),
        "edits": edits,
        "exchange_sending_one_edit_p50_s": round(statistics.median(sends), 3),
        "exchange_receiving_one_edit_p50_s": round(statistics.median(arrivals), 3),
        "edit_to_arrival_p50_s": round(statistics.median(latencies), 3),
        "edit_to_arrival_p95_s": round(p95(latencies), 3),
        "folder_mb_after_papers": round(after_papers, 1),
        "folder_mb_after_edits": round(after_edits, 1),
        "folder_mb_per_10k_edits": round((after_edits - after_papers) * 10000 / edits, 1),
        "folder_mb_after_snapshot": round(after_snapshot, 1),
        "folder_mb_peak_before_a_snapshot": round(peak, 1),
        "folder_mb_without_compaction": round(after_papers + segments / 1e6, 1),
        "first_sync_from_the_snapshot_s": round(from_snapshot, 2),
        "snapshot_arrival_s": round(snapshot_arrival, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--output", type=Path, default=Path("benchmarks/results-sync.json"))
    parser.add_argument("--work", type=Path, help="keep the built libraries here between runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        work = args.work or Path(directory)
        work.mkdir(parents=True, exist_ok=True)
        rows = []
        for size in args.sizes:
            built, source = timed(lambda size=size: build(work / f"sync-{size}.db", size))
            print(f"{size}: library ready in {built:.0f} s", file=sys.stderr, flush=True)
            run = Path(tempfile.mkdtemp(dir=work))
            rows.append(bench(source, size, args.edits, run))
            shutil.rmtree(run)
            print(json.dumps(rows[-1]), flush=True)
    write_atomic(args.output, json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
