"""Editors' picks (made-up papers): each title on a line, the picker's name, a doubled dash and
a comment under it; the picker is no author of the paper."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

PICKS = """Invented patterns of pretend weather in made-up towns
Ada Quill –– A very useful article for anyone modelling pretend weather.
Made-up tides: an introduction with fictional tools
Ben Nadir –– Great analysis of an often-ignored pretend sea.
Imaginary urban trees keep similar pretend insects but have fewer pests
Cy Ortolan -- This is a very well designed study.
"""


def test_titles_over_a_picker_and_a_doubled_dash_are_papers_without_authors() -> None:
    records = read_listing(PICKS, "picks.txt").records
    assert [(r.title, r.authors) for r in records] == [
        ("Invented patterns of pretend weather in made-up towns", []),
        ("Made-up tides: an introduction with fictional tools", []),
        ("Imaginary urban trees keep similar pretend insects but have fewer pests", []),
    ]
