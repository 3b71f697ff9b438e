"""A course's landmark papers (made-up titles, in the shape of tests/data/listings-holdout32 023):
under `## Landmark papers` and its topic headings, each item is a remark that names its paper by a
bold title inside it, one or two to an item. Each bold title of a title's length is a paper; a
bold word in a remark, a remark under a heading of data sets, and a bold phrase in a page without a
heading of papers are not."""

from __future__ import annotations

import pytest

from papershelf.core.errors import ImportFailed
from papershelf.importers.pipeline import read_listing

COURSE = """## Landmark papers

### How does pretend genomics work ?

- The first large-scale invented protocol: **Massively Parallel Pretend Sequencing for Marker-Free Decomposition of Toys**. Its second version came later: **TOY-seq2.0: an experimental pipeline for indexed sorting of made-up cells**.
- The paper introducing imaginary identifiers: **Counting absolute numbers of widgets using unique imaginary identifiers**
- A **very** nice summary of the field: **Exponential scaling of pretend sequencing in the past decade**. It is outdated.

### Datasets

- Our favourite atlas: **The Pretend Cell Atlas of Made-Up Tissues**
"""  # noqa: E501


def test_bold_titles_in_remarks_under_a_heading_of_papers_are_papers() -> None:
    records = read_listing(COURSE, "course.md").records
    assert [r.title for r in records] == [
        "Massively Parallel Pretend Sequencing for Marker-Free Decomposition of Toys",
        "TOY-seq2.0: an experimental pipeline for indexed sorting of made-up cells",
        "Counting absolute numbers of widgets using unique imaginary identifiers",
        "Exponential scaling of pretend sequencing in the past decade",
    ]
    assert all(r.needs_review for r in records)


def test_bold_phrases_in_notes_without_a_heading_of_papers_are_no_papers() -> None:
    notes = COURSE.replace("## Landmark papers", "## Things I liked").replace("### Datasets", "")
    with pytest.raises(ImportFailed):
        read_listing(notes, "notes.md")


CITATIONS = """## Selected papers

- Quill, A. and Fenn, T. (2020). **Invented widgets for pretend lattices and toys**. *Journal of Examples* 12, 1-9.
- Olm, P. and Tanabe, Y. (2019). **Imaginary gradients in made-up ranking models**. *Pretend Letters* 3, 4-7.
- Delacroix, R. (2018). **A theory of overparameterised toy models**. *Annals of Invention* 8, 10-19.
"""  # noqa: E501


def test_a_citation_with_its_title_in_bold_keeps_its_names() -> None:
    records = read_listing(CITATIONS, "papers.md").records
    assert [(r.title, bool(r.authors)) for r in records] == [
        ("Invented widgets for pretend lattices and toys", True),
        ("Imaginary gradients in made-up ranking models", True),
        ("A theory of overparameterised toy models", True),
    ]
