"""A project's list of papers names each by a link whose text is the title, then its year and
maybe its venue after commas (made-up items): the year and venue are no part of the title."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

PAPERS = """# Papers

1. [Knowledge-driven pretend similarity for invented classification, 2020, Journal of Made-Up Learning ](https://link.example.com/article/10.1234/abc-2020-1)
2. [Topic Modelling Revisited: An Imaginary Perspective, 2021, NIPS](https://proceedings.example.cc/paper/2021/hash/abc)
3. [FakeTMT: Unsupervised Pretend Modelling from Invented Transcripts, 2021](https://arxiv.org/pdf/2105.09999.pdf)
"""


def test_a_links_text_of_title_year_and_venue_gives_title_and_year() -> None:
    records = read_listing(PAPERS, "readme.md").records
    assert [(r.title, r.date) for r in records] == [
        ("Knowledge-driven pretend similarity for invented classification", "2020"),
        ("Topic Modelling Revisited: An Imaginary Perspective", "2021"),
        ("FakeTMT: Unsupervised Pretend Modelling from Invented Transcripts", "2021"),
    ]
    assert records[2].arxiv_id == "2105.09999"
