"""A generated card page in Japanese (made-up paper): `# Title`, then items of short Japanese
labels and their values (`- カード: <link>`, `- 年・掲載: 2031`). Such an item is a fact of the
heading's paper, never a paper; `年・掲載` (year and venue) gives the year."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

CARD = """# What Do Pretend Models Compute In Context? Invented Refinement through Made-Up Updates

- カード: [`arxiv-3109.01234`](../../papers/arxiv-3109.01234.yaml)
- 著者: Ada Example, Ben Sample, Cleo Person
- 年・掲載: 2031
- 原論文: [PDF](https://arxiv.org/pdf/3109.01234v2)
- 人手レビュー: 未
"""


def test_cjk_label_items_are_facts_of_the_headings_paper() -> None:
    records = read_listing(CARD, "card.md").records
    assert [(r.title, r.authors, r.date, r.arxiv_id) for r in records] == [
        (
            "What Do Pretend Models Compute In Context? Invented Refinement through Made-Up Updates",
            ["Ada Example", "Ben Sample", "Cleo Person"],
            "2031",
            "3109.01234v2",
        )
    ]
