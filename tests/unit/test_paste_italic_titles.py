"""A book club's list (made-up works): each item a title in italics, a comma, the author. A title
of two capitalised words reads like a person's name, but set in italics it is the work's; a name
in plain text after a link stays a list of people (the guard this file keeps)."""

from __future__ import annotations

from papershelf.core.errors import NoListingFound
from papershelf.importers.pipeline import read_listing

CLUB = """### Philosophy of Pretend Science
- *Against Inventions*, Paula Feyerwood
- *The Logic of Made-up Discovery*, Karl Poppet
- *Imagined Revolutions*, Thomas Kuhnle
"""


def test_an_italic_title_of_two_capitalised_words_is_a_work_by_the_name_after_it() -> None:
    records = read_listing(CLUB, "club.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("Against Inventions", ["Paula Feyerwood"]),
        ("The Logic of Made-up Discovery", ["Karl Poppet"]),
        ("Imagined Revolutions", ["Thomas Kuhnle"]),
    ]


def test_a_linked_name_followed_by_names_is_no_title_of_theirs() -> None:
    text = "Speakers: [Ana Ruiz](https://example.org/ana), Bo Chen, Dee Park\n"
    try:
        records = read_listing(text, "club.md").records
    except NoListingFound:
        return  # refused: no listing in it, which is right too
    assert all(r.title != "Ana Ruiz" for r in records)
