"""Trial 16: "General relativistic celestial mechanics of binary systems. I. The post-Newtonian
motion" and "... II. The post-Newtonian timing formula" (Damour & Deruelle, 1985 and 1986, from
tests/data/listings-holdout34/018) were a possible duplicate, "titles 92% alike": a series'
number written as a sentence of its own tells two papers apart, as "Part I" / "Part II" did."""

from __future__ import annotations

import pytest

from papershelf.core.duplicates import judge, paper_keys

SERIES = "General relativistic celestial mechanics of binary systems"


def keys(paper_id: int, title: str, date: str | None = "1985"):  # type: ignore[no-untyped-def]
    return paper_keys(
        paper_id, title=title, authors=["Damour", "Deruelle"], arxiv_id=None, doi=None, date=date
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (f"{SERIES}. I. The post-Newtonian motion", f"{SERIES}. II. The post-Newtonian timing"),
        (f"{SERIES}. II. The post-Newtonian motion", f"{SERIES}. III. The post-Newtonian motion"),
        (f"{SERIES}: I. the motion", f"{SERIES}: II. the motion"),
    ],
)
def test_two_numbers_of_a_series_are_two_papers(first: str, second: str) -> None:
    assert judge(keys(1, first), keys(2, second, "1986")) is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one record without the number is still the same paper, as with "(Part I)"
        (f"{SERIES}. I. The post-Newtonian motion", f"{SERIES}: the post-Newtonian motion"),
        # the pronoun is no number
        ("Why should I trust you? Explaining any classifier", "Why should I trust you?"),
        (f"{SERIES}. II. The post-Newtonian motion", f"{SERIES}. II. The post-Newtonian motion."),
    ],
)
def test_a_title_with_one_number_or_none_still_pairs(first: str, second: str) -> None:
    assert judge(keys(1, first), keys(2, second)) is not None
