"""A date the reader types is refused with what is wrong with it (trial 10: '2024-13-45' was
"not a date with a year", though it has one: its month is impossible)."""

from __future__ import annotations

import pytest

from papershelf.core.dates import parse_date, typed_date
from papershelf.core.errors import InvalidValue


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("2024-13-45", "'2024-13-45' is no date: there is no month 13"),
        ("2024-00", "'2024-00' is no date: there is no month 0"),
        ("2024/13/01", "'2024/13/01' is no date: there is no month 13"),
        ("2023-02-29", "'2023-02-29' is no date: February 2023 has no day 29"),
        ("2024-04-31", "'2024-04-31' is no date: April 2024 has no day 31"),
        ("March 32, 2024", "'March 32, 2024' is no date: March 2024 has no day 32"),
        ("31 June 2024", "'31 June 2024' is no date: June 2024 has no day 31"),
        ("March 14", "'March 14' has no year"),
        ("sometime in 2022?", "'sometime in 2022?' is not a date"),
    ],
)
def test_a_refused_date_says_what_is_wrong(typed: str, why: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        typed_date(typed)
    assert str(refused.value) == (
        f"date: {why}; type it as 2022, 2022-03, 2022-03-14 or March 14, 2022"
    )


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("2024", "2024"),
        ("2024-02", "2024-02"),
        ("2024-02-29", "2024-02-29"),
        ("Mar 4, 2022", "2022-03-04"),
    ],
)
def test_a_possible_date_is_kept(typed: str, iso: str) -> None:
    assert typed_date(typed) == iso


def test_dates_in_french_spanish_portuguese_italian_and_german() -> None:
    """References and pages in these languages write their months so (`8 maio 2023`, `dez. 2018`);
    an abbreviation that is a word of its own (`out`, `set`) counts only with its full stop."""
    assert parse_date("8 maio 2023").iso == "2023-05-08"
    assert parse_date("18 janvier 2024").iso == "2024-01-18"
    assert parse_date("12 de marzo de 2020").iso == "2020-03-12"
    assert parse_date("3. März 2021").iso == "2021-03-03"
    assert parse_date("1er mars 2019").iso == "2019-03-01"
    assert parse_date("dez. 2018").iso == "2018-12"
    assert parse_date("out 2020").iso is None
    assert parse_date("31 febbraio 2020").problem == "date"
    assert typed_date("14 mars 2022") == "2022-03-14"
