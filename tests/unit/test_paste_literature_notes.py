"""Literature notes as theses keep them (made-up text): a heading per work citing it as
`Surname, *Title* (Year)` or `Surname, Surname, and Surname, "Title" (Venue Year)`, a paragraph
of remarks, and `Source: <url>` (or `Sources:` over a list of links) naming the work's page."""

from __future__ import annotations

from papershelf.importers.paste.names import split_names
from papershelf.importers.pipeline import read_listing

NOTES = """# Reading notes

## Foundations

### Marlowe, *Filing Things Away for Later* (2004/2011)

A book on how people keep paper and digital files. Useful for the framing chapter.

Sources:

- https://books.example.org/filing-things-away
- https://library.example.edu/record/88123

Use in thesis:

- Framing of keeping as a decision made at capture time.

### Osei, ter Horst, and Lindgren, "Quiet Sync" (Onward! 2021)

An essay on syncing notes between devices without a server in the middle.

Source: https://essays.example.net/quiet-sync.html

### Marlowe, *Retrieval Habits of Desk Workers* (2009)

A diary study of forty office workers over one month.
"""


def test_one_family_name_before_an_italic_title_and_a_year_in_brackets() -> None:
    records = read_listing(NOTES, "notes.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Filing Things Away for Later", ["Marlowe"], "2004"),
        ("Quiet Sync", ["Osei", "ter Horst", "Lindgren"], "2021"),
        ("Retrieval Habits of Desk Workers", ["Marlowe"], "2009"),
    ]


def test_a_source_label_under_the_heading_gives_the_works_page() -> None:
    records = read_listing(NOTES, "notes.md").records
    assert [r.urls for r in records] == [
        [
            "https://books.example.org/filing-things-away",
            "https://library.example.edu/record/88123",
        ],
        ["https://essays.example.net/quiet-sync.html"],
        [],
    ]


def test_family_names_with_particles_are_one_person_each() -> None:
    assert split_names("Osei, ter Horst, and Lindgren")[0] == ["Osei", "ter Horst", "Lindgren"]
    assert split_names("Graves, Alex")[0] == ["Graves, Alex"]  # one person, inverted
