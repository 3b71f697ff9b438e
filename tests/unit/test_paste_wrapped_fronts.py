"""A paper's first page as a repository shows its text (ResearchGate's shape): the journal's
line, `published on 4 August 2017`, the DOI, then the title wrapped over two lines and a byline
wrapped inside a name, after its initial. All texts are made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

PAGE = """ArticlePDF Available

Made-Up Journal on Harbour Policy 5 (2017)
Submitted on 16 January 2017, accepted on 26 July 2017, published on 4 August 2017
Doi: 10.1234/5678-9012/7997
How lanterns influence harbour counts: The case of
lanterns seen through an invented fog bank
Ada Quist*, Ben Okafor, Clara Vane, Dora K.
Lanternwright, Emil Fogg*, Farah Nowhere,
Gus Harbour, Hana Light
"""


def test_a_wrapped_title_and_a_name_wrapped_after_its_initial() -> None:
    records = read_listing(PAGE, "page.txt").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        (
            "How lanterns influence harbour counts: The case of lanterns seen through an invented "
            "fog bank",
            [
                "Ada Quist",
                "Ben Okafor",
                "Clara Vane",
                "Dora K. Lanternwright",
                "Emil Fogg",
                "Farah Nowhere",
                "Gus Harbour",
                "Hana Light",
            ],
            "2017-08-04",
        )
    ]
