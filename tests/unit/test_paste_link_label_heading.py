"""A blog's summary of one paper (made-up paper): an APA citation with the title in bold, then
`## 논문 링크` (the paper's link) over the link. The link under that heading is the paper's."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

SUMMARY = """Example, A., & Person, C. (2031, May). **Curiosity-driven pretending by made-up prediction.**

## 논문 링크

- [https://arxiv.org/pdf/3105.05363.pdf](https://arxiv.org/pdf/3105.05363.pdf)

## 소개 자료

- [https://example.github.io/pretend/](https://example.github.io/pretend/)
"""


def test_the_link_under_a_link_label_heading_is_the_papers() -> None:
    (record,) = read_listing(SUMMARY, "summary.md").records
    assert (record.title, record.arxiv_id) == (
        "Curiosity-driven pretending by made-up prediction",
        "3105.05363",
    )
    assert "https://example.github.io/pretend/" not in record.urls
