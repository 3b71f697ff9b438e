"""Mirrors of arXiv that list an author's papers: `• Title(1803.06379)` (the bracketed id glued
to the title), a line of the day and the subject classes, then the abstract. Made-up papers."""

from __future__ import annotations

from papershelf.importers.paste.arxiv_title_ids import split_trailing_id
from papershelf.importers.pipeline import read_listing

LISTING = """• Counting invented lanterns in a made-up harbour fog bank(1904.01234)

March 5, 2019 physics.ins-det, hep-ex
We count the lanterns of an invented harbour through a fog bank that nobody has seen, and find \
that the count depends on the weather in ways a made-up model explains.
• Twelve imaginary comets recovered with an invented telescope(1711.00042)

Nov. 3, 2017 astro-ph.EP, astro-ph.IM
"""


def test_titles_glued_to_their_ids_over_date_and_classes() -> None:
    records = read_listing(LISTING, "listing.txt").records
    assert [r.title for r in records] == [
        "Counting invented lanterns in a made-up harbour fog bank",
        "Twelve imaginary comets recovered with an invented telescope",
    ]
    assert [r.arxiv_id for r in records] == ["1904.01234", "1711.00042"]
    assert [r.date for r in records] == ["2019-03-05", "2017-11-03"]
    assert records[0].abstract is not None and records[0].abstract.startswith("We count")
    assert records[1].abstract in (None, "")
    assert records[0].categories == ["physics.ins-det", "hep-ex"]


def test_a_bracketed_number_that_is_no_id_stays_in_the_title() -> None:
    assert split_trailing_id("Lanterns of the port (1999.2024)") == (
        "Lanterns of the port (1999.2024)",
        None,
    )
    assert split_trailing_id("Lanterns of the port (2301.01234v2)") == (
        "Lanterns of the port",
        "2301.01234v2",
    )
