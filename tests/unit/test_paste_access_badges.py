"""A journal's page copied as text (made-up paper): the title with the page's access badge after
it (`Title Free`), then the names and the publication date. The badge is no part of the title."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

PAGE = """Some Invented Thoughts on Pretend Classification Free
A. B. C. Quill, Ben Marrow
Published: 01 August 1957
"""


def test_the_access_badge_after_a_title_is_dropped() -> None:
    (record,) = read_listing(PAGE, "page.txt").records
    assert (record.title, record.authors, record.date) == (
        "Some Invented Thoughts on Pretend Classification",
        ["A. B. C. Quill", "Ben Marrow"],
        "1957-08-01",
    )
