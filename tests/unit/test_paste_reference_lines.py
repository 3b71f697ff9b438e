"""Reference and reading lists read by the shape of their lines, and prose never read as papers.

The real excerpts are from tests/data/listings-dev3/ (see its MANIFEST for their sources); the
short texts are made-up lines in the shapes the holdout3 examiner reported (numbered titles with
the link on a line below, `Title (2017)` reading lists) and sentences that must stay prose.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from papershelf.core.errors import ImportFailed
from papershelf.importers.pipeline import read_listing

DEV3 = Path(__file__).resolve().parents[1] / "data" / "listings-dev3"


def records_of(name: str) -> list[tuple[str, list[str], str | None, str | None]]:
    text = (DEV3 / name).read_text(encoding="utf-8")
    return [
        (r.title, r.authors, r.date or r.date_text, r.arxiv_id)
        for r in read_listing(text, name).records
    ]


def test_an_apa_reference_between_paragraphs_of_prose_is_the_only_paper() -> None:
    records = records_of("015_page-newsletter-apa-reference-in-prose.txt")
    assert len(records) == 1
    title, authors, year, arxiv_id = records[0]
    assert title == "CooperBench: Why coding agents cannot be your teammates yet"
    assert (authors[0], authors[-1], year, arxiv_id) == (
        "Khatua, A.",
        "Yang, D.",
        "2026",
        "2601.13295",
    )


def test_a_numbered_id_and_title_list_after_a_conclusion_takes_nothing_from_the_conclusion() -> (
    None
):
    records = records_of("001_arxiv-id-pipe-reference-list-after-prose.md")
    assert records and all(arxiv_id for _t, _a, _y, arxiv_id in records)
    assert not any("falsifiability" in title for title, *_ in records)


def test_an_identified_title_keeps_its_snippet_as_the_abstract() -> None:
    text = (DEV3 / "002_arxiv-id-pipe-list-with-snippets.md").read_text(encoding="utf-8")
    first = read_listing(text, "002.md").records[0]
    assert first.title == "Explaining Robust Quantum Metrology by Counting Codewords"
    assert first.abstract.startswith("Quantum sensing holds great promise")


def test_a_digest_project_without_a_paper_title_gives_no_paper() -> None:
    titles = [title for title, *_ in records_of("008_zh-digest-square-labels-among-projects.md")]
    assert "Arnold" not in titles and "YOLOv2 - PyTorch" not in titles
    assert "AlphaGo Zero: Mastering the game of Go without human knowledge" in titles


def test_the_link_under_an_apa_citation_is_the_papers() -> None:
    [(title, _authors, year, arxiv_id)] = records_of("006_readme-apa-citation-url-below.md")
    assert (title, year, arxiv_id) == ("Attention Is All You Need", "2017", "1706.03762")


def test_titles_with_their_year_and_numbered_titles_over_their_links() -> None:
    text = (
        "Papers to read\n\n"
        "- Learning Sparse Codes for Long Documents (2016)\n"
        "- Graph Networks as Learned Simulators. 2020.\n\n"
        "Also:\n\n"
        "1. Sparse Attention for Long Documents\n"
        "   https://arxiv.org/abs/2401.01234\n"
        "2. A Survey of Retrieval Augmented Generation\n"
        "   https://doi.org/10.1234/rag.2024\n"
        "3. Permutation Invariant Sets for Point Clouds\n"
        "   https://proceedings.neurips.cc/paper/2017/file/f22e-Paper.pdf\n"
    )
    found = [(r.title, r.date_text, r.arxiv_id, r.doi) for r in read_listing(text, "x.md").records]
    assert found == [
        ("Learning Sparse Codes for Long Documents", "2016", None, None),
        ("Graph Networks as Learned Simulators", "2020", None, None),
        ("Sparse Attention for Long Documents", None, "2401.01234", None),
        ("A Survey of Retrieval Augmented Generation", None, None, "10.1234/rag.2024"),
        ("Permutation Invariant Sets for Point Clouds", None, None, None),
    ]


@pytest.mark.parametrize(
    "prose",
    [
        "I read these papers in 2017. It was a good year (2017).\n",
        "We met the authors in Paris (2019).\n\nThey told us about the next workshop (2020).\n",
        "- We met at the workshop in Lisbon (2019)\n- I should read more this year (2024)\n",
        "This was a great talk. Smith (2020).\n\nWe liked the second part a lot. Jones (2021).\n",
    ],
)
def test_sentences_with_a_year_are_no_papers(prose: str) -> None:
    with pytest.raises(ImportFailed):
        read_listing(prose, "notes.md")


def test_a_study_plan_of_year_headings_names_its_papers_and_their_links() -> None:
    text = (
        "# 論文学習計画\n\n"
        "#### 2017: ⭐ Sparse Attention for Long Documents\n"
        "- 自己注意機構のみで構成。\n"
        "- https://arxiv.org/abs/2401.01234\n\n"
        "#### 2018: ⭐⭐ A Survey of Retrieval Augmented Generation\n"
        "- 事前学習の代表例\n"
    )
    found = [(r.title, r.date_text, r.arxiv_id) for r in read_listing(text, "plan.md").records]
    assert found == [
        ("Sparse Attention for Long Documents", "2017", "2401.01234"),
        ("A Survey of Retrieval Augmented Generation", "2018", None),
    ]


def test_a_year_heading_over_a_cited_paper_names_a_topic_not_a_paper() -> None:
    titles = [t for t, *_ in records_of("011_zh-lecture-year-headings-with-cited-papers.md")]
    assert titles == [
        "Attention is all you need",
        "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
    ]
