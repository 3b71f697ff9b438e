"""A library catalogue's record page copied as Markdown (tests/data/listings-holdout14 holds a real
one): the title, the abstract's start cut with `...`, `Saved in:`, then a two-column table of the
record's fields whose first row Markdown makes the header, a cell of several lines broken into a
row a line. All texts are made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

RECORD = """Counting made-up lanterns in the harbour fog of an imaginary town
We counted the lanterns of an imaginary harbour over ten made-up years and compared the counts \
with what the harbour master wrote down, finding that the two agree once the fog...
Saved in:
| Published in | Journal of Made-Up Harbours Vol. 24; no. 1; pp. 26 - 37 |
|---|---|
| Main Authors | , , , |
| Format | Journal Article |
| Published |
Society of Imaginary Harbours
30.04.2020
Made-Up Press |
| DOI | 10.5555/jmh.24.1_26 |
"""


def test_a_catalogue_record_gives_the_title_over_its_table_of_fields() -> None:
    [record] = read_listing(RECORD, "record.md").records
    assert record.title == "Counting made-up lanterns in the harbour fog of an imaginary town"
    assert record.authors == []
    assert record.date == "2020-04-30"
    assert record.doi == "10.5555/jmh.24.1_26"
    assert record.abstract.endswith("finding that the two agree once the fog")
