"""A research digest's day page (made-up papers): a title, then `Surname, Given,Surname, Given`
(a comma with no space parts people), then the abstract; names with no title above are no
paper (an entry the copy cut)."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

ABSTRACT = (
    "Considerable pretend resources have been devoted to gathering invented data for the "
    "measurement of made-up market activity, and little is known about their differences."
)
DAY = f"""Quill, Ada,Nadir, Ben
{ABSTRACT}

An Exploratory Study into Pretend Crowdfunding
Ortolan, Cy,Pell, Dee
{ABSTRACT}
"""


def test_a_title_over_glued_inverted_names_is_a_paper() -> None:
    records = read_listing(DAY, "digest.txt").records
    assert [(r.title, r.authors, r.abstract) for r in records] == [
        ("An Exploratory Study into Pretend Crowdfunding", ["Ortolan, Cy", "Pell, Dee"], ABSTRACT)
    ]
