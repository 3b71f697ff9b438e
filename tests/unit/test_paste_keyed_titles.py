"""Lists a search tool or a review writes out, one paper an item: its key in a database, a bar,
its title (made-up text in that shape). Three items keyed the same way make the list; the key
is never the title, and a DOI used as the key is stored."""

from __future__ import annotations

import pytest

from papershelf.core.errors import ImportFailed
from papershelf.importers.pipeline import read_listing

INCLUDED = """## Studies kept

- Corpus ID: 101 | Pretend markers of imaginary recall in invented cohorts.
- Corpus ID: 20202 | Made-up cytokines and verbal memory: a fictional follow-up.
- Corpus ID: 3303 | Imaginary speed of thought in a cohort nobody met?
"""


def test_items_of_a_key_a_bar_and_a_title_are_papers() -> None:
    preview = read_listing(INCLUDED, "review.md")
    assert [r.title for r in preview.records] == [
        "Pretend markers of imaginary recall in invented cohorts",
        "Made-up cytokines and verbal memory: a fictional follow-up",
        "Imaginary speed of thought in a cohort nobody met?",
    ]
    assert preview.layout == "keyed-titles"


def test_a_doi_as_the_key_is_stored() -> None:
    text = (
        "- 10.1234/abc.1 | A made-up study of invented things\n"
        "- 10.1234/abc.2 | Another pretend study of imaginary things\n"
        "- 10.1234/abc.3 | A third fictional study of nothing at all\n"
    )
    records = read_listing(text, "dois.md").records
    assert [r.doi for r in records] == ["10.1234/abc.1", "10.1234/abc.2", "10.1234/abc.3"]


def test_two_such_items_in_prose_are_no_list() -> None:
    text = "Notes\n\n- Step 1 | open the invented box today\n- Step 2 | close it again tomorrow\n"
    with pytest.raises(ImportFailed):
        read_listing(text, "steps.md")


def test_release_notes_and_schedules_are_no_keyed_lists() -> None:
    text = (
        "- v1.2 | Fixed the pretend parser for good\n"
        "- v1.3 | Added an invented option to the tool\n"
        "- v1.4 | Removed the made-up flag from the tool\n\n"
        "- Week 1 | Pretend introduction to the course\n"
        "- Week 2 | Invented methods and their made-up uses\n"
        "- Week 3 | Imaginary results and their discussion\n"
    )
    with pytest.raises(ImportFailed):
        read_listing(text, "notes.md")
