"""A journal's listing copied as text (made-up entries in its shape): a type-and-date line, the
title, then the authors one item each, joined by `, ` and `& ` at the items' start; a summary
may stand between a title and its names. A list of plain names is no author list."""

from __future__ import annotations

import pytest

from papershelf.core.errors import ImportFailed
from papershelf.importers.pipeline import read_listing

LISTING = """Latest research and reviews.

Research 01 March 2031 | Open Access

Evaluation of Pretend Capsules for Imaginary Segmentation in Invented Scans

- Ada Example
- , Ben Sample
- & Cleo Person

Spatially Informed Clustering of Made-Up Tissue with FakeNet

Here the authors present FakeNet, an invented method that learns nothing at all from data.

- , Dana Placeholder
- & Eli Standin
"""


def test_a_title_over_joined_name_items_is_a_paper_with_those_authors() -> None:
    preview = read_listing(LISTING, "subject.txt")
    assert [(r.title, r.authors, r.date) for r in preview.records] == [
        (
            "Evaluation of Pretend Capsules for Imaginary Segmentation in Invented Scans",
            ["Ada Example", "Ben Sample", "Cleo Person"],
            "2031-03-01",
        ),
        (
            "Spatially Informed Clustering of Made-Up Tissue with FakeNet",
            ["Dana Placeholder", "Eli Standin"],
            None,
        ),
    ]
    assert preview.records[1].abstract.startswith("Here the authors present FakeNet")


def test_a_list_of_plain_names_is_no_author_list() -> None:
    people = "Our Wonderful Team Members\n\n- Ada Example\n- Ben Sample\n- Cleo Person\n"
    with pytest.raises(ImportFailed):
        read_listing(people, "team.txt")


def test_a_type_and_date_line_belongs_to_the_title_under_it() -> None:
    """`News & Views | 20 February 2031` under one title heads the next one: it is no date of
    the title above, which then has nothing that makes it a paper."""
    text = (
        "News & Views | 21 February 2031\n"
        "From the archive: pretend intelligence, and the father of made-up rays\n"
        "News & Views | 20 February 2031\n"
        "Sensing the shape of invented proteins with topology\n"
        "Latest research and reviews.\n\n" + LISTING
    )
    titles = [r.title for r in read_listing(text, "subject.txt").records]
    assert titles == [
        "Evaluation of Pretend Capsules for Imaginary Segmentation in Invented Scans",
        "Spatially Informed Clustering of Made-Up Tissue with FakeNet",
    ]
