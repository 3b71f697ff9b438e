"""Shapes of accepted-paper lists, paper catalogs and reference sections, read by general cues.
All texts are made up, in the shapes real pastes use (tests/data/listings-holdout7 holds real
ones)."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing


def read(text: str, name: str = "paste.md") -> list[tuple[str, list[str], str | None]]:
    return [(r.title, r.authors, r.date or r.date_text) for r in read_listing(text, name).records]


QUOTED_SEMICOLON = """### Accepted Papers
- "Counting Sheep with Sparse Attention"; Mara Lind
- "Tidal Models for River Deltas: A Study"; Oskar Brandt, Ines Vale, K. Tomas Ruiz
"""


def test_a_quoted_title_then_a_semicolon_and_its_names() -> None:
    assert read(QUOTED_SEMICOLON) == [
        ("Counting Sheep with Sparse Attention", ["Mara Lind"], None),
        ("Tidal Models for River Deltas: A Study", ["Oskar Brandt", "Ines Vale", "K. Tomas Ruiz"],
         None),
    ]  # fmt: skip


def test_a_quoted_phrase_then_a_semicolon_and_prose_is_no_paper() -> None:
    text = '- "Counting sheep with attention"; we tried it and it was slow\n- another note\n\n'
    titles = [title for title, _authors, _date in read(text + QUOTED_SEMICOLON)]
    assert titles == [
        "Counting Sheep with Sparse Attention",
        "Tidal Models for River Deltas: A Study",
    ]
