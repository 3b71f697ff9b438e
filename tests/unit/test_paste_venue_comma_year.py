"""A Korean paper review (made-up paper): `# Title (CVPR, 2019)` and a `[논문 링크](…)` line. The
venue and year after a comma in brackets are no part of the title; the year is the paper's."""

from __future__ import annotations

from papershelf.importers.paste.verdict import title_year
from papershelf.importers.pipeline import read_listing

REVIEW = """# Pretend and Invented Learning for Made-Up Image Recognition (CVPR, 2031)

[논문 링크](https://openaccess.example.com/content_CVPR_2031/html/Pretend_paper.html)

Overall Architecture
"""


def test_a_heading_with_venue_comma_year_gives_title_and_year() -> None:
    records = read_listing(REVIEW, "review.md").records
    assert [(r.title, r.date) for r in records] == [
        ("Pretend and Invented Learning for Made-Up Image Recognition", "2031")
    ]


def test_years_after_titles() -> None:
    assert title_year("A Made-Up Title (CVPR, 2019)") == "2019"
    assert title_year("A Made-Up Title (EMNLP 2024)") == "2024"
    assert title_year("A Made-Up Title (see 2019)") is None
