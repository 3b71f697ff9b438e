"""Shapes of paper lists that people type, read by general cues: a title with its first author
and year (`Title, Smith et al, 2013.`) over its link on a line of its own, two names joined by
`and` or `&`, a year on the title line or heading, several labels on one line, BibTeX-style author
lists. All texts are made up, in the shapes real pastes use (tests/data/listings-holdout3 holds
real ones)."""

from __future__ import annotations

from papershelf.importers.paste.names import split_names
from papershelf.importers.pipeline import read_listing


def records(text: str, name: str = "paste.txt") -> list[tuple[str, list[str], str | None]]:
    return [(r.title, r.authors, r.date or r.date_text) for r in read_listing(text, name).records]


KEY_PAPERS = """Key papers in planning
Model-Based Methods
a. Learned Models
[1] Learning Latent Plans from Pixels, Ortega et al, 2019. Algorithm: LLP.
https://arxiv.org/abs/1901.00001
[2] Value Iteration Across Worlds, Brandt and Keel, 2018. Algorithm: VIAW.
https://arxiv.org/abs/1802.00002
[3] Dreaming in Small Steps, Marlow et al 2020. Algorithm: DSS.
https://example.org/papers/dss.pdf
"""


def test_a_title_its_first_author_and_year_over_a_link_on_its_own_line() -> None:
    preview = read_listing(KEY_PAPERS, "key.txt")
    got = [(r.title, r.authors, r.date, r.urls) for r in preview.records]
    assert got == [
        ("Learning Latent Plans from Pixels", ["Ortega"], "2019",
         ["https://arxiv.org/abs/1901.00001"]),
        ("Value Iteration Across Worlds", ["Brandt", "Keel"], "2018",
         ["https://arxiv.org/abs/1802.00002"]),
        ("Dreaming in Small Steps", ["Marlow"], "2020", ["https://example.org/papers/dss.pdf"]),
    ]  # fmt: skip


def test_two_names_joined_by_and_or_an_ampersand_are_two_people() -> None:
    assert split_names("Gu & Dao")[0] == ["Gu", "Dao"]
    assert split_names("Brandt and Keel")[0] == ["Brandt", "Keel"]
    assert split_names("Graves, Alex")[0] == ["Graves, Alex"]  # a comma inverts one name


def test_a_volume_and_its_month_are_no_title_and_author() -> None:
    text = "Journal of Things\n\nVolume 12, Issue 3, June 2021\n\n" + KEY_PAPERS
    titles = [title for title, _authors, _date in records(text)]
    assert not any("Volume" in title for title in titles)


BLOG_CARDS = """Notable Papers
Last updated: 3 Mar 2025
Early work
-
Sparse Routing for Small Models (2019)
Authors: Keller et al.
Takeaway: Shows that routing tokens to a few experts keeps small models fast.
-
Counting Tokens Without Tears (2021)
Authors: Osei et al. (Example Lab)
Takeaway: A counting scheme that never overflows.
Tiny Critics for Large Actors (2022)
Authors: Ruiz & Lam
"""


def test_cards_with_the_year_after_the_title_and_no_rule_before_the_last() -> None:
    assert records(BLOG_CARDS) == [
        ("Sparse Routing for Small Models", ["Keller"], "2019"),
        ("Counting Tokens Without Tears", ["Osei"], "2021"),
        ("Tiny Critics for Large Actors", ["Ruiz", "Lam"], "2022"),
    ]  # the page's `Last updated` date makes no paper of its heading


def test_a_label_after_the_names_on_their_line_ends_them() -> None:
    text = (
        "Five papers\n\n1. Sparse Routing for Small Models\n"
        "Authors: Keller et al. Key Idea: Routing tokens to a few experts, cheaply.\n"
        "2. Counting Tokens Without Tears\n"
        "Authors: Osei & Lam Main Result: A counting scheme that never overflows.\n"
    )
    assert [(title, authors) for title, authors, _date in records(text)] == [
        ("Sparse Routing for Small Models", ["Keller"]),
        ("Counting Tokens Without Tears", ["Osei", "Lam"]),
    ]


