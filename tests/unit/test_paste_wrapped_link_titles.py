"""A blog's list of favourite papers, hard-wrapped as Markdown exports wrap (made-up text): each
item `Initials Surname. [Title](link), Venue, Year.` with the link's label broken over lines.
The link's markup, not the lines, delimits the title, so the names before it and the year after
it are the item's."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

FAVOURITES = """Algunos de mis artículos favoritos:

- BK Adeyemi. [On the counting of trees, with a note on the
Forest Problem](http://papers.example.org/adeyemi-1961.pdf), Journal of
Odd Results, Vol. 7, 1961.
- BK Adeyemi. [Machines That Sort
Letters](http://archive.example.org/stable/55501), Letters Quarterly, Vol.
3, No. 2, 1964.
"""


def test_a_link_label_wrapped_over_lines_is_the_title_with_the_items_names_and_year() -> None:
    records = read_listing(FAVOURITES, "blog.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("On the counting of trees, with a note on the Forest Problem", ["BK Adeyemi"], "1961"),
        ("Machines That Sort Letters", ["BK Adeyemi"], "1964"),
    ]
