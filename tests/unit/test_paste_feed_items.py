"""Shapes the tenth corpus (tests/data/listings-holdout8) showed lost, each with made-up text in
the shape real pastes use: a feed item saved as a note (front matter with the authors as a YAML
flow list and a timestamped date, the abstract as the body)."""

from __future__ import annotations

from papershelf.importers.paste.cells import names_then_title
from papershelf.importers.paste.doc import split_front_matter
from papershelf.importers.paste.markdown import markdown_lines
from papershelf.importers.paste.names import split_names
from papershelf.importers.pipeline import read_listing

ABSTRACT = (
    "We study how small routers decide which expert reads a token when the batch is short. "
    "Routing collapses onto few experts early in training, and we show that a cheap balancing "
    "term applied only to the first thousand steps keeps every expert in use without any cost "
    "in final quality across three model sizes and two data mixtures."
)
FEED_ITEM = f"""---
title: "Balanced Routers for Short Batches"
source: "Trending Papers"
url: "https://huggingface.co/papers/2601.00123"
authors: ["Ana Quist", 'Bo Lindqvist', Chen Yu-Ming]
date: "2026-01-04T18:30:00.000Z"
score: 12
---

{ABSTRACT}
"""


def test_a_yaml_flow_list_is_read_as_its_items() -> None:
    front, _, _ = split_front_matter(FEED_ITEM)
    assert front["authors"] == "Ana Quist, Bo Lindqvist, Chen Yu-Ming"
    assert split_front_matter("---\ntags: [ml, moe]\nlink: [[Notes Page]]\n---\nx\n")[0] == {
        "tags": "ml, moe",
        "link": "[[Notes Page]]",
    }


def test_a_feed_item_gives_its_names_its_day_and_its_body_as_the_abstract() -> None:
    [record] = read_listing(FEED_ITEM, "item.md").records
    assert record.title == "Balanced Routers for Short Batches"
    assert record.authors == ["Ana Quist", "Bo Lindqvist", "Chen Yu-Ming"]
    assert record.date == "2026-01-04"
    assert record.arxiv_id == "2601.00123"
    assert record.abstract == ABSTRACT


def test_a_short_remark_or_a_list_under_the_front_matter_is_no_abstract() -> None:
    head = FEED_ITEM.split(ABSTRACT)[0]
    for body in ("Read this on the train. Good.\n", f"- {ABSTRACT}\n- another point\n"):
        [record] = read_listing(head + body, "item.md").records
        assert record.abstract == ""


# A daily digest: each paper's own title (numbered), its translation under a label, the names
# with the category run on after them, a remark and the abstract; the next entry with no rule.
DIGEST = """\\[3\\] Sparse Probes for Dense Retrievers

标题 : 稠密检索器的稀疏探针

作者 : Mira Olsen, Tae-Ho Park , 类别 ：Information Retrieval (cs.IR)

说明 : Comments: 8 pages

Abstract : We probe dense retrievers with sparse linear heads and find the lexical signal intact.

###

\\[4\\] Counting Is Hard for Small Transformers

标题 : 计数对小型变换器来说很难

作者 : Ines Duarte , 类别 ：Machine Learning (cs.LG)

说明 : -

Abstract : Small transformers fail to count past the lengths seen in training; we show why.
"""


def test_a_digests_own_title_over_its_translation_label_opens_the_next_paper() -> None:
    records = read_listing(DIGEST, "digest.md").records
    assert [(r.title, r.abstract[:10]) for r in records] == [
        ("Sparse Probes for Dense Retrievers", "We probe d"),
        ("Counting Is Hard for Small Transformers", "Small tran"),
    ]


def test_a_label_in_han_script_after_the_names_is_no_name() -> None:
    records = read_listing(DIGEST, "digest.md").records
    assert [r.authors for r in records] == [["Mira Olsen", "Tae-Ho Park"], ["Ines Duarte"]]


ADDRESSED = """### Sparse Probes for Dense  Retrievers (https://arxiv.org/abs/2501.00321)
- **What's New**: 이 논문은 희소 프로브를 제안합니다.

- **Technical Details**: 선형 헤드를 사용합니다.

### Counting Is Hard for Small Transformers (https://arxiv.org/abs/2501.00322)
Comments: 9 pages, 5 figures

- **What's New**: 작은 모델의 계수 한계를 다룹니다.

### Our lab's favourite blog (https://example.org/blog)
- not a paper
"""


def test_a_heading_with_a_paper_address_in_brackets_is_that_paper() -> None:
    records = read_listing(ADDRESSED, "daily.md").records
    assert [(r.title, r.arxiv_id, r.urls[0], r.abstract, r.comments) for r in records] == [
        (
            "Sparse Probes for Dense Retrievers",
            "2501.00321",
            "https://arxiv.org/abs/2501.00321",
            "",
            None,
        ),
        (
            "Counting Is Hard for Small Transformers",
            "2501.00322",
            "https://arxiv.org/abs/2501.00322",
            "",
            "9 pages, 5 figures",
        ),
    ]


# A checklist note in Traditional Chinese (論文名稱 / 作者 / 發表), and a translation's header
# in a quote (原文标题 / 原文作者): the labels name the paper, not the note's own heading.
TRADITIONAL = """# 稀疏探針論文研讀檢核表

## 論文身份

- 論文名稱：Sparse Probes for Dense Retrievers
- 作者：Mira Olsen, Tae-Ho Park 等
- 發表：SIGIR 2025
"""
TRANSLATED = """# 稀疏探针：稠密检索器的新视角（中英对照）

> 原文标题：Sparse Probes for Dense Retrievers
> 论文地址：https://arxiv.org/abs/2501.00321
> 原文作者：Mira Olsen, Tae-Ho Park 等
> 发布日期：2025-01-08
"""


