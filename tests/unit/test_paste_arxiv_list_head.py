"""An arXiv /list/ page copied from the browser (tests/data/listings-holdout12 and -holdout14 hold
real ones): the site's menus and the list's heading over the entries are no paper. The entry
below is made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

LIST_PAGE = """Skip to main content
Made-Up University
arxiv logo > math.NT

Help | Advanced Search

quick links

  • Login
  • Help Pages
  • About

Number Theory

  • New submissions
  • Cross-lists

See recent articles

Showing new listings for Thursday, 5 February 2026

Total of 19 entries
Showing up to 2000 entries per page: fewer | more | all

New submissions (showing 8 of 8 entries)

[1] arXiv:2602.01234 [pdf, html, other]
Title: A Made-Up Letter on Imaginary Zeros
Ada Quist
Comments: 42 pages
Subjects: Number Theory (math.NT)

This made-up paper surveys imaginary zeros of an invented function, and introduces a new \
perspective that emerged while nobody was writing it.
"""


def test_the_list_pages_menus_are_no_paper() -> None:
    records = read_listing(LIST_PAGE, "list.txt").records
    assert [(r.title, r.arxiv_id) for r in records] == [
        ("A Made-Up Letter on Imaginary Zeros", "2602.01234")
    ]
