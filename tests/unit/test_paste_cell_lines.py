"""A Title cell broken into lines by `<br>`: the title, then a link and a note (holdout41's 009,
an awesome list's tables of conference papers: `Title <br> [NeurIPS link - Short Video &
Abstract](…) <br> _Notes: …_`). The whole cell was read as the title, the link's words and the
note glued on (2 of 10 papers found, 8 extra records); the first line is the title."""

from __future__ import annotations

from pathlib import Path

from papershelf.importers.pipeline import read_listing
from tests.pastes import real_papers_found

# made up, in the real list's shape
TABLE = """## Planning
| Title | Poster | OpenReview | GitHub |
| -: | -: | :-: | -: |
| On the Pretend Abilities of Invented Models - A Made-Up Investigation <br> [Conference link - Short Video & Abstract](https://example.org/poster/1)| | [Paper](https://example.org/forum?id=a1) | [GitHub](https://example.org/git/a) |
| Evaluating Imaginary Maps in Invented Models <br> [Conference link - Short Video & Abstract](https://example.org/poster/2) <br> _Notes: a made-up protocol for pretend abilities_| | [Paper](https://example.org/forum?id=b2) | |
| Thinker: Learning to Pretend and Act <br> [Conference link - Short Video & Abstract](https://example.org/poster/3)| | [Paper](https://example.org/forum?id=c3) | |
"""  # noqa: E501


def test_the_first_line_of_a_broken_title_cell_is_the_title() -> None:
    records = read_listing(TABLE, "awesome.md").records
    assert [r.title for r in records] == [
        "On the Pretend Abilities of Invented Models - A Made-Up Investigation",
        "Evaluating Imaginary Maps in Invented Models",
        "Thinker: Learning to Pretend and Act",
    ]
    assert "https://example.org/forum?id=b2" in records[1].urls  # the row's links stay


def test_names_on_the_next_line_stay_the_cell_readers() -> None:
    text = (
        "| Paper | Year |\n| --- | --- |\n"
        "| **An Invented Study of Pretend Tides**<br>Ada Quill, Ben Rowe | 2021 |\n"
        "| **A Made-Up Theory of Imaginary Winds**<br>Cleo Marsh, Dan Oak | 2022 |\n"
    )  # made up
    records = read_listing(text, "table.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("An Invented Study of Pretend Tides", ["Ada Quill", "Ben Rowe"]),
        ("A Made-Up Theory of Imaginary Winds", ["Cleo Marsh", "Dan Oak"]),
    ]


def test_the_real_tables() -> None:
    (path,) = (Path(__file__).parents[1] / "data" / "listings-holdout41").glob("009_*.md")
    assert real_papers_found(path) == 10  # 2 before
