"""Literature notes whose headings cite their paper (made-up text in the shapes theses and
research notes use): `#### Surname et al. (Year) — Title` over bullets of the source and the
contribution, and an outline `## 2. Related work` whose `### 2.1 Name` headings each note one
paper by its short name over a `- Paper: <link>` bullet."""

from __future__ import annotations

from papershelf.importers.paste.cited_headings import (
    cited_heading,
    numbered_within,
    without_alias,
)
from papershelf.importers.pipeline import read_listing

SURVEY = """### 3-1. 수면과 기억

#### Okafor et al. (2016) — Sleep Spindles and the Consolidation of Motor Memory
- **출처**: Journal of Sleep Studies
- **핵심 기여**: 수면 방추와 운동 기억의 관계

#### Lindqvist & Moreau (2009) — A Simple Scale for Daytime Drowsiness
- **출처**: Sleep Medicine
- **관련성**: 주간 졸림 평가 척도

#### Haruki et al. (2021) — Open Dataset of Wrist Actigraphy in Shift Workers
- **저자**: Emi Haruki et al.
- **출처**: Scientific Data (2021)
"""

OUTLINE = """## 2. Related routing work

### 2.1 TokenSieve

- Paper: https://arxiv.org/abs/2501.04321
- Role: the benchmark we start from.

---

### 2.2 CascadeKit

- Paper: https://arxiv.org/abs/2407.01234
- Code: https://github.com/example/cascadekit
- Role: the baseline.
"""


def test_a_heading_citing_names_and_year_before_the_title() -> None:
    cited = cited_heading("Okafor et al. (2016) — Sleep Spindles and Motor Memory")
    assert cited is not None
    assert (cited.title, cited.names, cited.year) == (
        "Sleep Spindles and Motor Memory",
        ["Okafor"],
        "2016",
    )
    assert cited_heading("Okafor (2016) — notes") is None  # one word after the dash: a remark
    assert cited_heading("Sleep Spindles (2016)") is None


def test_a_literature_note_per_heading_gives_title_names_and_year() -> None:
    records = read_listing(SURVEY, "survey.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Sleep Spindles and the Consolidation of Motor Memory", ["Okafor"], "2016"),
        ("A Simple Scale for Daytime Drowsiness", ["Lindqvist", "Moreau"], "2009"),
        ("Open Dataset of Wrist Actigraphy in Shift Workers", ["Emi Haruki"], "2021"),
    ]


def test_an_outline_number_within_the_parents_is_the_next_entry_not_a_section() -> None:
    assert numbered_within("2. Related routing work", "2.1 TokenSieve")
    assert not numbered_within("2. Related routing work", "3.1 Other")
    assert not numbered_within("Related routing work", "2.1 TokenSieve")


def test_outline_headings_over_paper_bullets_give_each_paper_by_its_short_name() -> None:
    records = read_listing(OUTLINE, "notes.md").records
    assert [(r.title, r.arxiv_id) for r in records] == [
        ("TokenSieve", "2501.04321"),
        ("CascadeKit", "2407.01234"),
    ]


SHORT_NAMES = """## 3. Prior art

### 3.1 Lattice Token Routing / LaTR

- Paper: https://arxiv.org/abs/2502.01111
- Role: closest prior.

### 3.2 GATE

- Paper: https://ojs.example.org/index.php/CONF/article/view/12345
- Venue: CONF 2025.
- Role: the confidence baseline.

### 3.3 Pick-and-Cascade

- Paper: https://aclanthology.org/2025.example-main.7/
- Role: cascade reference.
"""


def test_a_paper_label_makes_the_headings_short_name_a_papers_name() -> None:
    records = read_listing(SHORT_NAMES, "notes.md").records
    assert [(r.title, r.arxiv_id, r.date) for r in records] == [
        ("Lattice Token Routing", "2502.01111", "2025-02"),  # its arXiv id's month
        ("GATE", None, "2025"),
        ("Pick-and-Cascade", None, None),
    ]


def test_the_short_name_after_a_slash_is_no_part_of_the_papers_name() -> None:
    assert without_alias("Lattice Token Routing / LaTR") == "Lattice Token Routing"
    assert without_alias("Read / Write") == "Read / Write"  # one word before: no name and alias
    assert without_alias("Images and Text / a survey") == "Images and Text / a survey"
