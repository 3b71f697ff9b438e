"""A conference blog's accepted papers (made-up ones): a bullet a paper, the title, an en dash
and the authors; the page's heading gives the year."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

PAGE = """Invented Conf 2031 Accepted Papers

Here is the list of papers accepted at Invented Conf 2031, to appear in Nowhere.

  • A Comparison of Pretend and Made-up Networks on Translation – Ada Quill, Ben Nadir and Cy Ortolan.
  • A Made-up Model for the Notion of Pretend Paradigm – Dee Pell and Eve Sable.
  • A New Approach to Imaginary Detection – Fay Tern.
"""


def test_bullets_of_title_dash_names_take_the_year_of_the_heading() -> None:
    records = read_listing(PAGE, "accepted.txt").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        (
            "A Comparison of Pretend and Made-up Networks on Translation",
            ["Ada Quill", "Ben Nadir", "Cy Ortolan"],
            "2031",
        ),
        ("A Made-up Model for the Notion of Pretend Paradigm", ["Dee Pell", "Eve Sable"], "2031"),
        ("A New Approach to Imaginary Detection", ["Fay Tern"], "2031"),
    ]
