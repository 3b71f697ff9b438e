"""Shapes of headings, lists and newsletters that the fourth unseen corpus
(tests/data/listings-holdout4) showed the readers missing, each read by a general cue. All texts
are made up, in the shapes real pastes use (that folder holds the real ones)."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing


def records(text: str, name: str = "paste.md") -> list[tuple[str, list[str], str | None]]:
    return [(r.title, r.authors, r.date or r.date_text) for r in read_listing(text, name).records]


BULLETED_ITALIC_TITLES = """### systems

🟢 *Leases for Cheap Consistency in Caches* - R. Gray, D.K. Cheriton, and P. Bell

🟢 *Weighted Voting for Copies of Data* - by Dana Fifield et al.

🟢 *Epidemic Protocols for Replicas* - Mara Quist
"""


def test_an_italic_title_after_a_symbol_bullet_takes_the_names_after_its_dash() -> None:
    assert records(BULLETED_ITALIC_TITLES) == [
        ("Leases for Cheap Consistency in Caches", ["R. Gray", "D.K. Cheriton", "P. Bell"], None),
        ("Weighted Voting for Copies of Data", ["Dana Fifield"], None),
        ("Epidemic Protocols for Replicas", ["Mara Quist"], None),
    ]
