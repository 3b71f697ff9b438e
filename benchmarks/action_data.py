"""A library for the single-paper action figures: N papers, 500 tags, 20 smart queues.

Seeded, built once per size and not timed. Tags follow a long tail (a few on thousands of
papers, most on a few dozen), as a reader's tags do; the smart queues mix broad and narrow
searches, and the broadest matches most of the library (as the one in issue 13 did: 12k of 20k).
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from benchmarks.generate import write_arxiv_listing
from papershelf.library import Library

TAGS = 500
SMART_QUEUES = (
    "learning",  # the broad one: most papers
    "neural network",
    "diffusion",
    "graph",
    "reinforcement policy",
    "vision",
    "transformer attention",
    "language",
    "quantization",
    "status:unread",
    "rating:>=3",
    "year:>=2024",
    "status:unread tag:topic-000",
    "tag:topic-001",
    "tag:topic-002 diffusion",
    "tag:topic-010",
    "author:müller",
    "has:notes",
    "year:>=2020 learning",
    "rating:>=4 tag:topic-003",
)


def tag_names() -> list[str]:
    return [f"topic-{n:03d}" for n in range(TAGS)]


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
        for rank, name in enumerate(tag_names()):
            share = 0.05 / (rank + 1) ** 0.8  # topic-000 on 5% of the papers, the tail on ~0.1%
            library.tag(rng.sample(ids, max(5, int(len(ids) * share))), add=[name])
        for stars in range(1, 6):
            library.rate(rng.sample(ids, len(ids) // 20), stars)
        for status in ("to-read", "reading", "read", "skimmed"):
            library.set_status(rng.sample(ids, len(ids) // 10), status)
        for paper_id in rng.sample(ids, 500):
            library.add_note(paper_id, "A note on the method, its kernels and its baselines.")
        for number, query in enumerate(SMART_QUEUES):
            library.create_queue(f"smart {number:02d}", query=query)
        library.create_queue("reading now")
        library.enqueue("reading now", ids[:300])
    listing.unlink()
    partial.rename(path)
    return path


def without_queues_and_tags(source: Path, target: Path) -> Path:
    """The same papers with no smart queue and no tag: the baseline's library."""
    shutil.copyfile(source, target)
    with Library(target) as library:
        for queue in library.queues():
            library.delete_queue(str(queue["name"]))
        for name, _ in library.tags():
            library.delete_tag(name)
    return target
