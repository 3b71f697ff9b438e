"""An export's preview shows the citation keys the export would assign, and stores none of
them (trial 4, D): only the export itself gives papers their keys."""

from __future__ import annotations

import re

import pytest

from papershelf.library import Library

KEY_LINE = re.compile(r"^@\w+\{([^,]+),", re.MULTILINE)


def unkeyed(library: Library) -> list[int]:
    rows = library.conn.execute(
        "SELECT id FROM papers WHERE citation_key IS NULL ORDER BY id LIMIT 40"
    ).fetchall()
    return [paper_id for (paper_id,) in rows]


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex", "csl-json", "ris", "csv", "markdown"])
def test_a_preview_writes_nothing(seeded: Library, fmt: str) -> None:
    ids = unkeyed(seeded)
    assert len(ids) == 40  # the seeds come without keys
    version = seeded.data_version()
    changes = seeded.conn.total_changes
    seeded.export(ids, fmt, preview=True)
    assert seeded.conn.total_changes == changes
    assert seeded.data_version() == version
    assert unkeyed(seeded) == ids


def test_the_preview_shows_the_keys_the_export_then_stores(seeded: Library) -> None:
    ids = unkeyed(seeded)
    previewed = KEY_LINE.findall(seeded.export(ids, "bibtex", preview=True))
    assert len(previewed) == len(ids)
    assert len({key.lower() for key in previewed}) == len(ids)  # unique among themselves
    exported = KEY_LINE.findall(seeded.export(ids, "bibtex"))
    assert exported == previewed
    stored = {seeded.paper(paper_id)["citation_key"] for paper_id in ids}
    assert stored == set(previewed)
    # Once stored, a preview shows the same keys again (from the entry cache, too).
    assert KEY_LINE.findall(seeded.export(ids, "bibtex", preview=True)) == previewed


def test_a_proposed_key_steps_around_a_key_taken_by_another_paper(seeded: Library) -> None:
    first, second = unkeyed(seeded)[:2]
    (proposed,) = KEY_LINE.findall(seeded.export([first], "bibtex", preview=True))
    seeded.set_citation_key(second, proposed.upper())  # taken, case aside
    (again,) = KEY_LINE.findall(seeded.export([first], "bibtex", preview=True))
    assert again.lower() != proposed.lower()
    assert again.startswith(proposed)