def test_a_year_before_the_title_in_a_study_plans_headings() -> None:
    text = (
        "## Reading plan\n\n#### 2022: ⭐⭐⭐ Sparse Routing\n- **URL**: https://arxiv.org/abs/2201.00001\n"
        "- **Authors**: Keller, Osei\n\n#### 2023 - Counting Tokens Without Tears\n"
        "- **URL**: https://arxiv.org/abs/2301.00002\n"
    )
    assert [(t, d) for t, _a, d in records(text, "plan.md")] == [
        ("Sparse Routing", "2022"),
        ("Counting Tokens Without Tears", "2023"),
    ]


def test_bibtex_style_names_in_italics_after_a_bold_linked_title() -> None:
    text = (
        "### Context\n\n"
        "1. [**Sparse Routing for Small Models**](https://arxiv.org/pdf/2201.00001) "
        "*Keller, Anna and Osei, Kofi and others*. ICML 2024.\n"
        "2. [**Counting Tokens**](https://arxiv.org/pdf/2301.00002) "
        "*Ruiz, Pablo and Lam, Mei*. COLM 2024.\n"
    )
    assert records(text, "list.md") == [
        ("Sparse Routing for Small Models", ["Keller, Anna", "Osei, Kofi"], "2024"),
        ("Counting Tokens", ["Ruiz, Pablo", "Lam, Mei"], "2024"),
    ]


def test_a_year_label_gives_the_date() -> None:
    text = (
        "- Title: Sparse Routing for Small Models\n- Authors: Anna Keller, Kofi Osei\n"
        "- Year: 2019\n- Summary: Routing tokens to a few experts.\n"
    )
    assert records(text) == [
        ("Sparse Routing for Small Models", ["Anna Keller", "Kofi Osei"], "2019")
    ]


def test_field_value_rows_cut_from_their_table_header_are_still_labels() -> None:
    text = (
        "# Sparse Routing for Small Models\n\n| Field | Value |\n|---|---|\n"
        "| **Paper** | [arXiv:2201.00001](https://arxiv.org/abs/2201.00001) |\n\n\n"
        "| **Published** | 2022-01-03 |\n| **Authors** | Anna Keller, Kofi Osei |\n"
    )
    preview = read_listing(text, "note.md")
    got = [(r.title, r.authors, r.date, r.arxiv_id) for r in preview.records]
    assert got == [
        (
            "Sparse Routing for Small Models",
            ["Anna Keller", "Kofi Osei"],
            "2022-01-03",
            "2201.00001",
        )
    ]


EXPLAINER = """---
title: "論文解説: Sparse Routing for Small Models — 小さなモデルのための疎なルーティング"
arxiv_id: "2201.00001"
---

本記事は [https://arxiv.org/abs/2201.00001](https://arxiv.org/abs/2201.00001) の解説記事です。

## 情報源

- **arXiv ID**: 2201.00001
- **URL**: [https://arxiv.org/abs/2201.00001](https://arxiv.org/abs/2201.00001)
- **著者**: Anna Keller, Kofi Osei
- **発表年**: 2022
"""


def test_a_card_of_facts_takes_its_title_from_the_notes_front_matter() -> None:
    preview = read_listing(EXPLAINER, "note.md")
    got = [(r.title, r.authors, r.date, r.arxiv_id) for r in preview.records]
    assert got == [
        ("Sparse Routing for Small Models", ["Anna Keller", "Kofi Osei"], "2022", "2201.00001")
    ]


def test_a_card_of_facts_takes_its_title_from_a_link_to_the_same_paper() -> None:
    text = EXPLAINER.replace(
        "[https://arxiv.org/abs/2201.00001](https://arxiv.org/abs/2201.00001) の解説",
        "[Sparse Routing for Small Models](https://arxiv.org/abs/2201.00001) の解説",
    ).replace("論文解説: Sparse Routing for Small Models", "論文解説: 疎なルーティング")
    titles = {r.title for r in read_listing(text, "note.md").records}
    assert titles == {"Sparse Routing for Small Models"}


