"""A paper a listing gives no date gets the month its arXiv id says it was first submitted in
(trial 6: `2508.15805` showed no date). The ids are arXiv's own examples of its two schemes
(arxiv.org/help/arxiv_identifier); the paste is made up."""

from __future__ import annotations

import pytest

from papershelf.core.dates import arxiv_month
from papershelf.core.records import PaperRecord
from papershelf.importers.pipeline import dated_by_arxiv_id, read_listing


@pytest.mark.parametrize(
    ("arxiv_id", "month"),
    [
        ("0706.0001", "2007-06"),
        ("1501.00001v2", "2015-01"),
        ("2508.15805", "2025-08"),
        ("arXiv:2401.01234", "2024-01"),
        ("math.GT/0309136", "2003-09"),
        ("hep-th/9901001v3", "1999-01"),
        ("hep-th/9108001", "1991-08"),
    ],
)
def test_an_id_gives_the_month_of_its_first_submission(arxiv_id: str, month: str) -> None:
    assert arxiv_month(arxiv_id) == month


@pytest.mark.parametrize(
    "arxiv_id", [None, "", "2513.00001", "0612.0001", "hep-th/9107001", "10.1000/xyz", "2501"]
)
def test_anything_else_gives_none(arxiv_id: str | None) -> None:
    assert arxiv_month(arxiv_id) is None


PASTE = """\
## Reading list

1. Sparse Mixtures of Linear Experts for Long Documents — arXiv:2508.15805
2. Calibrated Ranking Without Labels, 2019 — arXiv:2508.00001
"""


def test_a_listing_s_own_date_wins_and_a_missing_one_comes_from_the_id() -> None:
    records = {r.title: r for r in read_listing(PASTE, "list.md").records}
    assert len(records) == 2, records
    dates = {title[:9]: (r.date, r.date_partial) for title, r in records.items()}
    assert dates["Sparse Mi"] == ("2025-08", None)
    assert dates["Calibrate"][0] == "2019"


def test_a_date_printed_without_a_year_or_unreadable_is_not_replaced() -> None:
    yearless = PaperRecord(line=1, arxiv_id="2401.01234", date_partial="--03-04")
    unreadable = PaperRecord(line=2, arxiv_id="2401.01234", date_text="3 days ago")
    dated_by_arxiv_id([yearless, unreadable])
    assert yearless.date is None and unreadable.date is None
