"""Merge all scoring at least 0.95 on a library of copies of the real .bib files (trial 12).

    PYTHONPATH=src:. python benchmarks/bulk_merge.py [--entries 16000]

The library: `--entries` entries of tests/data/bib's files copied again and again with
suffixed keys (tests/unit/test_bib_scale.py), so that each copy's entries are look-alikes of
the others'. Timed: `Library.merge_duplicates_above(0.95)`, the window's "Merge all" (wall
seconds, the groups found included). Baseline, on a copy of the same library in the same run:
the same merges with the scan of the library for other entries' links after each merge, as
before trial 12. Not part of `make bench`; the figures go to benchmarks/NOTES.md.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from tests.unit.test_bib_scale import large_bib

from papershelf.library import Library, duplicates
from papershelf.store import merge


def timed_merge(path: Path) -> tuple[float, int, int]:
    """Seconds, groups merged and papers folded away."""
    with Library(path) as library:
        start = time.perf_counter()
        outcome = library.merge_duplicates_above(0.95)
        seconds = time.perf_counter() - start
    return seconds, len(outcome.merged), sum(len(others) for _keep, others in outcome.merged)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=16_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        entries = large_bib(work / "copies.bib", args.entries)
        ours, base = work / "ours.db", work / "base.db"
        with Library(ours) as library:
            library.import_path(work / "copies.bib")
            papers = library.count()
        shutil.copy(ours, base)
        seconds, groups, folded = timed_merge(ours)
        duplicates.merge_papers = (  # type: ignore[assignment]
            lambda conn, keep, other, now, links=None: merge.merge_papers(conn, keep, other, now)
        )
        duplicates.repoint_links = lambda conn, folded: None  # type: ignore[assignment]
        base_seconds, base_groups, base_folded = timed_merge(base)
    assert (groups, folded) == (base_groups, base_folded)
    print(f"{entries:,} entries, {papers:,} papers; {groups} groups, {folded:,} papers folded")
    print(f"merge all >= 0.95, links repointed in one pass: {seconds:,.1f} s")
    print(f"baseline, the library scanned after each merge: {base_seconds:,.1f} s")


if __name__ == "__main__":
    main()
