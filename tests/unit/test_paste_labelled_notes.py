"""Paper notes and digests with labels, read by general cues: a `Full Title:` label under a
short heading, a `Year:` and a `Date:` label together, ISO timestamps, a Latin heading over a
translated `标题:` label and a row of link buttons, `First submission:` dates, a comment naming
another arXiv paper, a note's own `## Metadata` section with lists of topics and links. All
texts are made up, in the shapes real pastes use (tests/data/listings-holdout4 holds real ones)."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing


def read(text: str, name: str = "note.md") -> list[tuple[str, list[str], str | None]]:
    return [(r.title, r.authors, r.date) for r in read_listing(text, name).records]


APPENDIX = """## Appendix: Papers

### Paper 1: Quillo — Marsh et al. (2023)

**Full Title:** Quillo: Zero-Shot Detection of Generated Prose by Curvature

**Authors:** Ann Marsh, Bo Lee, Cy Dunn (Northfield University)

**Venue:** ICML 2023

**Core Idea:**
- Generated text sits in regions of negative curvature.

---

### Paper 2: Tinted Tokens — Kerr et al. (2023)

**Full Title:** Tinted Tokens for Language Models

**Authors:** Dan Kerr, Eve Moss

**Venue:** ICML 2023
"""


def test_a_full_title_label_under_a_short_heading_is_the_title() -> None:
    assert read(APPENDIX) == [
        ("Quillo: Zero-Shot Detection of Generated Prose by Curvature",
         ["Ann Marsh", "Bo Lee", "Cy Dunn"], "2023"),
        ("Tinted Tokens for Language Models", ["Dan Kerr", "Eve Moss"], "2023"),
    ]  # fmt: skip


def test_a_date_label_beside_a_year_label_gives_the_day() -> None:
    text = (
        "# Rules for Reading Aloud by Machine\n\n**Authors:** Ann Marsh, Bo Lee\n**Year:** 1976\n"
        "**Venue:** Technical Report 12\n**Date:** March 4, 1976\n**Pages:** 80\n"
    )
    assert read(text) == [("Rules for Reading Aloud by Machine", ["Ann Marsh", "Bo Lee"],
                           "1976-03-04")]  # fmt: skip


def test_an_iso_timestamp_in_a_metadata_list_gives_its_day() -> None:
    text = (
        "# A careful audit of layer skipping\n\n## Abstract\nWe audit two methods of skipping"
        " layers. They differ in cost. We measure both on two tasks and report the results.\n\n"
        "## Metadata\n- **Published**: 2026-03-05T10:11:12Z\n- **Authors**: Ann Marsh, Bo Lee\n"
        "- **Source**: [ArXiv Link](http://arxiv.org/abs/2603.01234v1)\n"
    )
    assert [date for _, _, date in read(text)] == ["2026-03-05"]


DIGEST = """## 机器学习(cs.LG:Machine Learning)

### Sparse Routing for Small Models
[[arxiv](https://arxiv.org/abs/1801.00001)] [[pdf](https://arxiv.org/pdf/1801.00001)]
> **Authors**: Ann Marsh,Bo Lee
> **First submission**: 2018-01-03
> **comment**: Extends arXiv:1701.00002
- **标题**: 小模型的稀疏路由
- **摘要**: 我们研究小模型的稀疏路由。
"""


def test_a_latin_heading_over_a_translated_title_label_is_the_title() -> None:
    records = read_listing(DIGEST, "digest.md").records
    got = [(r.title, r.authors, r.date, r.arxiv_id) for r in records]
    assert got == [
        ("Sparse Routing for Small Models", ["Ann Marsh", "Bo Lee"], "2018-01-03", "1801.00001")
    ]


KOREAN_NOTE = """# Grouped Splats: Editing Scenes by Parts

---
Reference

이 문서의 그림은 논문에서 가져왔습니다.

---

## 📌 Metadata
---
분류
- 3D Segmentation
- Scene Editing

---
url:
- [paper](https://arxiv.org/abs/2312.00001)
- [github](https://github.com/example/grouped-splats)
---
- **Authors**: Ann Marsh, Bo Lee
- **Venue**: ECCV 2024
"""


def test_items_of_a_notes_metadata_section_are_facts_of_its_paper() -> None:
    records = read_listing(KOREAN_NOTE, "review.md").records
    got = [(r.title, r.authors, r.date, r.arxiv_id) for r in records]
    assert got == [
        ("Grouped Splats: Editing Scenes by Parts", ["Ann Marsh", "Bo Lee"], "2024", "2312.00001")
    ]


def test_a_slashed_date_is_read_when_a_part_over_twelve_tells_day_from_month() -> None:
    card = (
        "# Unified Retrieval across Sources\n\n- **Title:** Unified Retrieval across Sources\n"
        "- **Author:** Ann Marsh, Bo Lee\n- **Published:** {when}\n"
    )
    assert [d for _, _, d in read(card.format(when="5/31/2026"))] == ["2026-05-31"]
    assert [d for _, _, d in read(card.format(when="31/5/2026"))] == ["2026-05-31"]
    assert [d for _, _, d in read(card.format(when="3/4/2026"))] != ["2026-03-04"]


REPORT = """### Key Papers (2024-2025)

#### Sparse Routing Surveyed: How Small Models Share (2025)
- **Authors**: Ann Marsh et al.
- **Key Findings**:
  - Routing helps small models most.

#### Quiet Topologies for Debating Agents (2024)
- **Key Insights**:
  - Fewer links, same answers.

#### Open Problems of Agent Teams (2024)
- **Authors**: Bo Lee et al.

### Notable Papers

1. **Collusion Among Cooperating Agents** (EMNLP 2024)
   - Authors: Cy Dunn et al.
"""


def test_a_dated_heading_among_headings_labelling_authors_is_a_paper_too() -> None:
    assert read(REPORT) == [
        ("Sparse Routing Surveyed: How Small Models Share", ["Ann Marsh"], "2025"),
        ("Quiet Topologies for Debating Agents", [], "2024"),
        ("Open Problems of Agent Teams", ["Bo Lee"], "2024"),
        ("Collusion Among Cooperating Agents", ["Cy Dunn"], "2024"),
    ]


def test_a_label_alone_over_a_list_takes_the_list_as_its_value() -> None:
    text = (
        "# Sparse Lattices for Tiny Models\n\n**Authors:**\n- Ana Ruiz\n- Bo Chen\n\n"
        "**Abstract:**\nWe study sparse lattices for small models and show that they keep"
        " accuracy while cutting the cost of inference by half on three benchmarks.\n"
    )
    records = read_listing(text, "note.md").records
    assert [(r.title, r.authors, r.abstract[:19]) for r in records] == [
        ("Sparse Lattices for Tiny Models", ["Ana Ruiz", "Bo Chen"], "We study sparse lat")
    ]
