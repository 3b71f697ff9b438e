"""Tables of papers whose Paper cell says more than the title, and the things beside a table
that are no papers: names before a quoted (or plain) title, a linked title with a remark in
brackets, a thing named and described, a header row naming no paper column, `Publication Year`,
a lead-in over a list of other things, a bold word inside a sentence, a page's navigation. All
texts are made up, in the shapes real pastes use (tests/data/listings-holdout5 holds real ones)."""

from __future__ import annotations

from papershelf.importers.paste import fielded
from papershelf.importers.paste.cells import names_then_title
from papershelf.importers.paste.doc import normalise
from papershelf.importers.pipeline import read_listing


def read(text: str, name: str = "notes.md") -> list[tuple[str, list[str], str | None]]:
    return [(r.title, r.authors, r.date) for r in read_listing(text, name).records]


NAMED_CELLS = """## Background

| Paper | Venue | Year | Why |
|---|---|---|---|
| Okafor et al., "Sparse Lattices for Tiny Models" | NeurIPS | 2019 | the first of its kind |
| Lindqvist, "Counting Codewords" | ISIT | 2020 | a survey |
| Brandt & Oyelaran, "KESTREL" | USENIX | 2021 | a system |
| **Moss, Ruiz & Chen** — "Warm Starts in Federated Tuning" (WSFT) | ICML | 2022 | baseline |
| Haddad & Sørensen, Monte Carlo estimates of rank | CCS | 2023 | a method |
"""


def test_names_before_a_quoted_or_plain_title_in_a_paper_cell_are_its_authors() -> None:
    assert read(NAMED_CELLS) == [
        ("Sparse Lattices for Tiny Models", ["Okafor"], "2019"),
        ("Counting Codewords", ["Lindqvist"], "2020"),
        ("KESTREL", ["Brandt", "Oyelaran"], "2021"),
        ("Warm Starts in Federated Tuning", ["Moss", "Ruiz", "Chen"], "2022"),
        ("Monte Carlo estimates of rank", ["Haddad", "Sørensen"], "2023"),
    ]


def test_a_plain_title_with_a_comma_is_not_cut_at_it() -> None:
    assert names_then_title("Attention, Memory and Recall in Small Models") is None
    assert names_then_title("Sparse, Fast Lattices") is None
    assert names_then_title('Okafor, "Sparse Lattices"') is not None


def test_a_year_cell_with_two_years_gives_the_first() -> None:
    text = "| Title | Year |\n|---|---|\n| Learning in a Random Forest of Trees | 2004/2019 |\n"
    assert read(text) == [("Learning in a Random Forest of Trees", [], "2004")]


def test_a_linked_title_with_a_remark_in_brackets_and_a_described_thing() -> None:
    text = (
        "| Paper | Venue | Year |\n|---|---|---|\n"
        "| [Streams of Typed Closures](https://doi.org/10.1000/xyz123) *(A. B. Ngata — the"
        " model the talk answers)* | J. Obscure Syst. | 1981 |\n"
        "| Ledger Store — internal documentation of a bank's records project | A bank | 1965 |\n"
        "| [Sorting Networks of Small Depth](https://doi.org/10.1000/abc9) *(a classic)* | JACM"
        " | 1971 |\n"
    )
    assert read(text) == [
        ("Streams of Typed Closures", ["A. B. Ngata"], "1981"),
        ("Sorting Networks of Small Depth", [], "1971"),
    ]


def test_a_table_whose_header_names_no_paper_column_gives_no_paper() -> None:
    text = (
        "| Field | Type | Description |\n|---|---|---|\n"
        "| Title | String | Title of the work |\n"
        "| Authors | String | Names of the people who wrote it |\n"
        "| Year | Integer | Year the work came out |\n\n"
        "| ID | Title | Author(s) | Publication Year |\n|---|---|---|---|\n"
        "| 1 | Sparse Lattices for Tiny Models | Ana Ruiz et al. | 2017 |\n"
    )
    assert read(text) == [("Sparse Lattices for Tiny Models", ["Ana Ruiz"], "2017")]


LEAD_IN = """### Top Papers

| Paper | Venue | Year |
|---|---|---|
| **Sparse Lattices for Tiny Models** | ICML | 2024 |
| **Warm Starts in Federated Tuning** | ICLR | 2025 |

**Also worth knowing**:
- **KESTREL‑7B** (2025) – a **Sparse Lattice**‑based model that beats the older ones.
- **Northwind 2025 Speed Contest** – the largest contest of its kind so far.

*Previous: [Issue 12 — Counting Codewords (2024)](../issue-12/)*
"""


def test_a_lead_in_a_bold_word_in_a_sentence_and_navigation_give_no_paper() -> None:
    assert [title for title, _, _ in read(LEAD_IN)] == [
        "Sparse Lattices for Tiny Models",
        "Warm Starts in Federated Tuning",
    ]


