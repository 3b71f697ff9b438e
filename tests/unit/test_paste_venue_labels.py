"""Venue labels as notes write them (made-up papers): `Einreichung: NeurIPS 2031` (German),
`학회/출처: NSDI 2031` (two labels of one field), `Conference: iclr-2031` (a venue's slug). Each
gives the paper's year."""

from __future__ import annotations

import pytest

from papershelf.importers.pipeline import read_listing

CARD = """# Pretend Structure Learning in Invented Processes with Made-Up Networks

- **Titel**: Pretend Structure Learning in Invented Processes with Made-Up Networks
- **Autoren**: Ada Example, Ben Sample
- **{label}**: {venue}
- **Seitenzahl**: 5 Seiten
"""


@pytest.mark.parametrize(
    ("label", "venue"),
    [("Einreichung", "NeurIPS 2031"), ("학회/출처", "NSDI 2031"), ("Conference", "iclr-2031")],
)
def test_a_venue_label_gives_the_year(label: str, venue: str) -> None:
    (record,) = read_listing(CARD.format(label=label, venue=venue), "card.md").records
    assert (record.title, record.date) == (
        "Pretend Structure Learning in Invented Processes with Made-Up Networks",
        "2031",
    )
