"""Page kinds of issue 16 in the shapes real pastes showed (made-up titles and names): Google
Scholar in another interface language, Markdown tables of short titles and surnames, arXiv pages
with numbered affiliations, translated or captured by a chat tool's browser."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

SCHOLAR_CHINESE = """\
参考：

- [Tracing Coroutines in Small Devices](https://example.org/thesis.pdf)

```
[图书] Writing Sturdy Systems Code
B Marlow - 2024 - books.google.com
… patterns, coding shortcuts, and veteran skills like asynchronous programming …
保存 引用 相关文章
[PDF] example.org
Tracing Coroutines in Small Devices
N Lindqvist - 2022 - example.org
… This thesis presents a debugger for coroutines. …
保存 引用 相关文章
[PDF] example.edu
A study of recurring fix patterns in systems code
M Rahimi Tabar, P Lowe - Empirical Software Engineering, 2024 - Springer
… we demonstrated a case where the developer removed a lock …
保存 引用 被引用次数：3 相关文章 所有 5 个版本
```
"""


def test_scholar_in_chinese_reads_badges_two_word_family_names_and_a_paper_named_twice() -> None:
    preview = read_listing(SCHOLAR_CHINESE, "notes.md")
    got = {r.title: (r.authors, r.date_text or r.date, r.urls) for r in preview.records}
    assert got == {
        "Tracing Coroutines in Small Devices": (
            ["N Lindqvist"],
            "2022",
            ["https://example.org/thesis.pdf"],
        ),
        "Writing Sturdy Systems Code": (["B Marlow"], "2024", []),
        "A study of recurring fix patterns in systems code": (
            ["M Rahimi Tabar", "P Lowe"],
            "2024",
            [],
        ),
    }


SHORT_NAMES_TABLE = """\
## Summary

| Title | Authors | Year | Venue |
|-------|---------|------|-------|
| Tidepool | Marsh et al. | 2003 | ISCA |
| QuillNet | Okafor, Brandt | 2021 | MICRO |
| Tidepool+ | various | 2024 | LNCS |
| Harbor Sampling Revisited | Lindgren | 2019 | HPCA |
"""

NAME_TABLE = """\
| Name | Description |
|------|-------------|
| ruff | a linter |
| uv | an installer of packages |
"""


def test_a_table_of_short_names_gives_each_paper_and_its_surnames() -> None:
    preview = read_listing(SHORT_NAMES_TABLE, "topic.md")
    got = [(r.title, r.authors, r.date_text or r.date) for r in preview.records]
    assert got == [
        ("Tidepool", ["Marsh"], "2003"),
        ("QuillNet", ["Okafor", "Brandt"], "2021"),
        ("Tidepool+", [], "2024"),
        ("Harbor Sampling Revisited", ["Lindgren"], "2019"),
    ]


def test_a_full_name_author_column_keeps_family_given_pairs() -> None:
    text = SHORT_NAMES_TABLE.replace("Marsh et al.", "Marsh, Anna").replace(
        "| Lindgren |", "| Lindgren, Per |"
    )
    authors = [r.authors for r in read_listing(text, "topic.md").records]
    assert authors[0] == ["Marsh, Anna"] and authors[1] == ["Okafor, Brandt"]


def test_short_names_without_authors_or_year_are_no_papers() -> None:
    from papershelf.core.errors import ImportFailed

    try:
        records = read_listing(NAME_TABLE, "tools.md").records
    except ImportFailed:
        records = []
    assert [r.title for r in records if len(r.title) < 8] == []


_SEARCH = "https://arxiv.org/search/cs?searchtype=author&query="
ARXIV_NOTE_PAGE = "\n\n".join(
    [
        "# Quiet Probing of Smart Plugs via Reply Fragments",
        "*[Submitted on 3 Feb 2022 (*[v1](https://arxiv.org/abs/2202.01234v1)*), last revised"
        " 9 Feb 2022 (this version, v2)]*",
        f"Authors: [Ana Ruiz]({_SEARCH}Ruiz%2C+A) (1), [Bo Chen]({_SEARCH}Chen%2C+B) (2),"
        f" [Cy Dale]({_SEARCH}Dale%2C+C) (1 and 2) ((1) North Institute of Technology,"
        " (2) The South University)",
        "Comments: Accepted to a made-up conference",
        "## Abstract",
        "Smart plugs answer probes in fragments. We infer the fragments from replies and mutate"
        " them, which narrows the search space and finds faults that earlier probing missed.",
    ]
)


def test_an_arxiv_note_page_takes_its_heading_and_drops_numbered_affiliations() -> None:
    (record,) = read_listing(ARXIV_NOTE_PAGE, "note.md").records
    assert record.title == "Quiet Probing of Smart Plugs via Reply Fragments"
    assert record.authors == ["Ana Ruiz", "Bo Chen", "Cy Dale"]
    assert (record.date, record.arxiv_id) == ("2022-02-03", "2202.01234v1")
    assert not any("/search" in url for url in record.urls)
    assert record.abstract.startswith("Smart plugs answer")


TRANSLATED_CAPTURE = """\
# Counting Joules in Chatbots (2024)

- Source: [arxiv.org](https://arxiv.org/abs/2405.01234)

## Translation

説明: arXiv 論文 2405.01234 の要約ページ
[2024 年 5 月 2 日に提出]
タイトル: チャットボットのジュールを数える
要約: チャットボットは多くのエネルギーを使います。私たちはそれを測定しました。

## Original Extract

Abstract page for arXiv paper 2405.01234: Counting Joules in Chatbots

Skip to main content
[Submitted on 2 May 2024]
Title: Counting Joules in Chatbots
Abstract: Chatbots use a lot of energy per answer. We measured it on two kinds of machines.
Focus to learn more
arXiv-issued DOI via DataCite
"""


def test_a_translated_arxiv_page_beside_its_original_is_one_paper_in_english() -> None:
    (record,) = read_listing(TRANSLATED_CAPTURE, "capture.md").records
    assert record.title == "Counting Joules in Chatbots"
    assert (record.arxiv_id, record.date) == ("2405.01234", "2024-05-02")
    assert record.abstract == (
        "Chatbots use a lot of energy per answer. We measured it on two kinds of machines."
    )
    assert "https://arxiv.org/abs/2405.01234" in record.urls


def test_a_translated_arxiv_page_alone_is_read_with_its_labels() -> None:
    text = TRANSLATED_CAPTURE.split("## Original Extract")[0].split("## Translation")[1]
    (record,) = read_listing(text, "capture.md").records
    assert record.title == "チャットボットのジュールを数える"
    assert (record.arxiv_id, record.date) == ("2405.01234", "2024-05-02")


CHAT_TRANSCRIPT = """\
# Notes from a browsing session

[2602.01234v1] Sparse Routers for Small Models (https://arxiv.org/abs/2602.01234v1)
L0: cite0†Search cite1†Submit L1:
L2: Search arXiv [Input: Search papers by title, author, abstract, or ID...]
L6: # Computer Science > Computation and Language
L8: [Submitted on 3 Feb 2026 (this version), latest version 5 Feb 2026 (cite5†v2 )]
L9: # Title:Sparse Routers for Small Models
L10: Authors:cite6†Ada Park , cite7†Ben Ortiz L11: , cite8†Cai Wu L12: et al. (3 additional authors not shown)
L16: cite124†View PDF cite125†HTML (experimental) L17: > Abstract:We route tokens to few experts.
L18: Small models gain most from it, as our tests on three tasks show.
L20: Comments:  | 12 pages
L22: Cite as:  | cite126†arXiv:2602.01234 [cs.CL]
L24:    | cite128†https://doi.org/10.48550/arXiv.2602.01234†doi.org arXiv-issued DOI via DataCite
L25: ## Submission history
"""


def test_an_arxiv_page_in_a_chat_tools_browsing_transcript_is_read() -> None:
    (record,) = read_listing(CHAT_TRANSCRIPT, "chat.md").records
    assert record.title == "Sparse Routers for Small Models"
    assert record.authors == ["Ada Park", "Ben Ortiz", "Cai Wu"]
    assert (record.date, record.arxiv_id) == ("2026-02-03", "2602.01234v1")
    assert record.doi == "10.48550/arXiv.2602.01234"
    assert record.abstract == (
        "We route tokens to few experts. Small models gain most from it, as our tests on three"
        " tasks show."
    )
    assert record.comments == "12 pages"


HF_PAPER_PAGE_UNDER_MENU = """\
*   [Models](https://huggingface.co/models)
*   [Log In](https://huggingface.co/login)
*   [Sign Up](https://huggingface.co/join)

[Papers](https://huggingface.co/papers)

arxiv:2401.04321

Lantern: Lighting Up Small Math Models
======================================

Published on Jan 9, 2024

· Submitted by [someone](https://huggingface.co/someone) on Jan 10, 2024

 [Upvote 7](https://huggingface.co/login?next=%2Fpapers%2F2401.04321)

Authors:

 [Mia Stone](https://huggingface.co/mia) ,

Noel Grant ,

 [Ola Fisk](https://huggingface.co/ola)

Abstract
--------

Small models solve fewer math problems than large ones. We bootstrap questions from a few
seed problems and fine-tune on them, and small models close much of the gap on benchmarks.

[View arXiv page](https://arxiv.org/abs/2401.04321) [View PDF](https://arxiv.org/pdf/2401.04321)
"""


def test_a_hugging_face_paper_page_under_a_menu_ending_in_sign_up_is_read() -> None:
    (record,) = read_listing(HF_PAPER_PAGE_UNDER_MENU, "page.md").records
    assert record.title == "Lantern: Lighting Up Small Math Models"
    assert record.authors == ["Mia Stone", "Noel Grant", "Ola Fisk"]
    assert (record.arxiv_id, record.date) == ("2401.04321", "2024-01-09")
    assert record.abstract.startswith("Small models solve fewer")


HF_TRENDING_CARDS = """\
# Trending Papers

### [Quiet Mixtures: Fewer Experts, Same Answers](https://huggingface.co/papers/2606.01111)

[Mixture models route each token to many experts. We show that two experts answer as well on
most tasks, and we cut the cost of serving by half.](https://huggingface.co/papers/2606.01111)

[Some Lab](https://huggingface.co/some-lab)

·

May 29[6](https://huggingface.co/papers/2606.01111#community)

[173](https://huggingface.co/login?next=%2Fpapers%2F2606.01111)

### [Tiny Benchmarks for Tiny Models](https://huggingface.co/papers/2609.02222)

[Small models need small tests. We collect forty short tasks and score twenty models on
them.](https://huggingface.co/papers/2609.02222)

·

Sep 9[9](https://huggingface.co/papers/2609.02222#community)
"""


def test_hugging_face_cards_without_author_counts_are_read_by_their_linked_headings() -> None:
    records = read_listing(HF_TRENDING_CARDS, "trending.md").records
    assert [(r.title, r.arxiv_id, r.date_text or r.date) for r in records] == [
        ("Quiet Mixtures: Fewer Experts, Same Answers", "2606.01111", "May 29"),
        ("Tiny Benchmarks for Tiny Models", "2609.02222", "Sep 9"),
    ]
    assert records[0].abstract.startswith("Mixture models route") and records[0].abstract.endswith(
        "by half."
    )


SCHOLAR_CHINESE_PAPERS = """\
基于图的小样本分类方法综述
张明, 李华, 王强 - 计算机研究, 2021 - example.cn
… 本文综述了基于图的小样本分类方法 …
保存 引用 被引用次数：12 相关文章 所有 3 个版本
[HTML] example.cn
面向长文档的稀疏注意力
赵磊, 钱芳 - 软件研究, 2020 - example.org.cn
… 长文档的注意力计算 …
保存 引用 被引用次数：4 相关文章
"""


def test_scholar_results_of_chinese_papers_keep_their_titles_and_names() -> None:
    records = read_listing(SCHOLAR_CHINESE_PAPERS, "results.txt").records
    assert [(r.title, r.authors, r.date_text or r.date) for r in records] == [
        ("基于图的小样本分类方法综述", ["张明", "李华", "王强"], "2021"),
        ("面向长文档的稀疏注意力", ["赵磊", "钱芳"], "2020"),
    ]


ARXIV_SEARCH_TRANSLATED = """\
1. arXiv:2401.01234 [pdf, other] cs.CL
稀疏注意力用于长文档
作者：Alice Smith，Bob Jones，Carol White
摘要：我们提出了一种稀疏注意力方法，可以扩展到长文档。▽ 更多
提交于 2024 年 1 月 3 日；最初宣布于 2024 年 1 月。
2. arXiv:2401.05678 [pdf] cs.LG
检索增强生成综述
作者：Dan Brown，Eve Black
摘要：我们综述了检索增强生成。▽ 更多
提交于 2024 年 1 月 5 日；最初宣布于 2024 年 1 月。
"""

ARXIV_LIST_TRANSLATED = """\
[1] arXiv:2401.01234 [pdf, html, other]
タイトル: 長文書のための疎な注意
著者: Alice Smith, Bob Jones
コメント: 12ページ
主題: 計算と言語 (cs.CL)
[2] arXiv:2401.05678 [pdf, other]
タイトル: 検索拡張生成の調査
著者: Dan Brown, Eve Black
"""


def test_arxiv_search_results_translated_by_the_browser_are_read() -> None:
    records = read_listing(ARXIV_SEARCH_TRANSLATED, "search.md").records
    assert [(r.title, r.authors, r.date, r.arxiv_id) for r in records] == [
        ("稀疏注意力用于长文档", ["Alice Smith", "Bob Jones", "Carol White"], "2024-01-03",
         "2401.01234"),
        ("检索增强生成综述", ["Dan Brown", "Eve Black"], "2024-01-05", "2401.05678"),
    ]  # fmt: skip
    assert records[0].abstract == "我们提出了一种稀疏注意力方法，可以扩展到长文档。"


def test_an_arxiv_list_page_translated_by_the_browser_is_read() -> None:
    records = read_listing(ARXIV_LIST_TRANSLATED, "list.md").records
    assert [(r.title, r.authors, r.arxiv_id, r.comments) for r in records] == [
        ("長文書のための疎な注意", ["Alice Smith", "Bob Jones"], "2401.01234", "12ページ"),
        ("検索拡張生成の調査", ["Dan Brown", "Eve Black"], "2401.05678", None),
    ]


ARXIV_PAGE_FROM_ITS_TITLE_DOWN = """\
https://arxiv.org/html/2604.01234v1#abstract1  web version

# Feelings in Small Language Models
Ann Lee, Bo Park, Cy Moss
Small language models sometimes seem to show feelings. We look for the features behind this and\
 test how they steer the model's answers. We find features that track feelings and change what\
 the model says when we turn them up or down.
Subjects:\tArtificial Intelligence (cs.AI)
Cite as:\tarXiv:2604.01234 [cs.AI]
 \t(or arXiv:2604.01234v1 [cs.AI] for this version)
https://doi.org/10.48550/arXiv.2604.01234
Focus to learn more
Submission history
From: Ann Lee [view email]
[v1] Thu, 9 Apr 2026 02:25:17 UTC (20,524 KB)
"""


def test_an_arxiv_page_copied_from_its_title_down_is_anchored_by_cite_as() -> None:
    (record,) = read_listing(ARXIV_PAGE_FROM_ITS_TITLE_DOWN, "page.md").records
    assert record.title == "Feelings in Small Language Models"
    assert record.authors == ["Ann Lee", "Bo Park", "Cy Moss"]
    assert (record.date, record.arxiv_id, record.doi) == (
        "2026-04-09",
        "2604.01234",
        "10.48550/arXiv.2604.01234",
    )
    assert record.urls[0] == "https://arxiv.org/html/2604.01234v1#abstract1"
    assert record.abstract.startswith("Small language models") and record.abstract.endswith("down.")


INVERTED_NAMES_TABLE = """\
| Year | Paper | Authors | Links |
|------|-------|---------|-------|
| 2019 | Deep Tiny Nets | Lind, J.; Chang, M.-W.; Ortiz, K. | [DOI](https://doi.org/10.1234/ab.56) |
| 2020 | Sparse Tiny Transformers | Okafor, Ada | [arXiv](https://arxiv.org/abs/2005.01234) |
"""


def test_a_table_of_family_given_names_parted_by_semicolons_keeps_each_person() -> None:
    records = read_listing(INVERTED_NAMES_TABLE, "table.md").records
    assert [r.authors for r in records] == [
        ["Lind, J.", "Chang, M.-W.", "Ortiz, K."],
        ["Okafor, Ada"],
    ]
    assert (records[0].doi, records[1].arxiv_id) == ("10.1234/ab.56", "2005.01234")


ARXIV_MAILING = """\
------------------------------------------------------------------------------
\\\\
arXiv:2401.01234
Date: Tue, 2 Jan 2024 10:00:00 GMT   (120kb)

Title: Sparse Attention for Long Documents
Authors: Alice Smith, Bob Jones
Categories: cs.CL cs.LG
Comments: 12 pages
\\\\
  We propose a sparse attention method that scales to long documents. It uses
local windows and a few global tokens, and it trains in a day on one machine while
matching dense attention on three benchmarks.
\\\\ ( https://arxiv.org/abs/2401.01234 ,  120kb)
------------------------------------------------------------------------------
\\\\
arXiv:2401.05678
Date: Wed, 3 Jan 2024 11:00:00 GMT   (80kb)

Title: A Survey of Retrieval-Augmented Generation
Authors: Carol White, Dan Brown and Eve Black
Categories: cs.CL
\\\\
  We survey retrieval-augmented generation and its uses in question answering,
from the first retrievers to the systems of today, and we list the open problems that
remain for long and noisy sources.
\\\\ ( https://arxiv.org/abs/2401.05678 ,  80kb)
"""


def test_arxivs_daily_mailing_pasted_gives_each_paper_whole() -> None:
    records = read_listing(ARXIV_MAILING, "mailing.txt").records
    assert [(r.title, r.authors, r.date, r.arxiv_id, r.categories) for r in records] == [
        ("Sparse Attention for Long Documents", ["Alice Smith", "Bob Jones"], "2024-01-02",
         "2401.01234", ["cs.CL", "cs.LG"]),
        ("A Survey of Retrieval-Augmented Generation", ["Carol White", "Dan Brown", "Eve Black"],
         "2024-01-03", "2401.05678", ["cs.CL"]),
    ]  # fmt: skip
    assert records[0].abstract.startswith("We propose") and records[0].abstract.endswith(
        "three benchmarks."
    )
    assert records[1].abstract.endswith("noisy sources.")
    assert records[0].comments == "12 pages"


def test_a_year_after_the_names_in_an_authors_cell_is_no_name() -> None:
    text = (
        "| Paper | Authors | Venue |\n|---|---|---|\n"
        "| [Deep Tiny Nets](https://arxiv.org/abs/1512.01234) | Lind et al. (2016) | CVPR |\n"
        "| Sparse Tiny Nets | Ada Okafor, Ben Brandt, 2019 | ICCV |\n"
    )
    records = read_listing(text, "table.md").records
    assert [(r.authors, r.date_text or r.date) for r in records] == [
        (["Lind"], "2016"),
        (["Ada Okafor", "Ben Brandt"], "2019"),
    ]


def test_a_title_cell_with_a_year_or_a_short_citation_after_the_title() -> None:
    text = (
        "| Paper | Notes |\n|---|---|\n"
        "| Sparse Tiny Nets (2017) | small |\n"
        "| **QNet**: Quick Nets for Small Devices, Okafor et al., MICRO 2019 | quick |\n"
    )
    records = read_listing(text, "table.md").records
    assert [(r.title, r.authors, r.date_text or r.date) for r in records] == [
        ("Sparse Tiny Nets", [], "2017"),
        ("QNet: Quick Nets for Small Devices", ["Okafor"], "2019"),
    ]
