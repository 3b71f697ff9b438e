"""The bench's verdict column judges each figure against the issue's target at its size."""

from __future__ import annotations

from typing import Any

import pytest
from benchmarks.run import verdict


def row(figure: str, size: int, value: float, ratio: float = 1.0, baseline: float = 0.0) -> Any:
    return {"figure": figure, "size": size, "value": value, "ratio": ratio, "baseline": baseline}


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (row("import (file -> library, FTS included)", 100_000, 8000, ratio=0.7), "met"),
        (row("import (file -> library, FTS included)", 100_000, 9000, ratio=0.69), "**missed**"),
        (row("search as you type, p95", 100_000, 20.0), "met"),
        (row("search as you type, p95", 100_000, 20.5), "**missed**"),
        (row("search as you type, p95", 1_000_000, 99.0), "met"),
        (row("sort by any column + jump to last row (worst: title)", 100_000, 51), "**missed**"),
        (
            row("sort by any column + jump to last row (worst: title)", 10_000, 51),
            "(target at 100k)",
        ),
        (row("rate 10000 selected papers / undo it", 100_000, 300, baseline=501), "**missed**"),
        (row("BibTeX export of the whole library", 100_000, 2100, ratio=9), "**missed**"),
        (row("BibTeX export of the whole library", 1_000_000, 24000, ratio=3.1), "met"),
        (row("open the window until rows are painted", 100_000, 900, baseline=450), "met"),
        (row("open the window until rows are painted", 100_000, 900, baseline=300), "**missed**"),
        (row("open the window until rows are painted", 1_000_000, 1900, baseline=100), "met"),
        (row("re-import of the same file", 10_000, 120, ratio=1.2), "**missed**"),
        (row("import of a .bib, CPU time against JabRef 3.8's", 100_000, 9, ratio=3.1), "met"),
        (row("import of a .bib, CPU time against JabRef 3.8's", 1_000, 9, ratio=2.9), "**missed**"),
        (row("bound: parsing the listing alone (one process)", 10_000, 7000), ""),
        (row("move one paper in a queue of the whole library, median", 100_000, 49), "met"),
        (
            row("move one paper in a queue of the whole library, worst of 30", 100_000, 51),
            "**missed**",
        ),
        (
            row("remove one paper from a queue of the whole library, median", 10_000, 60),
            "(target at 100k)",
        ),
        (row("peak RSS importing 10^6 title-only records (either process)", 1_000_000, 199), "met"),
        (
            row("peak RSS importing 10^6 title-only records (either process)", 1_000_000, 201),
            "**missed**",
        ),
    ],
)
def test_verdict(given: Any, expected: str) -> None:
    assert verdict(given) == expected
