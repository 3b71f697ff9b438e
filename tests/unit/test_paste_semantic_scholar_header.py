"""Semantic Scholar's paper header copied as text (made-up paper): `DOI:…` glued to
`Corpus ID: n`, the title in sentence case, then `Names Published 2016 Field`. The DOI stops
where the corpus id begins, the byline gives the names and the year, and the page's address
above the header is the paper's."""

from __future__ import annotations

from papershelf.importers.paste.blocks import names_and_date
from papershelf.importers.paste.identifiers import DOI
from papershelf.importers.pipeline import read_listing

HEADER = """Links I kept:

https://www.semanticscholar.org/paper/Design-of-a-pretend-gripper-Example-Sample/657e72d0
DOI:10.1234/PRT.2016.7771234Corpus ID: 18101234
Design of a pretend gripper using invented control for imaginary objects
A. Example, Ben Sample Published 2016 Engineering
"""


def test_the_header_gives_title_names_year_and_doi() -> None:
    records = read_listing(HEADER, "links.txt").records
    assert [(r.title, r.authors, r.date, r.doi) for r in records] == [
        (
            "Design of a pretend gripper using invented control for imaginary objects",
            ["A. Example", "Ben Sample"],
            "2016",
            "10.1234/PRT.2016.7771234",
        )
    ]
    # the page's address above the header names the paper by its title's words
    assert (
        records[0].urls[0].startswith("https://www.semanticscholar.org/paper/Design-of-a-pretend")
    )


def test_a_doi_ends_where_a_glued_corpus_id_begins() -> None:
    found = DOI.search("DOI:10.1234/PRT.2016.7771234Corpus ID: 18101234")
    assert found is not None and found["doi"] == "10.1234/PRT.2016.7771234"
    assert names_and_date("Ada Example Published 2016 Computer Science") == ("Ada Example", "2016")
    assert names_and_date("Ada Example Published 2016 and then retracted it") == ("", None)
