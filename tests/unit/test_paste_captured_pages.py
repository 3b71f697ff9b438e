"""Pages captured from sites and generated digests (tests/data/listings-holdout12 holds real
ones): a digest's list of the feeds it read, its keywords highlighted `==so==` in the titles.
All texts are made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing


def titles(text: str, name: str = "paste.md") -> list[str]:
    return [r.title for r in read_listing(text, name).records]


FEEDS_THEN_PAPERS = """# Journal digest

- [Recently published in Letters of Made-Up Physics](https://feeds.example.org/rss/recent/lmp.xml)
- [LMP - Optics and Lasers](https://feeds.example.org/rss/tocsec/LMP-OpticsandLasers.xml)
- [Our lab blog](https://lab.example.org/blog/feed/)

## Papers

- [Sparse Lanterns for ==Streaming== Inference](https://arxiv.org/abs/2401.01234)
- [Counting Birds with Weak Labels](https://arxiv.org/abs/2402.04321)
"""


def test_links_to_feeds_are_no_papers_and_highlighting_leaves_the_title() -> None:
    assert titles(FEEDS_THEN_PAPERS) == [
        "Sparse Lanterns for Streaming Inference",
        "Counting Birds with Weak Labels",
    ]


def test_an_article_served_as_xml_is_still_a_paper() -> None:
    text = (
        '* Vale, Ines, and Tomas Rieu. "Counting Birds with Weak Labels." Journal of Made-Up'
        " Ornithology 15.2 (2019): 88-95. https://journals.example.org/ejo/15/2/article-p88.xml\n"
    )
    assert titles(text, "refs.txt") == ["Counting Birds with Weak Labels"]
