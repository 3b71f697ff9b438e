"""The paste preview's cost grows with the paste, not with its square.

A 10 MB paste must preview in under two seconds (issue 16; `make bench-paste` measures it). A
join, a slice or a search that starts again from the top for every paper would make the time
grow with the square of the paste: four times the text would take sixteen times as long, where
a linear reading takes four times (a little less: some costs are paid once). Each paste kind the
bench measures is read at two sizes in the same run, the CPU time of this process compared (the
machine's other processes do not count in it), the best of three runs of each: a ratio above
eight, halfway between linear and quadratic, fails. No absolute time is asserted.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from benchmarks.generate import write_clipped_daily, write_list_html, write_pasted_notes

from papershelf.importers.pipeline import ListingPreview, read_listing
from papershelf.library.preview import preview_clipboard

SMALL_TO_LARGE = 4  # the large paste holds four times the papers of the small one
QUADRATIC_SUSPECT = 8.0  # linear: ~4; quadratic: ~16

Writer = Callable[[Path, int], Path]
KINDS: dict[str, tuple[Writer, int, Callable[[str], ListingPreview]]] = {
    # name: (generator, papers in ~0.5 MB, how the window reads it)
    "clipped Markdown": (
        lambda path, count: write_clipped_daily(path, count, seed=16),
        280,
        lambda text: read_listing(text, "paste.md"),
    ),
    "notes (plain text)": (
        lambda path, count: write_pasted_notes(path, count, seed=16),
        725,
        lambda text: read_listing(text, "paste.md"),
    ),
    "clipboard HTML": (
        lambda path, count: write_list_html(path, count, seed=16),
        180,
        lambda text: preview_clipboard("", text),
    ),
}


def _cpu_seconds(read: Callable[[str], ListingPreview], text: str, papers: int) -> float:
    start = time.process_time()
    preview = read(text)
    elapsed = time.process_time() - start
    assert len(preview.records) == papers  # every paper read: the time is the reading's
    return elapsed


@pytest.mark.parametrize("kind", list(KINDS))
def test_preview_time_grows_linearly_with_the_paste(kind: str, tmp_path: Path) -> None:
    write, papers, read = KINDS[kind]
    small = write(tmp_path / "small", papers).read_text("utf-8")
    large = write(tmp_path / "large", papers * SMALL_TO_LARGE).read_text("utf-8")
    small_times, large_times = [], []
    for _ in range(3):  # interleaved: a busy moment of the machine falls on both sizes
        small_times.append(_cpu_seconds(read, small, papers))
        large_times.append(_cpu_seconds(read, large, papers * SMALL_TO_LARGE))
    ratio = min(large_times) / min(small_times)
    assert ratio < QUADRATIC_SUSPECT, (
        f"{kind}: {SMALL_TO_LARGE}x the text took {ratio:.1f}x the CPU time "
        f"({min(small_times):.3f} s -> {min(large_times):.3f} s)"
    )
