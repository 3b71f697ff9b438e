"""A conference's awards page copied as text: a title over its authors one a line, each with an
affiliation (holdout26 024: none of its two papers read); ADS's `by: Naito, Aiko et al.`
(holdout25 021). The rule tests use made-up names, places and titles."""

from __future__ import annotations

from scripts.fidelity import HOLDOUT26, expected_papers, title_key

from papershelf.importers.paste.names import split_names
from papershelf.importers.pipeline import read_listing
from tests.pastes import read_or_refused

ABSTRACT = (
    "This paper describes pretend technologies that can be formed into tiny imaginary displays,"
    " enabling a made-up device to provide a range of invented responses to the people who hold it."
)
PAGE = f"""Pretend Best Papers, awarded by Nobody

An Invented Role for Pretend Haptics in Made-up Interaction
Ada Quill, University of Nowhere, Canada
Ben Fenn, Pretend Institute of Technology, USA
{ABSTRACT}
Embedded Phenomena: Supporting Pretend Learning with Invented Simulations
Cy Lutz, University of Elsewhere at Somewhere, USA
"""


def test_a_title_over_names_each_with_an_affiliation() -> None:
    records = read_listing(PAGE, "awards.txt").records
    assert [(r.title, r.authors) for r in records] == [
        ("An Invented Role for Pretend Haptics in Made-up Interaction", ["Ada Quill", "Ben Fenn"]),
        ("Embedded Phenomena: Supporting Pretend Learning with Invented Simulations", ["Cy Lutz"]),
    ]
    assert records[0].abstract.startswith("This paper describes")


def test_a_welcome_by_a_professor_or_a_line_of_names_is_no_such_paper() -> None:
    welcome = PAGE.replace("Ada Quill, University", "Professor Ada Quill, University").replace(
        "Cy Lutz, University", "Chair Cy Lutz, University"
    )
    titles = [r.title for r in read_or_refused(welcome, "awards.txt")]
    assert "Embedded Phenomena: Supporting Pretend Learning with Invented Simulations" not in titles


def test_by_before_ads_names_is_no_name() -> None:
    assert split_names("by: Quill, Ada et al.") == (["Quill, Ada"], True)
    assert split_names("Byron Quill, Ada Fenn") == (["Byron Quill", "Ada Fenn"], False)


def test_the_real_awards_page() -> None:
    path = next(HOLDOUT26.glob("024_*.txt"))
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    assert {title_key(p["title"]) for p in expected_papers(path)} <= {
        title_key(r.title) for r in records
    }
