"""A listing's date without a year reads back as the listing printed it, month and day, with
no year made up (the table shows it as "Mar 4 (year?)"). The printed forms are those of the
bundled Hugging Face daily and author-profile seeds (seeds/004_…, seeds/000_…); Feb 29 is
made up (a leap day is a real date when the year is unknown)."""

from __future__ import annotations

import pytest

from papershelf.core.dates import parse_date, partial_label


@pytest.mark.parametrize(
    ("printed", "label"),
    [("Mar 4", "Mar 4"), ("Nov 24 2", "Nov 24"), ("Sep 25", "Sep 25"), ("Feb 29", "Feb 29")],
)
def test_yearless_dates_read_back_as_printed(printed: str, label: str) -> None:
    parsed = parse_date(printed)
    assert parsed.iso is None and parsed.partial is not None
    assert partial_label(parsed.partial) == label


@pytest.mark.parametrize("partial", ["", "--13-01", "2024-03-04", "--3-4"])
def test_anything_else_has_no_label(partial: str) -> None:
    assert partial_label(partial) == ""
