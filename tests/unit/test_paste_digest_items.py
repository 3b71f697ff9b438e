"""Chinese science digests (holdout26 015 and 030): each item `N. [Journal | 标题](post link)`
over a picture, a summary and a labelled line with the paper's DOI or address. The journal
before the bar is no part of the title, and the labelled identifier is the paper's. The rule
tests use made-up titles and identifiers."""

from __future__ import annotations

from scripts.fidelity import HOLDOUT26, expected_papers, title_key

from papershelf.importers.pipeline import read_listing

DIGEST = """## 研究

1. [Nature | 假想的潮汐终于被读懂](https://example.org/post/1)

![](https://example.org/picture1.png)

一段关于假想潮汐的摘要文字。

- 论文 DOI：10.5555/pretend-1

2. [Lancet Microbe | 虚构港口的一次小暴发有啥特点？](https://example.org/post/2)

另一段摘要。

- 文章链接：https://www.example.org/articles/pretend-2
"""


def test_the_journal_before_the_bar_and_the_labelled_identifier_below() -> None:
    records = read_listing(DIGEST, "digest.md").records
    assert [(r.title, r.venue) for r in records] == [
        ("假想的潮汐终于被读懂", "Nature"),
        ("虚构港口的一次小暴发有啥特点？", "Lancet Microbe"),
    ]
    assert records[0].doi == "10.5555/pretend-1"
    assert "https://www.example.org/articles/pretend-2" in records[1].urls


def test_the_real_digests() -> None:
    path = next(HOLDOUT26.glob("030_*.md"))
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    by_title = {title_key(r.title): r for r in records}
    for paper in expected_papers(path):
        assert title_key(paper["title"]) in by_title
    first = expected_papers(path)[0]
    assert by_title[title_key(first["title"])].doi == first["doi"]


def test_chinese_fields_run_on_after_a_full_stop() -> None:
    """holdout20 002 (trial 12): `- 作者：A Name。来源：*Journal*；…；1997-09-01。DOI/原始页：https://…`
    gave the names alone; the source, its day and the DOI are the card's too."""
    from papershelf.importers.paste.labels import inline_labels

    value = (
        "Ada Quill。来源：*Journal of Pretend Tides*；同行评审论文；1997-09-01。"
        "DOI/原始页：https://doi.org/10.5555/pretend.1"
    )
    own, more = inline_labels(value)
    assert own.rstrip("。") == "Ada Quill"
    assert [name for name, _ in more] == ["venue", "link"]
    cards = (
        "### R01. A Pretend Sociology of Invented Tides\n\n"
        f"- 作者：{value}\n- 问题与方法：一段说明。\n\n"
        "### R02. Threshold Models of Made-up Harbours\n\n"
        "- 作者：Ben Fenn。来源：*Pretend Review*；同行评审论文；1978-05-01。"
        "DOI/原始页：https://doi.org/10.5555/pretend.2\n"
    )
    records = read_listing(cards, "notes.md").records
    assert [(r.authors, r.date, r.doi) for r in records] == [
        (["Ada Quill"], "1997-09-01", "10.5555/pretend.1"),
        (["Ben Fenn"], "1978-05-01", "10.5555/pretend.2"),
    ]


def test_a_title_label_s_link_is_its_card_s() -> None:
    """`Title: [Name](doi)` opening a card (the first, or the next after a card with a title)
    gave the card no link: the DOI was lost."""
    cards = (
        "Title: [Deep Pretend Learning](https://doi.org/10.5555/pretend.1)\n"
        "Authors: Quill, Y., Fenn, Y., & Lutz, G.\n"
        "Venue: Pretend Nature (2015)\n"
        "Title: [The Structure of Invented Revolutions](https://doi.org/10.5555/pretend.2)\n"
        "Authors: Marrow, T. S.\n"
        "Venue: Pretend Press (1962)\n"
    )
    records = read_listing(cards, "cards.md").records
    assert [r.doi for r in records] == ["10.5555/pretend.1", "10.5555/pretend.2"]
