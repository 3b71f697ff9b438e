"""Awesome-lists that link each paper's title as a numbered item and set its names and venue on
an indented line under it (made-up papers): the link is the title and the page, the line under
it gives the people (`&` before the last), the venue and the year in brackets."""

from __future__ import annotations

from papershelf.importers.paste.link_bylines import _names_then_rest
from papershelf.importers.pipeline import read_listing

AWESOME = """## Invented Chemistry

### Pretend Design
1. [Planning invented syntheses with pretend networks.](https://journal.example.org/articles/x1)
    Ada B. Quill, Ben Marrow, & Cleo D. E. Tansy, Journal of Examples **555**, 604–610 (2018) [Tag]
2. [Learning imaginary planning through made-up experience.](https://pubs.example.org/doi/10.5555/x2)
    D. Oddly, E.-F. Sample, & G. Writer, Invented Science **5**(6), 970-981 (2019)
3. ...
"""


def test_linked_titles_over_bylines_give_names_venue_year() -> None:
    records = read_listing(AWESOME, "README.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        (
            "Planning invented syntheses with pretend networks",
            ["Ada B. Quill", "Ben Marrow", "Cleo D. E. Tansy"],
            "2018",
        ),
        (
            "Learning imaginary planning through made-up experience",
            ["D. Oddly", "E.-F. Sample", "G. Writer"],
            "2019",
        ),
    ]
    assert records[1].doi == "10.5555/x2"


def test_a_byline_needs_its_joiner_before_the_last_name() -> None:
    assert _names_then_rest("Ada Quill, Ben Marrow, Journal 5, 1 (2019)") == ([], "")
    assert _names_then_rest("Ada Quill, & Ben Marrow, Journal 5, 1 (2019)") == (
        ["Ada Quill", "Ben Marrow"],
        "Journal 5, 1 (2019)",
    )


def test_two_names_joined_by_and_close_the_byline() -> None:
    listing = """## Invented Chemistry
1. [Planning invented syntheses with pretend networks.](https://journal.example.org/articles/x1)
    Ada B. Quill, Ben Marrow, and Cleo D. E. Tansy, Journal of Examples 555, 604–610 (2018)
2. [Learning imaginary planning through made-up experience.](https://pubs.example.org/doi/10.5555/x2)
    D. Oddly and G. Writer, Invented Science 5(6), 970-981 (2019)
"""
    records = read_listing(listing, "README.md").records
    assert [r.authors for r in records] == [
        ["Ada B. Quill", "Ben Marrow", "Cleo D. E. Tansy"],
        ["D. Oddly", "G. Writer"],
    ]
