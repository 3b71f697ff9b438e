"""A book's contents copied as linked chapter titles (made-up chapters, in the shape of
tests/data/listings-holdout27 003): each title carries its pages after it, `(Pages: 99-121)`,
which are no part of the title; a bracket that is (`(and Then Some)`, `(Argentina)`) stays."""

from __future__ import annotations

from papershelf.importers.paste.lines import clean_title
from papershelf.importers.pipeline import read_listing

CONTENTS = """[__Invented Drought and Flood: Observation and Pretend Prediction__](https://agupubs.onlinelibrary.wiley.com/doi/book/10.5555/9781119427339)

1. [Progress and Opportunities in Pretend Sensing of Drought](https://agupubs.onlinelibrary.wiley.com/doi/10.5555/9781119427339.ch1)
2. [Pretend Flood Observation: Applications in Rio Inventado (Argentina) (Pages: 99-121)](https://agupubs.onlinelibrary.wiley.com/doi/10.5555/9781119427339.ch5)
3. [Global Made-up Flood Models (Pages: 181-200)](https://agupubs.onlinelibrary.wiley.com/doi/10.5555/9781119427339.ch10)
"""


def test_a_chapter_s_pages_after_its_title_are_cut() -> None:
    assert (
        clean_title("Global Made-up Flood Models (Pages: 181-200)") == "Global Made-up Flood Models"
    )
    assert clean_title("Invented Harbours (pp. 12–30)") == "Invented Harbours"
    assert clean_title("Polyglot Parsing (and Then Some)") == "Polyglot Parsing (and Then Some)"


def test_the_contents_give_each_chapter_without_its_pages() -> None:
    titles = [r.title for r in read_listing(CONTENTS, "contents.md").records]
    assert "Pretend Flood Observation: Applications in Rio Inventado (Argentina)" in titles
    assert "Global Made-up Flood Models" in titles