FIELDED = """# 检测

**1. Sparse Lattices: Tiny Models for Dense Scenes**

- 作者单位: 某大学, 某公司
- Paper(Oral): https://arxiv.org/abs/2101.00001
- Code: https://github.com/example/lattices
- 中文解读: [一篇解读文章](https://blog.example.com/post/1)

**2. Warm Starts in Federated Tuning**

- Authors: Ana Ruiz, Bo Chen

- arXiv：<https://arxiv.org/abs/2102.00002>

- github：None

**Updates:**

- 20240101: added ten papers
- 20240202: fixed links

See also: [400 code links of the year](./links.csv)
"""


def test_a_bold_title_over_labelled_field_items_is_one_paper_and_its_fields() -> None:
    records = read_listing(FIELDED, "list.md").records
    assert [(r.title, r.authors, r.arxiv_id) for r in records] == [
        ("Sparse Lattices: Tiny Models for Dense Scenes", [], "2101.00001"),
        ("Warm Starts in Federated Tuning", ["Ana Ruiz", "Bo Chen"], "2102.00002"),
    ]
    assert "https://blog.example.com/post/1" not in records[0].urls
    assert "https://github.com/example/lattices" in records[0].urls


SCHOLAR_COUNTS = """# Frameworks

- Lattice Tools: Sparse Models in Practice.
    - [paper](https://arxiv.org/pdf/2001.00001.pdf)
    - [code](https://github.com/example/lattice) | [doc](https://lattice.example.org/)
- Criteria for sorting streams,Cited by 14 Related articles All 3 versions,2018，p7
    - [paper](https://www.example-journal.com/article/S0001)
- Counting codewords: old and new,2017
    - [paper](https://dl.acm.org/doi/abs/10.1145/1111111.2222222)
- Warm starts: a survey 被引用3次，2021
    - [paper](/home/someone/papers/warm.pdf):
- Counting codewords: old and new, 被引用次数：9 相关文章 所有 4 个版本
    - [paper](https://dl.acm.org/doi/abs/10.14778/3333333.4444444)
"""


def test_scholar_counts_after_a_listed_title_and_its_paper_links_below() -> None:
    records = read_listing(SCHOLAR_COUNTS, "list.md").records
    assert [(r.title, r.date, r.doi) for r in records] == [
        ("Lattice Tools: Sparse Models in Practice", "2020-01", None),  # its arXiv id's month
        ("Criteria for sorting streams", "2018", None),
        ("Counting codewords: old and new", "2017", "10.1145/1111111.2222222"),
        ("Warm starts: a survey", "2021", None),
        ("Counting codewords: old and new", None, "10.14778/3333333.4444444"),
    ]
    assert records[0].urls[0] == "https://arxiv.org/pdf/2001.00001.pdf"
    assert records[1].urls == ["https://www.example-journal.com/article/S0001"]


def test_a_bold_name_then_the_rest_of_the_title_and_an_italic_venue() -> None:
    text = (
        "### Tracking\n\n"
        "* **KESTREL**: Sparse Lattices for Robust Tracking, *ICCV 19*. [[Paper](https://ex.org/k.pdf)]"
        " [[Code](https://github.com/example/kestrel)]\n"
        "* **Warm Starts** : Federated Tuning at Scale, *NeurIPS 2022*. [[Paper](https://ex.org/w.pdf)]\n"
        "* **Lattice**: a library for sparse models. *Version 12*. [[Code](https://github.com/ex/l)]\n"
    )
    assert read(text) == [
        ("KESTREL: Sparse Lattices for Robust Tracking", [], "2019"),
        ("Warm Starts: Federated Tuning at Scale", [], "2022"),
    ]


def test_a_table_of_titled_links_and_summaries_under_a_heading_with_a_colon() -> None:
    text = (
        "# Weekly digest:\n\n## Research\n|Link|description|\n|---|---|\n"
        "|[Sparse Lattices for Tiny Models.](https://arxiv.org/abs/2406.00001) |a method that"
        " prunes lattices; it beats the baselines.|\n"
        "|[Warm Starts in Federated Tuning.](https://arxiv.org/abs/2406.00002) | a study of"
        " warm starts across many clients.|\n"
        "|[Counting Codewords at Scale.](https://example.org/paper.pdf) |claims a faster count.|\n"
    )
    records = read_listing(text, "digest.md").records
    assert [(r.title, r.arxiv_id) for r in records] == [
        ("Sparse Lattices for Tiny Models", "2406.00001"),
        ("Warm Starts in Federated Tuning", "2406.00002"),
        ("Counting Codewords at Scale", None),
    ]


