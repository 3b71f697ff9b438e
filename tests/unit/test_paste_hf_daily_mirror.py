"""A mirror of Hugging Face's daily list (a search engine's cached copy): the page's head,
`Daily Papers` over `byAK and the research community`, then each card's day and title only.
Made-up titles."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

PAGE = """new

Get trending papers in your email inbox!

Subscribe

Daily Papers

byAK and the research community

Sep 4

The Invented Lantern Survey (ILS) Mock Challenge

Sep 3

Counting Harbour Lights with Made-Up Transformers
"""


def test_cards_of_a_day_and_a_title_under_the_daily_head() -> None:
    records = read_listing(PAGE, "page.txt").records
    assert [r.title for r in records] == [
        "The Invented Lantern Survey (ILS) Mock Challenge",
        "Counting Harbour Lights with Made-Up Transformers",
    ]
