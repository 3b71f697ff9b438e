"""A journal club's README whose `Title:` bullets hold the paper's title and its reference
(paste/club_titles.py), read from made-up meetings in the shape holdout17 showed."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

README = """# Made-up Lab Journal Club

## 2020-02-13, 3:00pm
* Speaker: Ada Quill
* Title: Cell-Surface Profiling in the Pretend Brain Uncovers Invented Regulators
  Quill et al., 2020, Cell 180, 373–386

## 2020-02-20, 3:00pm
* Speaker: Ben
* Title: Made-up Kinase Inhibits Local Synthesis of Imaginary Proteins.
  Marrow Y, Brask Z, Lomm Y, et al. Molecular Cell. 2019, 73(6): 1127-1137.

## 2020-02-27, 3:00pm
* Speaker: Cy
* Title: Orrin, B.P., Vance, O.V., 2018. Invented maps of imaginary cells from pretend people. Sci Adv 4, e1.

## 2020-03-05, 3:00pm
* Speaker: Dee
* Title: Pretend analysis of invented loci links made-up genes. Genome Biol. 2016 Nov 30;17(1):247.
"""


def test_each_title_bullet_gives_the_paper_its_reference_names_and_year() -> None:
    preview = read_listing(README, "README.md")
    assert preview.layout == "club-titles"
    assert [(r.title, r.authors, r.date) for r in preview.records] == [
        (
            "Cell-Surface Profiling in the Pretend Brain Uncovers Invented Regulators",
            ["Quill"],
            "2020",
        ),
        (
            "Made-up Kinase Inhibits Local Synthesis of Imaginary Proteins",
            ["Marrow Y", "Brask Z", "Lomm Y"],
            "2019",
        ),
        (
            "Invented maps of imaginary cells from pretend people",
            ["Orrin, B.P.", "Vance, O.V."],
            "2018",
        ),
        (
            "Pretend analysis of invented loci links made-up genes",
            [],
            "2016-11-30",
        ),
    ]
