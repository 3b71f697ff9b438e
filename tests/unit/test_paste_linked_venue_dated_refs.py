"""Three shapes of a publication or reading list (made-up works): a link whose text is the whole
reference after the list's own label; initials-first names, a plain title and an italic venue
(mathematics' and computer science's lists); and a paragraph of short lines with the names and
year over the title's line."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

LINKED = """#### Pretend Project

* Overview paper: [Quill, A. B. 1998. An invented study of pretend seeds. Pages 71–95 in C. Marrow, editor. Pretend Ecology. Example Press, New York](https://example.org/quill_1998.pdf)
     * Made-up dynamics: [Marrow, C., D. Oddly, and E. Tansy. 2007. A made-up result about imaginary plants. Example Ecology 88:26–31](https://example.org/marrow)
"""  # noqa: E501


def test_a_link_whose_text_is_the_reference_is_the_paper() -> None:
    records = read_listing(LINKED, "reading.md").records
    assert [(r.title, r.authors, r.date, r.urls) for r in records] == [
        (
            "An invented study of pretend seeds",
            ["Quill, A. B."],
            "1998",
            ["https://example.org/quill_1998.pdf"],
        ),
        (
            "A made-up result about imaginary plants",
            ["Marrow, C.", "D. Oddly", "E. Tansy"],
            "2007",
            ["https://example.org/marrow"],
        ),
    ]


VENUES = """## Research

* A. Quill, B. C. Marrow, and D. van Oddly, Invented Schemes, Pretend Keys, _Proc. of Pretend 2001_.  doi:[10.1234/pretend-1](https://doi.org/10.1234/pretend-1) \\[The full version appeared in PJC **32** (2003).\\]
* E. Tansy, Made-up curve systems. _Math. Inv._ **48** (1987), no. 177, 203--209. doi:[10.1234/pretend-2](https://doi.org/10.1234/pretend-2)
"""  # noqa: E501


def test_initials_first_names_a_title_and_an_italic_venue() -> None:
    records = read_listing(VENUES, "research.md").records
    assert [(r.title, r.authors, r.date, r.doi) for r in records] == [
        (
            "Invented Schemes, Pretend Keys",
            ["A. Quill", "B. C. Marrow", "D. van Oddly"],
            "2001",
            "10.1234/pretend-1",
        ),
        ("Made-up curve systems", ["E. Tansy"], "1987", "10.1234/pretend-2"),
    ]


DATED = """## 2014

Ada Quill and Ben Marrow. 2014.  
[An invented study of pretend words: general or specific?](https://example.org/q.pdf)  
[_Pretend Journal_ 65: 171—210](https://doi.org/10.1234/pretend-3).  
Data and code available from [a repository](https://doi.org/10.1234/data-9).

Ben Marrow and Ada Quill. Forthcoming.  
A made-up result on imaginary speakers. Its second sentence about pretend ages.  
Accepted for publication in _Example Review_.
"""  # noqa: W291


def test_names_and_year_over_the_title_line() -> None:
    records = read_listing(DATED, "publications.md").records
    assert [(r.title, r.authors, r.date, r.doi) for r in records] == [
        (
            "An invented study of pretend words: general or specific?",
            ["Ada Quill", "Ben Marrow"],
            "2014",
            "10.1234/pretend-3",
        ),
        (
            "A made-up result on imaginary speakers. Its second sentence about pretend ages",
            ["Ben Marrow", "Ada Quill"],
            None,
            None,
        ),
    ]


PERIOD_VENUES = """## Papers

* A. Quill and B. Marrow. Invented schemes for pretend keys. _Proc. of Pretend 2001_, 1--9.
* C. Oddly: A made-up curve. _Invented Math._ **4** (1987), 1--3.
"""


def test_names_closed_by_a_stop_or_a_colon_before_the_title() -> None:
    records = read_listing(PERIOD_VENUES, "papers.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Invented schemes for pretend keys", ["A. Quill", "B. Marrow"], "2001"),
        ("A made-up curve", ["C. Oddly"], "1987"),
    ]


WRITTEN_OUT = """## Papers

* Ada Quill, Ben Marrow and Carl Oddly, Invented schemes for pretend keys, _Proc. of Pretend_, 2001.
* Dora Tansy and Eve Nobody. A made-up curve. _Invented Math._ **4** (1987), 1--3.
"""


def test_names_written_out_before_and_and_a_year_after_the_venue() -> None:
    records = read_listing(WRITTEN_OUT, "papers.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Invented schemes for pretend keys", ["Ada Quill", "Ben Marrow", "Carl Oddly"], "2001"),
        ("A made-up curve", ["Dora Tansy", "Eve Nobody"], "1987"),
    ]


BRACKETED = """## 2014

Quill, A. B., & Marrow, C. (2014).  
An invented study of pretend words in made-up towns.  
_Pretend Journal_ 65: 171—210.

Oddly, D. (in press).  
A made-up result on imaginary speakers.  
_Example Review_.
"""  # noqa: W291


def test_inverted_names_and_a_bracketed_year_over_the_title_line() -> None:
    records = read_listing(BRACKETED, "publications.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        (
            "An invented study of pretend words in made-up towns",
            ["Quill, A. B.", "Marrow, C."],
            "2014",
        ),
        ("A made-up result on imaginary speakers", ["Oddly, D."], None),
    ]


LINKED_WITH_PDF = """* Overview: [Quill, A. B. 1998. An invented study of pretend seeds. Example Ecology 12:1–9](https://example.org/quill) [pdf](https://example.org/quill.pdf)
* Deep dive: [Marrow, C., and D. Oddly. 2007. A made-up result about imaginary plants. Example Ecology 88:26–31](https://example.org/marrow)
"""  # noqa: E501


def test_a_linked_reference_keeps_the_other_links_beside_it() -> None:
    records = read_listing(LINKED_WITH_PDF, "reading.md").records
    assert [(r.title, r.urls) for r in records] == [
        (
            "An invented study of pretend seeds",
            ["https://example.org/quill", "https://example.org/quill.pdf"],
        ),
        ("A made-up result about imaginary plants", ["https://example.org/marrow"]),
    ]