def test_the_front_matter_names_the_paper_its_body_cites_under_a_venue() -> None:
    text = (
        "---\ntitle: 'Sparse Routing for Small Models'\narxiv: '2201.00001'\n---\n\n"
        "# NOTE-12: Sparse Routing for Small Models\n\n"
        "Anna Keller, Kofi Osei and Mei Lam (2022),\n*Proceedings of Small Things 3* (PST 2022),\n"
        "pp. 1–9 — [ARXIV-2201.00001](https://arxiv.org/abs/2201.00001)\n"
    )
    preview = read_listing(text, "note.md")
    assert [(r.title, r.arxiv_id) for r in preview.records] == [
        ("Sparse Routing for Small Models", "2201.00001")
    ]


def test_front_matter_names_under_another_key_its_year_and_a_fuller_date() -> None:
    text = (
        '---\ntitle: "Sparse Routing for Small Models"\n'
        "source_url: https://arxiv.org/abs/2201.00001\n"
        'publisher_or_author: "Anna Keller — arXiv preprint"\nyear: 2022\n---\n\n'
        "# Sparse Routing for Small Models\n\n## Summary\n\nRouting tokens to a few experts.\n"
    )
    records_ = read_listing(text, "note.md").records
    assert [(r.title, r.authors, r.date) for r in records_] == [
        ("Sparse Routing for Small Models", ["Anna Keller"], "2022")
    ]
    fuller = text.replace("year: 2022", "published: 2022-01-03").replace(
        "Routing tokens", "Keller (2022). Routing tokens"
    )
    assert [r.date for r in read_listing(fuller, "note.md").records] == ["2022-01-03"]


def test_names_in_full_then_the_title_then_the_papers_link() -> None:
    text = (
        "### References\n"
        "- Anna Keller, Kofi Osei, Mei Lam, Sparse routing for small models, "
        "https://arxiv.org/abs/2201.00001.\n"
        "- Pablo Ruiz, Ana Lima, ...  et al. (40+ additional authors not shown), "
        "TINY: A Small Open Model, https://arxiv.org/abs/2301.00002, model: https://example.org/tiny\n"
    )
    assert [(t, a) for t, a, _d in records(text, "refs.md")] == [
        ("Sparse routing for small models", ["Anna Keller", "Kofi Osei", "Mei Lam"]),
        ("TINY: A Small Open Model", ["Pablo Ruiz", "Ana Lima"]),
    ]


def test_a_label_for_the_year_and_the_venue_gives_the_year() -> None:
    text = (
        "- **タイトル**: Sparse Routing for Small Models\n- **著者**: Anna Keller, Kofi Osei\n"
        "- **年 / venue**: 2022 / arXiv [cs.CL]\n"
    )
    assert [d for _t, _a, d in records(text, "brief.md")] == ["2022"]


REFERENCES_WITH_OTHER_WORKS = """## References

[1] Anna Keller, Kofi Osei, "Sparse Routing for Small Models," arXiv:2201.00001, 2022. https://arxiv.org/abs/2201.00001

[1a] Mei Lam, Pablo Ruiz, "Counting Tokens Without Tears," arXiv:2301.00002, 2023. https://arxiv.org/abs/2301.00002

[2] Example Blog, "Running Small Models on Large Clusters," 2024. https://example.io/blog/2024/03/20/running-small-models/

[3] Example Cloud Documentation, "Isolate code execution with sandboxes," 2024. https://docs.example.com/how-to/sandbox

[4] ExampleNews, Jo Writer, "Small models are eating the world", published 2024-09-03 — https://news-site.example/2024/09/03/small-models-eating-the-world/
"""


def test_blog_posts_manuals_and_news_between_the_papers_are_no_papers() -> None:
    assert [(t, a) for t, a, _d in records(REFERENCES_WITH_OTHER_WORKS, "refs.md")] == [
        ("Sparse Routing for Small Models", ["Anna Keller", "Kofi Osei"]),
        ("Counting Tokens Without Tears", ["Mei Lam", "Pablo Ruiz"]),
    ]


