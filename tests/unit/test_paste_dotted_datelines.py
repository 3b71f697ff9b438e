"""A feed digest that gives each paper a heading, then a dateline with the day first and dots
(`20.10.2020, _A Name, B Name_`), a `[Source](…)` link and the bare DOI, items parted by rules
(made-up papers). The dateline gives the names and the day; an item whose feed gave no dateline,
only a link whose address carries the DOI, is a paper of the same digest."""

from __future__ import annotations

from papershelf.importers.paste.blocks import names_and_date
from papershelf.importers.pipeline import read_listing

DIGEST = """## The invented microbiome of pretend animals.
 20.10.2020, _A Quill, BM Marrow_

[Source](https://journal.example.org/articles/10.5555/pretend-0001)

10.5555/pretend-0001

---

## An imaginary weight change in made-up cohorts treated by invented therapies

[Source](https://journal.example.org/articles/10.5555/pretend-0002)

---

## The Role of Pretend Bacteria in Imaginary Heart Disease.
 16.10.2020, _C Tansy, D Oddly_

This review focuses on invented evidence about pretend bacteria in an imaginary disease. It \
also gives a short overview of made-up therapies.

[Source](https://journal.example.org/articles/10.5555/pretend-0003)

10.5555/pretend-0003
"""


def test_datelines_give_names_and_days_and_a_doi_link_alone_is_a_paper() -> None:
    records = read_listing(DIGEST, "digest.md").records
    assert [(r.title, r.authors, r.date, r.doi) for r in records] == [
        (
            "The invented microbiome of pretend animals",
            ["A Quill", "BM Marrow"],
            "2020-10-20",
            "10.5555/pretend-0001",
        ),
        (
            "An imaginary weight change in made-up cohorts treated by invented therapies",
            [],
            None,
            "10.5555/pretend-0002",
        ),
        (
            "The Role of Pretend Bacteria in Imaginary Heart Disease",
            ["C Tansy", "D Oddly"],
            "2020-10-16",
            "10.5555/pretend-0003",
        ),
    ]


def test_a_dotted_dateline_is_read_day_first() -> None:
    assert names_and_date("03.11.2021, Ada Quill, Ben Marrow") == (
        "Ada Quill, Ben Marrow",
        "2021-11-03",
    )
    assert names_and_date("31.13.2021, Ada Quill") == ("", None)  # no thirteenth month
    assert names_and_date("1.2.3 Methods, Results") == ("", None)


def test_an_iso_dateline_reads_the_same() -> None:
    assert names_and_date("2021-11-03, Ada Quill, Ben Marrow") == (
        "Ada Quill, Ben Marrow",
        "2021-11-03",
    )
    iso = DIGEST.replace("20.10.2020", "2020-10-20").replace("16.10.2020", "2020-10-16")
    records = read_listing(iso, "digest.md").records
    assert [r.date for r in records] == ["2020-10-20", None, "2020-10-16"]
