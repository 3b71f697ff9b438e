"""Link notes that name a paper and its author after a dash, among talks and blog posts: made-up
items in the shape of tests/data/listings-holdout9/'s 007 (see its MANIFEST for the source)."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing


def test_a_person_after_a_dash_in_a_link_label_is_the_author() -> None:
    text = (
        "### Systems\n\n"
        "- [Sparse widgets: a scalable lookup for quiet machines - Jane Doe]"
        "(https://dl.acm.org/doi/abs/10.1145/964723.000001)\n"
        "- [Loud machines: a simple teaching system - Karl Roe]"
        "(https://lab.example.edu/widgets/book-rev1.pdf)\n"
    )
    records = read_listing(text, "notes.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("Sparse widgets: a scalable lookup for quiet machines", ["Jane Doe"]),
        ("Loud machines: a simple teaching system", ["Karl Roe"]),
    ]


def test_a_site_after_the_dash_is_no_author() -> None:
    text = (
        "- [Sparse Widgets for Quiet Machines - Widget Hub]"
        "(https://widgethub.example/papers/2401.01234)\n"
    )
    records = read_listing(text, "notes.md").records
    assert [r.authors for r in records] == [[]]


def test_a_talk_in_a_conference_schedule_is_no_paper() -> None:
    text = (
        "- [Sparse widgets: a scalable lookup for quiet machines - Jane Doe]"
        "(https://dl.acm.org/doi/abs/10.1145/964723.000001)\n"
        "- [Large-scale widget restructurings with quiet tools - Karl Roe]"
        "(https://archive.widgetconf.example/2024/schedule/event/widgetconf-2024-2554-restructurings/)\n"
    )
    titles = [r.title for r in read_listing(text, "notes.md").records]
    assert titles == ["Sparse widgets: a scalable lookup for quiet machines"]


def test_a_paper_s_poster_page_on_a_conference_site_stays_a_paper() -> None:
    text = (
        "- [Sparse widgets: a scalable lookup for quiet machines - Jane Doe]"
        "(https://widgetconf.example/virtual/2023/event/71234)\n"
    )
    titles = [r.title for r in read_listing(text, "notes.md").records]
    assert titles == ["Sparse widgets: a scalable lookup for quiet machines"]
