"""A reading list in the MLA manner (made up): `Surname, Given. "Title."` entries over link
buttons, and a few works named by their quoted title alone. Those are works of the list too; a
quoted line in a paste of no list is not."""

from __future__ import annotations

from papershelf.core.errors import ImportFailed
from papershelf.importers.pipeline import read_listing

LIST = """# Pretend Philosophy

### Invented Minds
Quill, Ada. "An Invented Theory of Pretend Minds."
</br>[[html]](http://example.edu/notes/pretend-minds.html)

"Invented Science from Abacuses to Anthills."
</br>

Marrow, Ben. "Imaginary Machinery and Made-up Intelligence."
</br>[[pdf]](https://example.edu/papers/marrow.pdf)

"Can Invented Machines Be Said to Pretend?"
</br>[[html]](http://example.org/viewer/?id=460)
"""


def test_quoted_titles_alone_among_entries_are_works() -> None:
    records = read_listing(LIST, "mind.md").records
    assert [(r.title, r.urls) for r in records if not r.authors] == [
        ("Invented Science from Abacuses to Anthills", []),
        ("Can Invented Machines Be Said to Pretend?", ["http://example.org/viewer/?id=460"]),
    ]


def test_a_quoted_line_alone_is_no_list() -> None:
    try:
        records = read_listing('"Can Invented Machines Be Said to Pretend?"\n', "q.md").records
    except ImportFailed:
        records = []
    assert not records


def test_a_quoted_remark_in_sentence_case_is_no_work() -> None:
    text = LIST + '\n"Reading these in order is a good idea, they say."\n'
    titles = [r.title for r in read_listing(text, "mind.md").records]
    assert not any(t.startswith("Reading these") for t in titles)
