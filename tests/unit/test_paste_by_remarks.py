"""`[Title](…) by Author: a remark` names its author before the remark (session 38).

holdout34 011 (a cosmology student's post on textbooks) writes `- [Title](store link) by Author:
opinion`, the author a full name or a family name alone. The rule tests use made-up text.
"""

from __future__ import annotations

import pytest
from scripts.fidelity import HOLDOUT34, expected_papers, title_key

from papershelf.importers.paste.cite import read_citation
from papershelf.importers.pipeline import read_listing


@pytest.mark.parametrize(
    ("text", "label", "authors"),
    [
        (
            "Tides of the Harbour by Ada Quill: A good first book, with basic topics.",
            "Tides of the Harbour",
            "Ada Quill",
        ),
        (
            "Harbour Walls and Moorings by Ben Nadir, Cy Tern and Dora Vale: the bible of walls.",
            "Harbour Walls and Moorings",
            "Ben Nadir, Cy Tern and Dora Vale",
        ),
        ("Physical Harbours by Quill: hard to read, but worth it.", "Physical Harbours", "Quill"),
        # no `by`: a word after a dash is no author alone
        ("Physical Harbours - Tides: hard to read, but worth it.", "Physical Harbours", ""),
    ],
)
def test_the_names_after_by_end_at_the_remarks_colon(text: str, label: str, authors: str) -> None:
    cited = read_citation(text, [], [(label, "https://example.org/book")])
    assert cited is not None
    assert (cited.title, cited.authors) == (label, authors)


def test_the_real_textbook_post_names_its_authors() -> None:
    path = next(HOLDOUT34.glob("011_*.md"))
    records = read_listing(path.read_text("utf-8"), path.name).records
    by_title = {title_key(r.title): r.authors for r in records}
    expected = {title_key(p["title"]): p["authors"] for p in expected_papers(path)}
    assert (
        by_title[title_key("Observational Cosmology")]
        == expected[title_key("Observational Cosmology")]
    )
    assert by_title[title_key("Cosmological Physics")] == ["Peacock"]
