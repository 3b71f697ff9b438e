"""A README of reading notes (made up): its own title and byline as headings, prose, then month
headings over a checklist of `[x] Surname et al (Year) - Title` items, a long title going on
under its item. The items are the papers, each with its names and year."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

README = """# Invented Reading Notes
# Author: Ada Quill

This repository holds my made-up notes on the papers I read during an imaginary PhD.

## Pretend Neuroscience

**2018-11**

* [x] Marrow et al (2018) - Layer-dependent pretend activity in invented cortex
* [ ] Tansy and Oddly (1969) - Made-up perception in imaginary cortex


**2018-10**

* [x] Sample et al (2010) - Invented neuroscience 2.0:
building a cumulative science of pretend function
"""


def test_checklist_citations_under_a_readmes_byline_are_papers() -> None:
    records = read_listing(README, "README.md").records
    papers = [(r.title, r.authors, r.date) for r in records if r.date]
    assert papers == [
        ("Layer-dependent pretend activity in invented cortex", ["Marrow"], "2018"),
        ("Made-up perception in imaginary cortex", ["Tansy", "Oddly"], "1969"),
        ("Invented neuroscience 2.0: building a cumulative science of pretend function",
         ["Sample"], "2010"),
    ]  # fmt: skip


def test_a_checklists_items_in_another_citation_style_are_papers_too() -> None:
    readme = README.split("## Pretend")[0] + (
        "## Pretend Neuroscience\n\n"
        '* [x] Marrow, B. "Layer-dependent pretend activity in invented cortex." 2018\n'
        '* [ ] Tansy, C. and Oddly, E. "Made-up perception in imaginary cortex." 1969\n'
        "* [ ] Write the invented chapter\n"
    )
    records = read_listing(readme, "README.md").records
    assert [(r.title, r.date) for r in records if r.date] == [
        ("Layer-dependent pretend activity in invented cortex", "2018"),
        ("Made-up perception in imaginary cortex", "1969"),
    ]
    assert not any("chapter" in r.title for r in records)


def test_the_readmes_own_title_and_byline_are_no_paper() -> None:
    titles = [r.title for r in read_listing(README, "README.md").records]
    assert "Invented Reading Notes" not in titles
    assert len(titles) == 3
