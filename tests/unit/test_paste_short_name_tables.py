"""Tables of papers by their short names, in the shapes Korean design notes and research plans
use (made-up text): a header naming two things at once (`저자/년도`), a `연구` (study) column of
short names beside a `연도` (year) column and a column of links, a `발표` (published in) column
of venue and year, and `Surname et al., Venue Year` in the authors' cell."""

from __future__ import annotations

from papershelf.importers.paste.tables import _column
from papershelf.importers.pipeline import read_listing

STUDIES = """## 2. 관련 연구

| 연구/자료 | 연도 | 핵심 내용 | 링크 |
| --- | --- | --- | --- |
| FooBench | 2023 | 평 | [arXiv](https://arxiv.org/abs/2301.00101), [PDF](https://arxiv.org/pdf/2301.00101) |
| BarGuard | 2024 | 입력 필터링 방어 | [arXiv](https://arxiv.org/abs/2402.00202) |
| Quux Flow Control | 2025 | 정보 흐름 제어 | [arXiv](https://arxiv.org/abs/2503.00303) |
"""

RIVALS = """### 경쟁 논문

| 논문 | 저자/년도 | 겹침 |
|------|----------|------|
| **Memory Weaver** | Kim et al., CHI 2022 | 기억 |
| **Nudge** | Lee et al., arXiv 2024 | 감정 |
| **Slow Minds** | Ortega et al., Nature MI 2021 | 발달 |
"""

PUBLISHED = """| 논문 | 저자 | 발표 | 비고 |
|------|------|------|------|
| **[Clocks Without Time](https://example.org/clocks.pdf)** | Ada Byron | ACM TOCS 1979 | 원본 |
| **[Leases Made Plain](https://example.org/leases.pdf)** | Ada Byron | 1999 | 해설 |
"""


def test_a_header_naming_two_things_is_named_by_its_first() -> None:
    assert _column("저자/년도") == "authors"
    assert _column("Title / Link") == "title"
    assert _column("핵심 내용") is None  # no slash: no empty first part to look up


def test_a_study_column_of_short_names_beside_years_and_links_gives_the_papers() -> None:
    records = read_listing(STUDIES, "plan.md").records
    assert [(r.title, r.date, r.arxiv_id) for r in records] == [
        ("FooBench", "2023", "2301.00101"),
        ("BarGuard", "2024", "2402.00202"),
        ("Quux Flow Control", "2025", "2503.00303"),
    ]


def test_surname_et_al_then_venue_and_year_in_the_authors_cell() -> None:
    records = read_listing(RIVALS, "design.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Memory Weaver", ["Kim"], "2022"),
        ("Nudge", ["Lee"], "2024"),
        ("Slow Minds", ["Ortega"], "2021"),
    ]


def test_a_published_in_column_gives_the_year() -> None:
    records = read_listing(PUBLISHED, "doc.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Clocks Without Time", ["Ada Byron"], "1979"),
        ("Leases Made Plain", ["Ada Byron"], "1999"),
    ]


LINKED_STUDIES = """| 연구 | 연도 | 링크 |
| --- | --- | --- |
| FooBench | 2023 | [arXiv](https://arxiv.org/abs/2301.00101) |
| BarGuard | 2024 | [arXiv](https://arxiv.org/abs/2402.00202) |
| Quux Flow | 2025 | [arXiv](https://arxiv.org/abs/2503.00303) |
| Zed Shield | 2025 | [arXiv](https://arxiv.org/abs/2504.00404) |
| Acme skills campaign | 2026 | [Analysis](https://acme.example.com/blog/skills-campaign/) |
"""

LINKED_TITLES = """| Paper | Summary |
| --- | --- |
| [Counting Sheep with Sparse Transformers](https://arxiv.org/abs/2406.01111) | a method |
| [Folding Maps for Long Context Retrieval](https://arxiv.org/abs/2406.02222) | a survey |
| [Teaching Models to Ask Before Acting](https://arxiv.org/abs/2406.03333) | a study |
| [Mixture of Tiny Experts](https://github.com/example/tiny-experts/blob/main/paper.pdf) | a paper |
"""


def test_a_short_names_row_without_an_identifier_among_linked_papers_is_no_paper() -> None:
    records = read_listing(LINKED_STUDIES, "plan.md").records
    assert [r.title for r in records] == ["FooBench", "BarGuard", "Quux Flow", "Zed Shield"]


def test_a_full_titles_row_linking_a_pdf_elsewhere_is_a_paper_all_the_same() -> None:
    records = read_listing(LINKED_TITLES, "news.md").records
    assert [r.title for r in records][-1] == "Mixture of Tiny Experts"
    assert len(records) == 4
