"""A library catalogue's record page copied as Markdown (tests/data/listings-holdout14 holds a real
one): the title, the abstract's start cut with `...`, `Saved in:`, then a two-column table of the
record's fields whose first row Markdown makes the header, a cell of several lines broken into a
row a line. The same page copied as plain text (tests/data/listings-holdout25 008 and
listings-holdout29 010 hold real ones) keeps `Bibliographic Details` and its labels glued to their
values, the authors family name first (catalogue_record.py). All texts are made up."""

from __future__ import annotations

import pytest

from papershelf.core.errors import NoListingFound
from papershelf.importers.pipeline import read_listing

RECORD = """Counting made-up lanterns in the harbour fog of an imaginary town
We counted the lanterns of an imaginary harbour over ten made-up years and compared the counts \
with what the harbour master wrote down, finding that the two agree once the fog...
Saved in:
| Published in | Journal of Made-Up Harbours Vol. 24; no. 1; pp. 26 - 37 |
|---|---|
| Main Authors | , , , |
| Format | Journal Article |
| Published |
Society of Imaginary Harbours
30.04.2020
Made-Up Press |
| DOI | 10.5555/jmh.24.1_26 |
"""


def test_a_catalogue_record_gives_the_title_over_its_table_of_fields() -> None:
    [record] = read_listing(RECORD, "record.md").records
    assert record.title == "Counting made-up lanterns in the harbour fog of an imaginary town"
    assert record.authors == []
    assert record.date == "2020-04-30"
    assert record.doi == "10.5555/jmh.24.1_26"
    assert record.abstract.endswith("finding that the two agree once the fog")


ENGLISH = """An invented study of pretend weather in made-up towns

Abstract This review explains the important issues of pretend weather…

Full description

Saved in:
Bibliographic Details
Published inJournal of Pretend Health Vol. 88; no. 2; pp. 73 - 82
Main Authors Quill, Ada, Nadir, Ben, 吉田, 由佳
Format Journal Article
LanguageEnglish
Published Pretend Society 25.05.2025
DOI10.5555/pretend.88-2
"""

GERMAN = """Das Zeitalter erfundener Studien: drei wichtige Aspekte

Ausführliche Beschreibung

Gespeichert in:
Bibliographische Detailangaben
Veröffentlicht in:Zeitschrift für erfundene Pharmakotherapie 2021-09, Vol.7 (5), p.453-459
Hauptverfasser: Drexler, Hans, Lewin, Bea S
Format: Artikel
Sprache:ger
"""


def test_an_english_record_gives_its_title_authors_day_and_doi() -> None:
    (record,) = read_listing(ENGLISH, "record.txt").records
    assert record.title == "An invented study of pretend weather in made-up towns"
    assert record.authors == ["Quill, Ada", "Nadir, Ben", "吉田, 由佳"]
    assert record.date == "2025-05-25"
    assert record.doi == "10.5555/pretend.88-2"
    assert any("catalogue" in reason for reason in record.needs_review)


def test_a_german_record_gives_the_year_of_its_published_in_line() -> None:
    (record,) = read_listing(GERMAN, "record.txt").records
    assert (record.title, record.authors, record.date) == (
        "Das Zeitalter erfundener Studien: drei wichtige Aspekte",
        ["Drexler, Hans", "Lewin, Bea S"],
        "2021",
    )


def test_details_without_authors_are_no_record() -> None:
    text = "Opening hours of the pretend library\n\nBibliographic Details\nFormat Map\n"
    with pytest.raises(NoListingFound):
        read_listing(text, "page.txt")
