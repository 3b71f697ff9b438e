"""A course's readings by week (paste/week_readings.py), read from made-up weeks in the shape
holdout17 showed."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

WEEKS = """Readings by Week:
* Week1: Pretend Review
* week2: "Life Outside an Invented System" by Ada Quill
* Week3:  Life outside the invented system (Cont)
* Week4: Imposter Feelings (Marrow)
* Week5: An Earth-sized Planet around a Made-up Star (Brask et al. 2014)
* Week6:    Brask con't
* Week7: Imagined planets (Lomm 2016), only certain sections.
"""


def test_quoted_and_dated_readings_are_papers_and_topics_are_not() -> None:
    preview = read_listing(WEEKS, "README.md")
    assert preview.layout == "week-readings"
    assert [(r.title, r.authors, r.date) for r in preview.records] == [
        ("Life Outside an Invented System", ["Ada Quill"], None),
        ("An Earth-sized Planet around a Made-up Star", ["Brask"], "2014"),
    ]