def test_links_labelled_with_their_pages_own_titles_name_no_paper() -> None:
    text = (
        "Links mentioned:\n\n"
        "- [Sparse Lattices for Tiny Models](https://arxiv.org/abs/2310.00001): a summary\n"
        "- [LatticeDemo - someone's Hugging Face Space](https://huggingface.co/spaces/someone/ld)"
        ": no description\n"
        "- [GitHub - someone/lattice-list: papers on lattices](https://github.com/someone/ll)"
        ": a list\n"
        "- [Tiny Tool - the fastest way to count | Product Hunt](https://www.producthunt.com/p/t)\n"
    )
    assert [title for title, _, _ in read(text)] == ["Sparse Lattices for Tiny Models"]


NOTES = """### Sparse Lattices for Tiny Models: A Survey

### Warm Starts in Federated Tuning of Large Models

Abstract

> We study warm starts for federated tuning. Clients begin from a shared model, and we show
> that this halves the rounds needed on three benchmarks while keeping the accuracy.

### Counting Codewords with Small Sorting Networks

## Open questions

### Why does it work
"""


def test_an_empty_heading_among_headings_of_papers_is_a_paper_flagged_for_review() -> None:
    records = read_listing(NOTES, "notes.md").records
    assert [r.title for r in records] == [
        "Sparse Lattices for Tiny Models: A Survey",
        "Warm Starts in Federated Tuning of Large Models",
        "Counting Codewords with Small Sorting Networks",
    ]
    assert records[0].needs_review and records[2].needs_review
    assert not records[1].needs_review


def test_a_quoted_title_before_the_names_needs_two_names_or_et_al() -> None:
    named = names_then_title('"Warm Starts in Federated Tuning" — Moss & Ruiz')
    assert named is not None and named.authors == ["Moss", "Ruiz"]
    assert names_then_title('"Warm Starts in Federated Tuning" — Baseline') is None


def test_a_bold_line_over_fields_that_link_no_paper_is_not_read_as_one() -> None:
    text = (
        "**Meeting notes for the project**\n\n- Date: 2024-01-02\n"
        "- Link: https://meet.example.com/abc\n- Attendees: Ana, Bo\n"
    )
    doc = normalise(text, "notes.md")
    assert fielded.read(list(doc.lines), doc) == []


def test_a_notes_own_empty_headings_beside_a_paper_are_no_papers() -> None:
    text = (
        "# My notes\n\n## Sparse Lattices for Tiny Models in Practice\n\n"
        "Abstract: We prune lattices so that tiny models fit on phones, and show it works on"
        " three tasks.\n\n## Things to read next week\n\n## Questions I still have about it\n"
    )
    assert [title for title, _, _ in read(text)] == ["Sparse Lattices for Tiny Models in Practice"]


def test_bracket_numbered_bold_titles_over_authors_and_arxiv_items_keep_their_own_ids() -> None:
    text = (
        "**[1] Sparse Lattices for Tiny Models**\n* Authors: Ana Ruiz, Bo Chen\n"
        "* arXiv: [2101.00001](https://arxiv.org/abs/2101.00001)\n\n"
        "**[2] Warm Starts in Federated Tuning**\n* Authors: Dee Park\n"
        "* arXiv: [2101.00002](https://arxiv.org/abs/2101.00002)\n"
    )
    records = read_listing(text, "list.md").records
    assert [(r.title, r.authors, r.arxiv_id) for r in records] == [
        ("Sparse Lattices for Tiny Models", ["Ana Ruiz", "Bo Chen"], "2101.00001"),
        ("Warm Starts in Federated Tuning", ["Dee Park"], "2101.00002"),
    ]


def test_a_table_of_things_by_name_gives_papers_only_by_their_identifiers() -> None:
    text = (
        "## Tools and papers\n\n| Name | Description | Link |\n|---|---|---|\n"
        "| LatticeKit | A library for sparse lattices | [GitHub](https://github.com/ex/lk) |\n"
        "| Tiny Counter | Counts codewords fast | [Site](https://tc.example.com) |\n"
        "| Sparse Lattices for Tiny Models | The paper behind it |"
        " [arXiv](https://arxiv.org/abs/2401.00001) |\n"
    )
    assert [title for title, _, _ in read(text)] == ["Sparse Lattices for Tiny Models"]


def test_a_bold_title_with_its_venue_in_brackets_over_its_link_fields() -> None:
    text = (
        "**Sparse Lattices for Tiny Models** (CVPR 2021)\n\n"
        "- Paper: [link](https://openaccess.example.org/CVPR2021/papers/lattices.pdf)\n"
        "- Code: [link](https://github.com/example/lattices)\n"
    )
    records = read_listing(text, "list.md").records
    assert [(r.title, r.date, r.urls[0]) for r in records] == [
        (
            "Sparse Lattices for Tiny Models",
            "2021",
            "https://openaccess.example.org/CVPR2021/papers/lattices.pdf",
        )
    ]
