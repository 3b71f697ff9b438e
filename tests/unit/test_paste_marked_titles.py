"""Titles their lists mark in ways the readers missed: a bold run over the title's link and its
badges' links (holdout36 005), a one-word title in italics before its year (026), a bold label
before an italic title and a remark after its author (027), authors between bars in a link's
text (013), Chinese title marks around a Latin title (holdout35 006) and a book list's italics
before its place and publisher (holdout6 018). The rule tests use made-up names and titles."""

from __future__ import annotations

from pathlib import Path

import pytest
from scripts.fidelity import HOLDOUT6, HOLDOUT35, HOLDOUT36

from papershelf.importers.paste.cite import read_citation
from papershelf.importers.paste.lines import Line, clean_title
from papershelf.importers.paste.two_part_lines import _parted
from papershelf.importers.pipeline import read_listing
from tests.pastes import real_papers_found

REPO = (
    '[<img src="https://example.org/mark.png" width="22" alt="repo" />](https://example.org/repo)'
)
BADGES = (
    "## Code Generation\n"
    "- **[PretendBench: Benchmarking Invented Code with Made-up Calls]"
    f"(https://arxiv.org/abs/2406.15877), {REPO}, [[🏆Leaderboard]](https://example.org/board)**\n"
    "  *Ada Quill, Ben Nadir* • *Preprint'24*\n"
    "- **[Invented Eval Pro: Evaluating Made-up Models](https://arxiv.org/abs/2412.21199),"
    " [[🏆Leaderboard]](https://example.org/board2)**\n"
    "  *Cleo Tansy, Dan Ortega* • *ICLR 2025*\n"
)


def test_a_bold_run_over_the_titles_link_and_its_badges() -> None:
    records = read_listing(BADGES, "badges.md").records
    assert [r.title for r in records] == [
        "PretendBench: Benchmarking Invented Code with Made-up Calls",
        "Invented Eval Pro: Evaluating Made-up Models",
    ]


def test_a_one_word_title_in_italics_before_its_year() -> None:
    cited = read_citation(
        "Pretendics (1983) — the definitive introduction to invented pragmatics",
        [],
        [],
        ["Pretendics"],
    )
    assert cited is not None and (cited.title, cited.authors, cited.year) == (
        "Pretendics",
        "",
        "1983",
    )


def test_a_one_word_italic_after_names_or_without_a_year_is_no_title() -> None:
    cited = read_citation("Pretendics and more of it", [], [], ["Pretendics"])
    assert cited is None or cited.title != "Pretendics"


def test_a_bold_label_before_an_italic_title_and_a_remark_after_its_author() -> None:
    cited = read_citation(
        "Textbook: A History of Invented Psychology by Quill — comprehensive",
        ["Textbook"],
        [],
        ["A History of Invented Psychology"],
    )
    assert cited is not None and (cited.title, cited.authors) == (
        "A History of Invented Psychology",
        "Quill",
    )
    several = read_citation(
        "Textbook: Made-up Designs for Pretend Inference by Quill, Nadir, Tansy — the standard",
        ["Textbook"],
        [],
        ["Made-up Designs for Pretend Inference"],
    )
    assert several is not None and several.authors == "Quill, Nadir, Tansy"


PIPED = """### Books

- [Think Pretend |Ada B. Quill|](https://example.org/think-pretend.pdf)
- [Invented Mining With R |Ben Nadir & Cleo Tansy|](https://example.org/mining/index.html)
- [Introduction to Made-up Retrieval |Pretend Univ. Press. 2008|](https://example.org/ir/)
- [Search Pretending - Retrieval in Practice |D. Eve Ortega|](https://example.org/sp.pdf)
"""


def test_authors_between_bars_in_a_links_text() -> None:
    records = read_listing(PIPED, "books.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Think Pretend", ["Ada B. Quill"], None),
        ("Invented Mining With R", ["Ben Nadir", "Cleo Tansy"], None),
        ("Introduction to Made-up Retrieval", [], "2008"),
        ("Search Pretending - Retrieval in Practice", ["D. Eve Ortega"], None),
    ]


def test_a_page_title_after_a_bar_is_no_author() -> None:
    cited = read_citation(
        "Invented Soil Carbon Database | Pretend Centre Database",
        [],
        [("Invented Soil Carbon Database | Pretend Centre Database", "https://example.org/db/")],
    )
    assert cited is not None and cited.authors == ""


