"""Reading a made-up paste in a rule test: its records, or none when the pipeline refuses it."""

from __future__ import annotations

from papershelf.core.errors import ImportFailed
from papershelf.core.records import PaperRecord
from papershelf.importers.pipeline import read_listing


def read_or_refused(text: str, name: str) -> list[PaperRecord]:
    try:
        return read_listing(text, name).records
    except ImportFailed:  # refused: nothing read as a paper
        return []
