"""A bibliography in a name-and-year style (made-up works): a chapter's title of two sentences
runs to the book's `In:`, an editor's `(Ed.).` follows the names, and two entries run together
on one line (a lost line break) are two papers."""

from __future__ import annotations

from papershelf.importers.paste.sci_refs import science_entry
from papershelf.importers.pipeline import read_listing

BIBLIOGRAPHY = """+++
title = "Bibliography"
+++

Quill A., Marrow B. 2014. Invented analysis of pretend potsherds. Journal of Example Science 50: 262-272.

Oddly D.E., Tansy F. 1999. Pretend series and made-up networks in invented seriations. An example on imaginary pottery from nowhere. In: Nobody, A., Someone, B. (eds.), Example Methods in Pretend Archaeology. Example Reports 750, Oxford: Example Press, 91-102.

Tansy F. G. (Ed.). 1995. Regional approaches to pretend analysis. New York: Example Publishing Co. Marrow B., Quill A. 1998. Made-up networks as a tool for invented data analysis. Example Archaeometry 40: 139-151.
"""  # noqa: E501


def test_chapters_editors_and_two_entries_on_a_line() -> None:
    records = read_listing(BIBLIOGRAPHY, "bibliography.md").records
    assert [(r.title, r.authors, r.date_text or r.date) for r in records] == [
        ("Invented analysis of pretend potsherds", ["Quill A.", "Marrow B."], "2014"),
        (
            "Pretend series and made-up networks in invented seriations. An example on "
            "imaginary pottery from nowhere",
            ["Oddly D.E.", "Tansy F."],
            "1999",
        ),
        ("Regional approaches to pretend analysis", ["Tansy F. G."], "1995"),
        (
            "Made-up networks as a tool for invented data analysis",
            ["Marrow B.", "Quill A."],
            "1998",
        ),
    ]


def test_a_journal_after_the_title_is_no_subtitle() -> None:
    found = science_entry(
        "Quill A. 2001. A pretend title. Example Journal 12: 3-9. In: Collected Pretend Works."
    )
    assert found is not None and found.title == "A pretend title"


def test_harvard_quoted_titles_and_books() -> None:
    found = science_entry(
        "Quill, A. and Marrow, B. (2019) 'Invented schemes for pretend keys', Pretend Journal, "
        "12(3), pp. 45–67."
    )
    assert found is not None and found.title == "Invented schemes for pretend keys"
    book = science_entry(
        "Quill, A. (2019) Invented schemes for pretend keys. London: Pretend Press."
    )
    assert book is not None and (book.title, book.names, book.year) == (
        "Invented schemes for pretend keys",
        ["Quill, A."],
        "2019",
    )


def test_apa_names_joined_by_another_languages_and() -> None:
    for text, names in (
        (
            "Oddly, C., e Tansy, D. (1987). Uma curva inventada para campos imaginários. "
            "Matemática Inventada, 4(2), 1–3.",
            ["Oddly, C.", "Tansy, D."],
        ),
        (
            "Quill, A., et Marrow, B. (2019). Schémas inventés pour des clés fictives. "
            "Revue Fictive, 12(3), 45–67.",
            ["Quill, A.", "Marrow, B."],
        ),
    ):
        found = science_entry(text)
        assert found is not None and found.names == names


def test_an_apa_books_edition_is_no_part_of_its_title() -> None:
    found = science_entry("Oddly, C. (1987). Made-up curves (2nd ed.). Example Press.")
    assert found is not None and found.title == "Made-up curves"


LABELLED = """#### Pretend Project

* Overview paper: Quill, A. B. 1998. An invented study of pretend seeds. Example Ecology 12:1–9
* Made-up dynamics: Marrow, C., D. Oddly, and E. Tansy. 2007. A made-up result about imaginary plants. Example Ecology 88:26–31
"""  # noqa: E501


def test_a_reading_lists_label_before_a_reference_is_no_name() -> None:
    records = read_listing(LABELLED, "reading.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("An invented study of pretend seeds", ["Quill, A. B."], "1998"),
        ("A made-up result about imaginary plants", ["Marrow, C.", "D. Oddly", "E. Tansy"], "2007"),
    ]