def test_a_newsletters_product_headlines_are_no_papers() -> None:
    text = (
        "## Top papers\n\n1\\. [Sparse Routing for Small Models](https://arxiv.org/abs/2201.00001)"
        " shows that routing keeps small models fast.\n\n## Quick links\n\n"
        "1\\. [Example Corp has announced Widget has graduated to production]"
        "(https://developers.example.com/whats-new-widget/). Widget is now the default.\n\n"
        "2\\. [Gadget unveiled Automations](https://gadget.example/blog/automations), a system "
        "that launches agents on events.\n"
    )
    assert [t for t, _a, _d in records(text, "news.md")] == ["Sparse Routing for Small Models"]


def test_a_quoted_title_broken_over_two_lines_with_the_surnames_after_it() -> None:
    text = (
        '  arXiv:2201.00001v1, "Sparse Routing for Small Models: keeping tokens\n'
        '  on few experts", Keller, Osei, Lam, Ruiz, Lima, Moreau, Peled Levi,\n'
        "  Sato; v1 submitted 2022-01-03 — https://arxiv.org/abs/2201.00001\n"
    )
    assert records(text, "note.md")[0][:2] == (
        "Sparse Routing for Small Models: keeping tokens on few experts",
        ["Keller", "Osei", "Lam", "Ruiz", "Lima", "Moreau", "Peled Levi", "Sato"],
    )


def test_a_title_item_over_nested_items_that_are_links_alone() -> None:
    text = (
        "**2016-09**\n\n- Sparse Routing Revisited\n"
        "  - [summary](https://example.org/notes/sparse.md)\n"
        "  - [arXiv](https://arxiv.org/abs/1502.00001)\n"
        "  - [Python Code (forward pass)](https://example.org/notes/sparse.py)\n"
    )
    preview = read_listing(text, "notes.md")
    assert [(r.title, r.arxiv_id) for r in preview.records] == [
        ("Sparse Routing Revisited", "1502.00001")
    ]


def test_family_names_after_a_title_are_people_not_one_inverted_name() -> None:
    text = "- A Universal Method for Small Things. Keller, Osei (1977).\n"
    assert records(text)[0][1] == ["Keller", "Osei"]


def test_a_link_inside_a_sentence_to_a_page_that_is_no_paper_names_no_paper() -> None:
    text = (
        "本記事は [Sparse Routing for Small Models](https://arxiv.org/abs/2201.00001) の解説です。\n\n"
        "この記事は [ブログ記事: 小さなモデルの設計 実践集](https://blog.example.dev/articles/abc) "
        "の深掘りです。\n\nSee [our earlier overview of routing](https://example.org/posts/routing) "
        "for more.\n"
    )
    assert [t for t, _a, _d in records(text, "note.md")] == ["Sparse Routing for Small Models"]


def test_a_paper_named_by_its_title_in_a_chinese_sentence_over_its_link_label() -> None:
    text = (
        "SPARSE\n#稀疏路由工具\n由某实验室开源的稀疏路由库。\n"
        "具体方法可参考 Sparse Routing for Small Models 这篇论文。\n"
        "论文链接：https://papers.example.org/papers/101\n项目链接：https://github.com/example/sparse\n"
    )
    preview = read_listing(text, "digest.txt")
    assert [(r.title, r.urls[0]) for r in preview.records] == [
        ("Sparse Routing for Small Models", "https://papers.example.org/papers/101")
    ]


TOPICS = """## Potential Topics

- synaptic plasticity

- cortex, striatum, and hippocampus
  - [Striatal activity reflects made-up cortical activity](https://www.nature.com/articles/s41586-020-00001-8)

- cognitive map (place cell, ring...)
  - [Pretend place cells have goal-oriented vector fields](https://www.nature.com/articles/s41586-022-00002-9)
"""


def test_a_topic_over_a_linked_papers_title_is_no_paper_its_item_is() -> None:
    records = read_listing(TOPICS, "club.md").records
    assert [r.title for r in records] == [
        "Striatal activity reflects made-up cortical activity",
        "Pretend place cells have goal-oriented vector fields",
    ]
