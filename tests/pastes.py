"""Reading a paste in a rule test: a made-up paste's records, or none when the pipeline refuses
it; how many of a real excerpt's expected papers the import would write."""

from __future__ import annotations

from pathlib import Path

from scripts.fidelity import expected_papers, title_key

from papershelf.core.errors import ImportFailed
from papershelf.core.records import PaperRecord
from papershelf.importers.pipeline import read_listing


def read_or_refused(text: str, name: str) -> list[PaperRecord]:
    try:
        return read_listing(text, name).records
    except ImportFailed:  # refused: nothing read as a paper
        return []


def real_papers_found(path: Path, *, left_out_too: bool = False) -> int:
    """The expected papers of a real excerpt (its `.expected.json`) read and not left out (or
    read at all: whether a record at the record model's threshold is left out flips as the model
    is retrained, which a reader's own test should not pin)."""
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    got = {title_key(r.title) for r in records if left_out_too or not r.left_out}
    return sum(title_key(paper["title"]) in got for paper in expected_papers(path))
