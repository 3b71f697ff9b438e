"""An e-mail digest of new papers copied from the mail (tests/data/listings-holdout14 holds a real
one): each paper's title, its arXiv classes one to a line, its names and its abstract. All texts
are made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

DIGEST = """Number Theory [math.NT]

On Made-Up Densities of Imaginary Polynomials in a Fixed Field
math.NT
math.CO


Ada Quist

In this article we count the imaginary polynomials of degree $n$ that have a root in a fixed \
made-up field, and show that their density vanishes at a rate nobody has written down before.

A made-up generalization of the Quist-Okafor conjecture
math.NT


Ada Quist, Ben Okafor
"""


def test_each_title_over_its_classes_is_a_paper_with_its_names() -> None:
    records = read_listing(DIGEST, "digest.txt").records
    assert [r.title for r in records] == [
        "On Made-Up Densities of Imaginary Polynomials in a Fixed Field",
        "A made-up generalization of the Quist-Okafor conjecture",
    ]
    first, second = records
    assert first.authors == ["Ada Quist"]
    assert first.categories == ["math.NT", "math.CO"]
    assert first.abstract.startswith("In this article we count")
    assert second.authors == ["Ada Quist", "Ben Okafor"]
    assert second.abstract == ""


def test_a_menu_over_classes_is_no_paper() -> None:
    page = "Change to browse by:\ncs\ncs.CL\nReferences & Citations\n"
    assert read_listing(DIGEST + "\n" + page, "digest.txt").records[-1].title != (
        "Change to browse by:"
    )
