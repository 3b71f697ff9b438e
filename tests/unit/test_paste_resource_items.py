"""Awesome-lists that give each paper as a plain title followed by its resources' links, after
the month it appeared (`- `2023.05` Title, [arXiv](…), [Code](…)`), as holdout44's 013 does:
no reader took them, and the whole list was refused; read with the titles' lines, the titles
ended in `, arXiv,`."""

from __future__ import annotations

from pathlib import Path

from papershelf.importers.pipeline import read_listing
from tests.pastes import real_papers_found

# made up, in the real README's shape
ITEMS = (
    "## Medical\n"
    "- `2019.04` PretendBERT: Modelling Invented Notes and Predicting Made-up Outcomes, "
    "[arXiv](https://arxiv.org/abs/1904.00001), [Code](https://github.com/example/pretend)\n"
    "- `2022.02` FancyTron: A Large Invented Model of Imaginary Records, "
    "[arXiv](https://arxiv.org/abs/2202.00002), [Model](https://example.org/models/fancy)\n"
    "- `2023.11` Made-Up Scaling of Pretend Pretraining, "
    "[arXiv](https://arxiv.org/abs/2311.00003)\n"
)


def test_each_item_is_its_title_and_the_month_before_it() -> None:
    records = read_listing(ITEMS, "README.md").records
    assert [(r.title, r.date, r.arxiv_id) for r in records] == [
        (
            "PretendBERT: Modelling Invented Notes and Predicting Made-up Outcomes",
            "2019-04",
            "1904.00001",
        ),
        ("FancyTron: A Large Invented Model of Imaginary Records", "2022-02", "2202.00002"),
        ("Made-Up Scaling of Pretend Pretraining", "2023-11", "2311.00003"),
    ]


def test_a_news_item_that_links_a_paper_is_no_paper() -> None:
    news = (
        "- [2024/07] We have updated our survey of pretend models. Please refer to the revised "
        "version on [arXiv](https://arxiv.org/abs/2401.00009).\n"
    )  # made up
    records = read_listing(news + ITEMS, "README.md").records
    assert len(records) == 3
    assert not any("survey" in record.title for record in records)


def test_a_list_of_tools_is_none_of_its_business() -> None:
    tools = "".join(
        f"- Pretend tool number {n} for made-up data, [GitHub](https://github.com/example/t{n}), "
        f"[Docs](https://example.org/docs/t{n})\n"
        for n in range(1, 5)
    )  # made up: no paper's link among them
    records = read_listing(tools + "\n" + ITEMS, "README.md").records
    assert not any("tool" in record.title for record in records)


def test_the_real_readme() -> None:
    (path,) = (Path(__file__).parents[1] / "data" / "listings-holdout44").glob("013_*.md")
    assert real_papers_found(path) == 9  # refused before; `BioMedLM` links no paper
