"""Summary sites' topic listings: a title over `<day> · arXiv <id>` and the site's summary
(paste/dated_id_lines.py), read from made-up papers in the shape holdout17 showed."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

PAGE = """made-up biology

312 papers

Pretend inference tested by invented genetics

Oct 23, 2025 · arXiv 2510.99901v1

This paper investigates whether made-up parameters can be inferred from invented data.

Key Contributions:

A framework for deciding when pretend inference is feasible.

Consistency of Imaginary Estimators in Invented Spaces

Oct 21, 2025 · arXiv 2510.99902v2

This paper proves that imaginary estimators are consistent.

Key Contributions:

Proving the consistency of the imaginary estimators.
"""


def test_each_title_over_its_day_and_identifier_is_a_paper() -> None:
    preview = read_listing(PAGE, "topic.txt")
    assert preview.layout == "dated-id-lines"
    assert [(r.title, r.date, r.arxiv_id) for r in preview.records] == [
        ("Pretend inference tested by invented genetics", "2025-10-23", "2510.99901v1"),
        ("Consistency of Imaginary Estimators in Invented Spaces", "2025-10-21", "2510.99902v2"),
    ]
