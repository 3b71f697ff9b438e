"""A paper's record printed as one line of `field: value` pairs (a data set's metadata as a
search tool's text view prints it), and a table row of bold capital labels left to the tables'
readers. All texts are made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

RECORD = (
    "key: ds-0001-abc authors: Quist, A. B.; Okafor, B.; Vane, C. D. title: Counting Lanterns "
    "in an Invented Harbour Fog date: 2020-07-09 journal: nan DOI: 10.1234/2020.07.07.0001 "
    "sha: 4a6169fa doc_id: 1 cord_uid: nyp\n"
)


def test_one_line_of_fields_is_one_paper() -> None:
    records = read_listing(RECORD, "record.txt").records
    assert [(r.title, r.authors, r.date, r.doi) for r in records] == [
        (
            "Counting Lanterns in an Invented Harbour Fog",
            ["Quist, A. B.", "Okafor, B.", "Vane, C. D."],
            "2020-07-09",
            "10.1234/2020.07.07.0001",
        )
    ]
