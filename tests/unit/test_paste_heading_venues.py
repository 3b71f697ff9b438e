"""A publication page's `### Title` over `*Journal* - 2023` and its names (session 38).

holdout33 015 (a chemical engineer's publications page, read by the learned line model) sets each
paper's title as a heading and its venue in italics under it; the model took some venues for
titles. The rule tests use made-up text.
"""

from __future__ import annotations

from scripts.fidelity import HOLDOUT33, expected_papers, title_key

from papershelf.importers.paste.doc import normalise
from papershelf.importers.paste.learned import AUTHORS, META, OTHER, TITLE, _heading_over_its_venue
from papershelf.importers.pipeline import read_listing

PAGE = """\
### Tides of the invented harbour

*Journal of Pretend Harbours* - 2023

Ada Quill, Ben Nadir
"""


def test_the_italic_venue_under_a_heading_is_no_title() -> None:
    lines = normalise(PAGE, "publications.md").lines
    assert [line.text for line in lines][:2] == [
        "Tides of the invented harbour",
        "Journal of Pretend Harbours - 2023",
    ]
    for heading_role in (TITLE, OTHER):
        fixed = _heading_over_its_venue(lines, [(heading_role, 0.9), (TITLE, 0.7), (AUTHORS, 0.9)])
        assert [role for role, _ in fixed] == [TITLE, META, AUTHORS]


def test_an_italic_title_under_a_section_heading_keeps_its_role() -> None:
    page = "### Papers\n\n*Tides of the invented harbour and its moorings*\n\nAda Quill\n"
    lines = normalise(page, "notes.md").lines
    fixed = _heading_over_its_venue(lines, [(OTHER, 0.9), (TITLE, 0.7), (AUTHORS, 0.9)])
    assert [role for role, _ in fixed] == [OTHER, TITLE, AUTHORS]  # no year after it: a title
    venue = "### Tides of the invented harbour\n\n*Journal of Pretend Harbours*\n\nAda Quill\n"
    lines = normalise(venue, "publications.md").lines
    fixed = _heading_over_its_venue(lines, [(TITLE, 0.9), (TITLE, 0.7), (AUTHORS, 0.9)])
    assert [role for role, _ in fixed] == [TITLE, META, AUTHORS]  # under a title: its venue


def test_the_real_publications_page_gives_its_headings_as_titles() -> None:
    path = next(HOLDOUT33.glob("015_*.md"))
    records = read_listing(path.read_text("utf-8"), path.name).records
    titles = {title_key(r.title) for r in records}
    assert title_key("Encyclopedia of Optimization") not in titles
    assert len(titles & {title_key(p["title"]) for p in expected_papers(path)}) >= 19
