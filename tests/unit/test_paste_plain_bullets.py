"""A web page's bulleted entries copied as text, and a preprint number after a title (session 38).

holdout34 005 (a mirror of a selected-papers README, copied as text) keeps the page's `•` bullets
before each `Label Surname, Given, et al. "Title." Venue (year).` entry; holdout34 014 writes
`Title – arXiv:hep-ph/0408165` as a link's text. The rule tests use made-up text.
"""

from __future__ import annotations

import pytest
from scripts.fidelity import HOLDOUT34, expected_papers, title_key

from papershelf.importers.paste.lines import clean_title, plain_lines
from papershelf.importers.pipeline import read_listing

ENTRIES = """\
Selected papers

Harbours

  • Tides Quill, Ada, et al. "Tides of the invented harbour." Pretend Letters 30 (2017): 31-54.
  • Moorings Nadir, Ben, and Cy Tern. "Moorings in a storm." Proc. of the pretend harbour meeting. 2016.
  • Walls Tern, Cy. "The harbour wall: a survey." Journal of Pretend Harbours 16 (2002): 321-357.
"""


def test_a_run_of_bulleted_entries_becomes_items_without_bullets() -> None:
    lines = plain_lines(ENTRIES)
    items = [line for line in lines if line.kind == "item"]
    assert [line.text[:14] for line in items] == [
        "Tides Quill, A",
        "Moorings Nadir",
        "Walls Tern, Cy",
    ]
    assert [line.text for line in lines if line.kind == "text"] == ["Selected papers", "Harbours"]


@pytest.mark.parametrize(
    "text",
    [
        # a page's menu and facts: short bullets
        "  • Study protocol\n  • Open access\n  • Published: 2 May 2019\n",
        # a page's key points: sentences, no year and no quoted title
        "  • Harbour guidelines currently recommend a team approach for all the moorings here\n"
        "  • A structured harbour approach should be used to improve the tides of the port\n"
        "  • This guidance should help in keeping the harbour walls up in the real world\n",
        # two entries are no list
        '  • Quill, Ada, et al. "Tides of the invented harbour." Pretend Letters 30 (2017).\n'
        '  • Tern, Cy. "The harbour wall: a survey." Journal of Pretend Harbours (2002).\n',
    ],
)
def test_bullets_that_are_no_list_of_entries_stay_text(text: str) -> None:
    assert {line.kind for line in plain_lines(text)} == {"text"}


def test_the_bulleted_entries_are_read_with_their_quoted_titles() -> None:
    titles = {r.title for r in read_listing(ENTRIES, "selected.txt").records}
    assert {
        "Tides of the invented harbour",
        "Moorings in a storm",
        "The harbour wall: a survey",
    } <= titles


@pytest.mark.parametrize(
    ("shown", "title"),
    [
        ("Cosmology of the harbour – arXiv:hep-ph/0408165", "Cosmology of the harbour"),
        ("Harbour notes (2023): arXiv:2303.02169", "Harbour notes (2023)"),
        ("Tides, arXiv:2303.02169v2", "Tides"),
        ("On arXiv: a harbour of preprints", "On arXiv: a harbour of preprints"),
    ],
)
def test_a_preprint_number_after_a_title_is_no_part_of_it(shown: str, title: str) -> None:
    assert clean_title(shown) == title


def test_the_real_pages_are_read() -> None:
    for name, least in (("005_*.txt", 8), ("014_*.md", 3)):
        path = next(HOLDOUT34.glob(name))
        read = read_listing(path.read_text("utf-8"), path.name).records
        found = {title_key(r.title) for r in read}
        expected = [title_key(p["title"]) for p in expected_papers(path)]
        assert sum(key in found for key in expected) >= least, name
