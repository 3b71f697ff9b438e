"""A review site's page copied as text (made-up paper): `arxiv: id · v1 · … · submitted date ·
cs.IR` over the title, then the site's own dated lines. The line above the title gives the
paper's identifier and date; the day the site reviewed it is not the paper's."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

PAGE = """pretend. sign in

arxiv: 3106.07454 · v1 · pretend:Z464W5 · submitted 2031-06-05 · 💻 cs.IR · cs.AI

PaperFlow: Profiling, Recommending, and Adapting Across Invented Paper Streams

Pretend reviewed 2031-06-27 20:26 UTC · model made-up-4.3

The paper argues that invented paper recommendation should be treated as a longitudinal daily
process rather than a static ranking over fixed sets of made-up papers, and it proposes a frame.
"""


def test_the_dateline_above_the_title_gives_identifier_and_date() -> None:
    (record,) = read_listing(PAGE, "page.txt").records
    assert (record.title, record.arxiv_id, record.date) == (
        "PaperFlow: Profiling, Recommending, and Adapting Across Invented Paper Streams",
        "3106.07454",
        "2031-06-05",
    )
