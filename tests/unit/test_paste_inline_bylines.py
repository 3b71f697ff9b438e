"""Report and series pages (made-up papers) that give each paper on one line: its number, the
title (quoted or not), then `by` and the names, separated by semicolons (surname first or not)
or by commas and `and`. A `by` inside the title is the title's."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

REPORT = """  1. Pretend Taxes and Invented Growth By Ada Quill; Ben Nadir
  2. Learning by Doing in Made-up Markets By Ortolan, Cy
  3. Review of "Imaginary Money", by Dee Pell (2019) By Marrow, Ben; Eve Sable
"""

SERIES = """Working paper series

2031-01 'Invented hope and pretend effort' by Ada Quill

2031-02 'Made-up Games in Fictional Markets' by Ben Nadir and Cy Ortolan

2031-03 'Pretend bonds: New evidence from imaginary issuers' by Dee Pell, Eve Sable and Fay Tern
"""


def test_a_report_of_numbered_titles_by_semicolon_names() -> None:
    records = read_listing(REPORT, "report.txt").records
    assert [(r.title, r.authors) for r in records] == [
        ("Pretend Taxes and Invented Growth", ["Ada Quill", "Ben Nadir"]),
        ("Learning by Doing in Made-up Markets", ["Ortolan, Cy"]),
        ('Review of "Imaginary Money", by Dee Pell', ["Marrow, Ben", "Eve Sable"]),
    ]


def test_a_series_of_numbered_quoted_titles_by_names_takes_the_year_of_the_number() -> None:
    records = read_listing(SERIES, "series.txt").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Invented hope and pretend effort", ["Ada Quill"], "2031"),
        ("Made-up Games in Fictional Markets", ["Ben Nadir", "Cy Ortolan"], "2031"),
        (
            "Pretend bonds: New evidence from imaginary issuers",
            ["Dee Pell", "Eve Sable", "Fay Tern"],
            "2031",
        ),
    ]


MONTHS = """November 2031

Imagining the pretend university: Sharing made-up scholarship by Ada B. Quill
Perhaps one of the most invented papers published this year.

October 2031

Toward an Integration of Pretend Ecology: The Dynamics of Made-up Webs by Nadir et al.
A classic invented paper on the role of connectivity between pretend habitats.

Habitat coupling writ large: invented materials fuel fictional reef fishes by Ortolan et al.
The importance of pretend subsidies is detected through made-up analyses.
"""

UNBROKEN = """1. Pretend Taxes and Invented Growth By Ada Quill; Ben Nadir
2. Learning by Doing in Made-up Markets By Ortolan, Cy
3. Imaginary Money and Fictional Banks By Dee Pell
"""


def test_paragraphs_opening_with_title_by_names_keep_their_remark_and_name_et_al() -> None:
    records = read_listing(MONTHS, "months.txt").records
    assert [(r.title, r.authors) for r in records if r.authors] == [
        (
            "Imagining the pretend university: Sharing made-up scholarship",
            ["Ada B. Quill"],
        ),
        (
            "Toward an Integration of Pretend Ecology: The Dynamics of Made-up Webs",
            ["Nadir"],
        ),
        (
            "Habitat coupling writ large: invented materials fuel fictional reef fishes",
            ["Ortolan"],
        ),
    ]
    assert not any("most invented papers" in r.title for r in records)


def test_entries_on_consecutive_lines_are_each_a_paper() -> None:
    records = read_listing(UNBROKEN, "report.txt").records
    assert [r.title for r in records] == [
        "Pretend Taxes and Invented Growth",
        "Learning by Doing in Made-up Markets",
        "Imaginary Money and Fictional Banks",
    ]


AWESOME = """## Selected Papers

- [From Pretend Factors to Invented Actors](https://doi.org/10.5555/a) by Ada Quill and Ben Fenn (2002)
- [Life in the pretend network](https://doi.org/10.5555/b) by Cy Lutz et al. (2009)
- [Critical Questions for Made-up Data](https://doi.org/10.5555/c) by Dora Vos (2012) ([open access version](https://example.org/c.pdf))
"""


def test_the_year_after_the_names_is_the_paper_s() -> None:
    """holdout26 016, an awesome-list: `[Title](doi) by A Name and B Name (2002)`."""
    records = read_listing(AWESOME, "awesome.md").records
    assert [(r.authors, r.date) for r in records] == [
        (["Ada Quill", "Ben Fenn"], "2002"),
        (["Cy Lutz"], "2009"),
        (["Dora Vos"], "2012"),
    ]
