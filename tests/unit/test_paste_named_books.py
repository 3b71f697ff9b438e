"""`Names: Title, Publisher` book lists drop the publisher and year after the title (session 38).

holdout33 018 (a wiki page of books on the finite element method) writes each book as
`<b>Names</b>: Title, Publisher[, Year]`, read one a line by two_part_lines. The rule tests use
made-up text.
"""

from __future__ import annotations

import pytest
from scripts.fidelity import HOLDOUT33, expected_papers, title_key

from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.two_part_lines import _parted
from papershelf.importers.pipeline import read_listing


@pytest.mark.parametrize(
    ("text", "title", "names"),
    [
        (
            "Ada Quill: Harbours : Theory, Fast Moorings, and Applications in Tides, Cambridge",
            "Harbours : Theory, Fast Moorings, and Applications in Tides",
            ["Ada Quill"],
        ),
        (
            "Ben Nadir, Cy Tern: The Mathematical Theory of Harbour Walls, Springer, 2002",
            "The Mathematical Theory of Harbour Walls",
            ["Ben Nadir", "Cy Tern"],
        ),
        (
            "Dora Vale: The Harbour Method for Elliptic Tides, SIAM Classics in Applied Mathematics",
            "The Harbour Method for Elliptic Tides",
            ["Dora Vale"],
        ),
        ("Eva Roth: Numerik der kleinen Häfen, Teubner", "Numerik der kleinen Häfen", ["Eva Roth"]),
        ("Eva Roth: Tides of Hull, MIT Press, 1999", "Tides of Hull", ["Eva Roth"]),
        (
            "Eva Roth: Harbours of Bristol, Oxford and Cambridge",  # places, no publisher: kept
            "Harbours of Bristol, Oxford and Cambridge",
            ["Eva Roth"],
        ),
    ],
)
def test_the_publisher_and_year_after_a_title_are_no_part_of_it(
    text: str, title: str, names: list[str]
) -> None:
    parted = _parted(Line(1, text, "item"), ": ")
    assert parted is not None
    assert (parted.title, parted.names) == (title, names)


def test_the_real_book_list_is_read() -> None:
    path = next(HOLDOUT33.glob("018_*.md"))
    found = {title_key(r.title) for r in read_listing(path.read_text("utf-8"), path.name).records}
    assert {title_key(p["title"]) for p in expected_papers(path)} <= found
