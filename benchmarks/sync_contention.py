"""The reader's edits while the window syncs (issue 19, trial report item 1): a library with a
sync folder, a thread doing exchanges as the window's ExchangeTask does (its own connection,
one after another with a short pause, harder than the window's one per 5 s), and meanwhile the
reader's ratings through the Library API on the window's connection, and `papershelf rate`
as a separate process. Reported: each write's wait (p50/p95/max), writes refused as busy,
and the exchanges' durations and longest hold of the write lock.

Also: a first sync of that library to an empty machine (a big arrival) while the reader
rates the papers already arrived there, written in batches (sync/arrival.py) and, as the
baseline of the same run, in one transaction as before: the longest hold of the write lock,
the whole time, and the reader's waits and refusals.

    python benchmarks/sync_contention.py --size 20000 [--edits 30] [--work DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.sync_data import build
from papershelf import sync
from papershelf.core.errors import PapershelfError
from papershelf.files import write_atomic
from papershelf.library import Library
from papershelf.sync import arrival

PAUSE_BETWEEN_EXCHANGES_S = 0.5
PAUSE_BETWEEN_EDITS_S = 0.3


class Exchanges(threading.Thread):
    """Exchanges until stopped, each on a fresh connection (as ExchangeTask does)."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.path = path
        self.stopping = threading.Event()
        self.durations: list[float] = []
        self.holds: list[float] = []
        self.failures: list[str] = []

    def run(self) -> None:
        while not self.stopping.is_set():
            started = time.perf_counter()
            try:
                with Library(self.path) as library:
                    report = sync.exchange(library)
                self.holds.append(getattr(report, "write_s", -1.0))
            except PapershelfError as error:
                self.failures.append(str(error))
            self.durations.append(time.perf_counter() - started)
            self.stopping.wait(PAUSE_BETWEEN_EXCHANGES_S)


def summary(values: list[float]) -> dict[str, float]:
    if not values:
        return {}
    ordered = sorted(values)
    return {
        "p50": round(statistics.median(ordered), 3),
        "p95": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))], 3),
        "max": round(ordered[-1], 3),
    }


def window_edits(path: Path, edits: int) -> tuple[list[float], list[str]]:
    waits, refused = [], []
    rng = random.Random(3)
    with Library(path) as library:
        ids = library.query_ids()
        for _ in range(edits):
            started = time.perf_counter()
            try:
                library.rate([rng.choice(ids)], rng.randint(0, 5))
            except PapershelfError as error:
                refused.append(str(error))
            waits.append(time.perf_counter() - started)
            time.sleep(PAUSE_BETWEEN_EDITS_S)
    return waits, refused


def cli_edits(path: Path, edits: int) -> tuple[list[float], list[str]]:
    """`papershelf rate` with the window's sync running (the CLI exchanges after a write too)."""
    waits, refused = [], []
    command = [sys.executable, "-m", "papershelf", "--db", str(path), "rate"]
    for number in range(edits):
        started = time.perf_counter()
        done = subprocess.run(
            [*command, str(number + 1), str(number % 6)], capture_output=True, text=True
        )
        waits.append(time.perf_counter() - started)
        if done.returncode:
            refused.append(done.stderr.strip())
    return waits, refused


def run(size: int, edits: int, work: Path) -> dict[str, Any]:
    source = build(work / f"sync-{size}.db", size)
    case = Path(tempfile.mkdtemp(dir=work))
    path, folder = case / "library.db", case / "folder"
    shutil.copy(source, path)
    with Library(path) as library:
        started = time.perf_counter()
        sync.init(library, folder)
        first = time.perf_counter() - started
    arrivals = {
        "batched": first_sync_with_edits(folder, case, batched=True),
        "one_transaction_baseline": first_sync_with_edits(folder, case, batched=False),
    }
    exchanges = Exchanges(path)
    exchanges.start()
    time.sleep(2)
    idle = len(exchanges.holds)
    waits, refused = window_edits(path, edits)
    cli_waits, cli_refused = cli_edits(path, max(3, edits // 5))
    exchanges.stopping.set()
    exchanges.join()
    shutil.rmtree(case)
    return {
        "papers": size,
        "first_send_s": round(first, 2),
        "exchanges": len(exchanges.durations),
        "exchanges_before_edits": idle,
        "exchange_s": summary(exchanges.durations),
        "exchange_write_lock_s": summary(exchanges.holds),
        "exchange_failures": exchanges.failures[:3],
        "window_edits": len(waits),
        "window_edit_wait_s": summary(waits),
        "window_edits_refused": len(refused),
        "cli_rate_s": summary(cli_waits),
        "cli_rate_refused": len(cli_refused),
        "first_sync_to_empty_machine_with_edits": arrivals,
    }


def first_sync_with_edits(folder: Path, case: Path, *, batched: bool) -> dict[str, Any]:
    """An empty library joins the folder (a thread, as the window's task) while the reader
    rates papers that have arrived, on the window's connection."""
    name = "batched" if batched else "at-once"
    path, target = case / f"new-{name}.db", case / f"folder-{name}"
    shutil.copytree(folder, target)
    Library(path).close()
    done: dict[str, Any] = {}

    def join() -> None:
        with Library(path) as library:
            started = time.perf_counter()
            report = sync.init(library, target)
            done.update(seconds=time.perf_counter() - started, longest_hold=report.write_s)

    limit = arrival.BIG_ARRIVAL_BYTES
    arrival.BIG_ARRIVAL_BYTES = limit if batched else 2**62
    thread = threading.Thread(target=join)
    thread.start()
    waits, refused = [], []
    rng = random.Random(5)
    with Library(path) as library:
        while thread.is_alive():
            ids = [row[0] for row in library.conn.execute("SELECT id FROM papers LIMIT 5000")]
            if ids:
                started = time.perf_counter()
                try:
                    library.rate([rng.choice(ids)], rng.randint(0, 5))
                except PapershelfError as error:
                    refused.append(str(error))
                waits.append(time.perf_counter() - started)
            time.sleep(PAUSE_BETWEEN_EDITS_S)
    thread.join()
    arrival.BIG_ARRIVAL_BYTES = limit
    return {
        "first_sync_s": round(done["seconds"], 2),
        "longest_write_lock_s": round(done["longest_hold"], 3),
        "edits_during": len(waits),
        "edit_wait_s": summary(waits),
        "edits_refused": len(refused),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--work", type=Path, help="keep the built library here between runs")
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        work = args.work or Path(directory)
        work.mkdir(parents=True, exist_ok=True)
        result = run(args.size, args.edits, work)
    print(json.dumps(result, indent=2))
    if args.output:
        write_atomic(args.output, json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
