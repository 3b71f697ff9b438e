"""reStructuredText's links, `` `Title <https://…>`_ ``, and auto-numbered lists, `#. Item`, as
Sphinx pages and READMEs write reading lists (holdout28 005: 3 of 10 read; holdout36 010: none of
its two books); a link's text that names a paper only by its authors, journal and year, and one
that gives a book's title and then its author. The rule tests use made-up names and titles."""

from __future__ import annotations

from pathlib import Path

import pytest
from scripts.fidelity import HOLDOUT28, HOLDOUT36

from papershelf.importers.paste.markdown import markdown_lines
from papershelf.importers.pipeline import read_listing
from tests.pastes import real_papers_found

READINGS = """Pretend reading
===============

#. `Memory in the Invented Cortex, Ada Quill <https://example.org/memory>`_.

#. `Nadir, Tansy, Ortega-Lutz; J. Pretend., 1989 <https://example.org/pubmed/1>`_.

#. `Marrow & Fenn; Annu. Rev. Madeup., 2001 <https://example.org/pubmed/2>`_.

#. `Networks of the Made-up Brain, Cleo Tansy <https://example.org/networks>`__.

#. `Introduction to Pretend Chemistry, Third Edition <https://example.org/chem>`_ by Dan Ortega.
"""


def test_an_rst_link_is_a_link_and_its_auto_numbered_list_a_list() -> None:
    line = markdown_lines("#. `Pretend Title <https://example.org/a>`_.")[0]
    assert (line.kind, line.text) == ("item", "Pretend Title.")
    assert line.links == [("Pretend Title", "https://example.org/a")]


def test_books_by_their_linked_titles_and_no_paper_named_by_journal_and_year() -> None:
    records = read_listing(READINGS, "readings.md").records
    got = [(r.title, r.authors) for r in records]
    assert ("Memory in the Invented Cortex", ["Ada Quill"]) in got
    assert ("Networks of the Made-up Brain", ["Cleo Tansy"]) in got
    assert ("Introduction to Pretend Chemistry, Third Edition", ["Dan Ortega"]) in got
    assert not any("Annu. Rev" in title for title, _ in got)


@pytest.mark.parametrize(
    ("corpus", "number", "least"), [(HOLDOUT28, "005", 9), (HOLDOUT36, "010", 2)]
)
def test_the_real_rst_lists(corpus: Path, number: str, least: int) -> None:
    path = next(p for p in corpus.glob(f"{number}_*") if not p.name.endswith(".json"))
    assert real_papers_found(path) >= least
