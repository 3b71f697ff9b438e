"""`Retrieved: 2031-07-22`, `Accessed 3 May 2031`: the day the writer read a source is no
paper's date, so a note's heading above it is no paper (made-up notes)."""

from __future__ import annotations

import pytest

from papershelf.importers.pipeline import read_listing

NOTE = """# Pretend Cancer Role Policy Research

{stamp}

## Primary sources

1. Brook, Hale, and Lind, "Overview of the Pretend Genetics task of the Invented Shared Task 2013"
   - Landing page: https://aclanthology.org/W13-9999/
"""


@pytest.mark.parametrize("stamp", ["Retrieved: 2031-07-22", "Accessed 3 May 2031"])
def test_a_heading_over_an_access_date_is_no_paper(stamp: str) -> None:
    records = read_listing(NOTE.format(stamp=stamp), "note.md").records
    assert [r.title for r in records] == [
        "Overview of the Pretend Genetics task of the Invented Shared Task 2013"
    ]
