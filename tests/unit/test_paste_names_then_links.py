"""Reading lists that name the author and then link the work by its title, a line each
(`Dweck, [Mindset](…)`), as holdout44's 001 does: short titles, one word often, which no reader
took for papers (two of eight were read, as bare links)."""

from __future__ import annotations

from pathlib import Path

import pytest

from papershelf.core.errors import NoListingFound
from papershelf.importers.pipeline import read_listing
from tests.pastes import real_papers_found

# made up, in the real page's shape
PAGE = (
    "## On pretend learning and thinking\n\n"
    "Quill, [Mindful](https://example.org/books/mindful)\n\n"
    "Nadir, [Focusing](https://example.org/books/focusing)\n\n"
    "Tansy, [White Swan](https://example.org/books/white-swan) and "
    "[Fragilefree](https://example.org/books/fragilefree)\n\n"
    "Ortega and Rowe, [the Dusk of Something](https://example.org/books/dusk)\n\n"
    "the [Pretend Project Blog](https://example.org/blog/)\n\n"
    "Read more about it, [here](https://example.org/more)\n"
)


def test_each_link_after_the_names_is_a_work_of_theirs() -> None:
    records = read_listing(PAGE, "reading.md").records
    assert [(r.title, r.authors, r.urls) for r in records] == [
        ("Mindful", ["Quill"], ["https://example.org/books/mindful"]),
        ("Focusing", ["Nadir"], ["https://example.org/books/focusing"]),
        ("White Swan", ["Tansy"], ["https://example.org/books/white-swan"]),
        ("Fragilefree", ["Tansy"], ["https://example.org/books/fragilefree"]),
        ("the Dusk of Something", ["Ortega", "Rowe"], ["https://example.org/books/dusk"]),
    ]


def test_two_such_lines_are_a_remark() -> None:
    text = "Quill, [Mindful](https://example.org/a)\n\nNadir, [Focusing](https://example.org/b)\n"
    with pytest.raises(NoListingFound):  # made up: two lines, and nothing else reads them
        read_listing(text, "note.md")


def test_the_real_page() -> None:
    (path,) = (Path(__file__).parents[1] / "data" / "listings-holdout44").glob("001_*.md")
    assert real_papers_found(path, left_out_too=True) == 7  # 2 before; `The Master and His …`