MARKED = """# Surveys
1 《A Survey of Invented Language Models》 This paper summarises some pretend background.

2 《Retrieval-Made-up Generation for Pretend Models: A Survey》

# Papers
3 GPT 2 《Pretend Models are Unsupervised Invented Learners》

4 《虚构的中文书名》
"""


def test_latin_titles_in_chinese_title_marks() -> None:
    titles = [r.title for r in read_listing(MARKED, "marked.md").records]
    assert titles == [
        "A Survey of Invented Language Models",
        "Retrieval-Made-up Generation for Pretend Models: A Survey",
        "Pretend Models are Unsupervised Invented Learners",
    ]


def test_a_book_lists_italics_before_place_and_publisher() -> None:
    line = Line(
        1,
        "Ada Quill (2024): Pretend Artists. The Invented Case, Berlin: Madeup.",
        kind="item",
        italic=["Pretend Artists. The Invented Case"],
    )
    for mark in ("year", ": "):
        parted = _parted(line, mark)
        assert parted is not None and parted.title == "Pretend Artists. The Invented Case"


@pytest.mark.parametrize(
    ("corpus", "number", "least"),
    [
        (HOLDOUT36, "005", 12),  # of 12
        (HOLDOUT36, "013", 11),  # of 25 (13 Arabic titles, left out as unlike papers)
        (HOLDOUT36, "027", 8),  # of 13
        (HOLDOUT35, "006", 13),  # of 17
        (HOLDOUT6, "018", 13),  # of 16
    ],
)
def test_the_real_lists(corpus: Path, number: str, least: int) -> None:
    path = next(p for p in corpus.glob(f"{number}_*") if not p.name.endswith(".json"))
    assert real_papers_found(path) >= least


def test_an_edition_after_an_apa_books_title_is_no_part_of_it() -> None:
    text = (
        "- Quill, A.B. (2020). *Essentials of Invented Neuroscience*, 2nd Edition. Hoboken, NJ:"
        " Madeup.\n- Nadir, B., Tansy, C.D., and Ortega, E. (2018). *Pretend Neuroscience: The"
        " Biology of the Made-up Mind*, 5th Edition. New York, NY: Invented & Company.\n"
    )
    assert [r.title for r in read_listing(text, "books.md").records] == [
        "Essentials of Invented Neuroscience",
        "Pretend Neuroscience: The Biology of the Made-up Mind",
    ]


def test_surnames_before_a_linked_title_are_no_books_title() -> None:
    text = (
        "- Quill and van Nadir. [Pretend Graphs: Name Resolution at Scale](https://example.org/1),"
        " Invented Symposium, 2023.\n"
        "- Tansy, Ortega, Marrow, Fenn, and Lutz. [MadeUpCoder: A Long-Range Pretend Model for"
        " Invented Completion](https://example.org/2), ICML 2023.\n"
        "- Sahebolamri, Barret, Moore, and Micinski. [Bring Your Own Pretend Structures to"
        " Datalog](https://example.org/3). OOPSLA 2023.\n"
    )
    records = read_listing(text, "suggestions.md").records
    assert [r.title for r in records] == [
        "Pretend Graphs: Name Resolution at Scale",
        "MadeUpCoder: A Long-Range Pretend Model for Invented Completion",
        "Bring Your Own Pretend Structures to Datalog",
    ]
    assert records[1].authors == ["Tansy", "Ortega", "Marrow", "Fenn", "Lutz"]


def test_a_result_in_per_cent_after_a_title_is_a_remark() -> None:
    assert clean_title("Do We Need Pretend? SGD in RLVR (updates <0.02% params)") == (
        "Do We Need Pretend? SGD in RLVR"
    )
    assert clean_title("Progressive Invented Encoding (+19.3% over LoRA)") == (
        "Progressive Invented Encoding"
    )
    assert clean_title("Made-up Forests (Info-Think)") == "Made-up Forests (Info-Think)"
    assert clean_title("Sparse 100% Pretend Models (A Survey)") == (
        "Sparse 100% Pretend Models (A Survey)"
    )


def test_italics_after_an_author_date_title_name_its_journal() -> None:
    cited = read_citation(
        "Quill et al. (2003) Survival Pretending Part I: Basic concepts and first analyses."
        " British Journal of Invention. link",
        [],
        [("link", "https://example.org/6601118")],
        ["British Journal of Invention"],
    )
    assert cited is not None
    assert (cited.title, cited.authors, cited.year) == (
        "Survival Pretending Part I: Basic concepts and first analyses",
        "Quill et al.",
        "2003",
    )