def test_traditional_chinese_and_original_title_labels_name_the_paper() -> None:
    [checklist] = read_listing(TRADITIONAL, "checklist.md").records
    assert (checklist.title, checklist.authors, checklist.date) == (
        "Sparse Probes for Dense Retrievers",
        ["Mira Olsen", "Tae-Ho Park"],
        "2025",
    )
    [translated] = read_listing(TRANSLATED, "translated.md").records
    assert (translated.title, translated.authors, translated.arxiv_id) == (
        "Sparse Probes for Dense Retrievers",
        ["Mira Olsen", "Tae-Ho Park"],
        "2501.00321",
    )


# APA references in a plan's appendix: the title quoted with its stop inside the quotes, the
# names before the year ending on an initial.
APA = """## 부록 A: 참고 문헌

1. Olsen, M. & Park, T. (2024). "Sparse Probes." *Information Retrieval Journal* 12(3)
2. Duarte, I. et al. (2023). "Counting Is Hard for Small Transformers." *arXiv:2301.00444*
"""


def test_an_apa_title_with_its_stop_inside_the_quotes_and_names_ending_on_an_initial() -> None:
    records = read_listing(APA, "plan.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Sparse Probes", ["Olsen, M.", "Park, T."], "2024"),
        ("Counting Is Hard for Small Transformers", ["Duarte, I."], "2023"),
    ]


# A page fetched into a note under a heading the user left from another paper: the fetch tool
# records the page's address and title above the page.
FETCHED = """# Counting Is Hard for Small Transformers
**URL:** https://huggingface.co/papers/2501.00321
**Page Title:** Paper page - Sparse Probes for Dense Retrievers
--------------------

## Abstract

We probe dense retrievers with sparse linear heads and find the lexical signal intact.
"""


def test_the_fetched_pages_title_label_names_the_paper_not_the_notes_heading() -> None:
    [record] = read_listing(FETCHED, "note.md").records
    assert (record.title, record.arxiv_id) == ("Sparse Probes for Dense Retrievers", "2501.00321")


# arXiv pages clipped into OneNote: each clip ends with `From <address>`; one was copied from
# its title down, without its dateline.
FIRST_ABSTRACT = (
    "We probe dense retrievers with sparse linear heads and find that the lexical signal "
    "survives training intact. Heads trained on one corpus transfer to others, and the probes "
    "cost less than a percent of the retriever's inference time."
)
SECOND_ABSTRACT = (
    "Small transformers fail to count past the lengths seen in training. We show why: the "
    "attention pattern that counts saturates, and a simple change of positional code lets the "
    "same models count twice as far."
)
CLIPS = f"""[Submitted on 3 Jan 2025]
Sparse Probes for Dense Retrievers
Mira Olsen, Tae-Ho Park
{FIRST_ABSTRACT}

From <https://arxiv.org/abs/2501.00321>


Counting Is Hard for Small Transformers
Ines Duarte, Jon Berg
{SECOND_ABSTRACT}

From <https://arxiv.org/abs/2501.00322>
"""


def test_a_clips_from_line_ends_it_and_the_next_clip_is_a_paper_of_its_own() -> None:
    records = read_listing(CLIPS, "onenote.md").records
    assert [(r.title, r.arxiv_id, r.authors) for r in records] == [
        ("Sparse Probes for Dense Retrievers", "2501.00321", ["Mira Olsen", "Tae-Ho Park"]),
        ("Counting Is Hard for Small Transformers", "2501.00322", ["Ines Duarte", "Jon Berg"]),
    ]


def test_a_nickname_in_brackets_glued_to_the_surname_is_part_of_the_name() -> None:
    names, _ = split_names("Mira Olsen (MIT), Tae-Ho (Ted)Park, Ines Duarte （INESC）")
    assert names == ["Mira Olsen", "Tae-Ho (Ted)Park", "Ines Duarte"]


def test_a_hyphen_inside_a_word_of_a_table_title_parts_no_names_from_it() -> None:
    assert names_then_title("Bridging Retrieval and Video-Grounded Agentic Planning ...") is None
    named = names_then_title("Olsen & Park - Sparse Probes for Dense Retrievers")
    assert named is not None
    assert (named.title, named.authors) == ("Sparse Probes for Dense Retrievers", ["Olsen", "Park"])


def test_tex_percent_in_a_pasted_abstract_keeps_its_backslash() -> None:
    lines = markdown_lines("Accuracy rises to 80\\% on *two* sets; \\*starred\\* stays escaped.\n")
    assert [line.text for line in lines] == [
        "Accuracy rises to 80\\% on two sets; *starred* stays escaped."
    ]


def test_a_notes_own_plain_heading_over_a_translated_title_label_is_no_title() -> None:
    note = """Reading notes for Monday

标题：稠密检索器的稀疏探针
作者：Mira Olsen, Tae-Ho Park
摘要：我们用稀疏线性头探测稠密检索器。
"""
    [record] = read_listing(note, "note.md").records
    assert (record.title, record.authors) == ("稠密检索器的稀疏探针", ["Mira Olsen", "Tae-Ho Park"])
