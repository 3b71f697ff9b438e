"""A syndicated preprint feed copied from a journal site (made-up entries): a `Time | Event |`
table as text, a time cell, the title, the abstract with the next entry's time glued to it."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

ABSTRACT = (
    "Pretend weather is a made-up wave of invented clouds followed by a long imaginary calm and "
    "is associated with many fictional towns. Here, we describe a new pretend approach."
)
FEED = f"""Invented Subject Collection: Pretend Science's Journal
Friday, March 3rd, 2031
Time |
Event |
12:32a |
An Invented Study of Pretend Weather
{ABSTRACT} | 2:35a |
Made-up Tides of Imaginary Seas in Fictional Harbours
"""


def test_time_cells_lead_to_a_title_and_its_abstract() -> None:
    records = read_listing(FEED, "feed.txt").records
    assert [(r.title, r.abstract) for r in records] == [
        ("An Invented Study of Pretend Weather", ABSTRACT),
        ("Made-up Tides of Imaginary Seas in Fictional Harbours", ""),
    ]
