"""Small text helpers shared by the CLI and the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from papershelf.core.text import counted
from papershelf.core.textfmt import authors_short
from papershelf.library import Library
from papershelf.store.search import Filter

BIB = Path(__file__).parents[1] / "data" / "bib"


@pytest.mark.parametrize(
    ("count", "noun", "expected"),
    [
        (0, "paper", "0 papers"),
        (1, "paper", "1 paper"),
        (2, "paper", "2 papers"),
        (1, "file", "1 file"),
        (21, "author", "21 authors"),
        (1, "entry", "1 entry"),
    ],
)
def test_counted(count: int, noun: str, expected: str) -> None:
    assert counted(count, noun, "entries" if noun == "entry" else None) == expected


def test_short_author_lists_keep_names_with_commas_whole(tmp_path: Path) -> None:
    """JabRef's test file holds `Reagle, Jr., Joseph M.`: joined by commas, one name read as
    two in the duplicates view (trial 3, item 14g)."""
    with Library(tmp_path / "lib.db") as library:
        library.import_path(BIB / "jabref_complex.bib")
        (paper,) = library.papers(library.query_ids(Filter(search="Reagle")))
    shown = authors_short(paper)
    assert shown.split("; ")[:2] == ["Eric von Hippel", "Joseph M. Reagle, Jr."]
    assert shown.endswith(" et al.")
    assert authors_short({"authors": ["A. One", "B. Two"], "authors_truncated": False}) == (
        "A. One, B. Two"
    )
