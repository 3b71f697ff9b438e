"""Notes made from an arXiv abstract page: the note's heading names the paper above the page's
link and dateline. Made-up notes in the shape of tests/data/listings-holdout9/'s 013 (see its
MANIFEST for the source)."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing


def test_a_heading_over_a_link_and_a_dateline_is_the_title_not_the_remark_under_them() -> None:
    text = (
        "# Sparse Widgets for Quiet Machines\n"
        "- https://arxiv.org/abs/1707.01234\n"
        "- [Submitted on 10 Jul 2017]\n"
        "- To appear in a widget workshop. Best paper award of the quiet machines challenge\n"
        "---\n"
        "## Summary\n"
        "- 위젯을 조용하게 만든다.\n"
    )
    records = read_listing(text, "note.md").records
    assert [(r.title, r.arxiv_id, r.date) for r in records] == [
        ("Sparse Widgets for Quiet Machines", "1707.01234", "2017-07-10")
    ]


def test_a_page_with_its_names_keeps_the_title_under_its_dateline() -> None:
    text = (
        "# My reading notes\n"
        "[Submitted on 10 Jul 2017]\n"
        "Sparse Widgets for Quiet Machines\n"
        "Jane Doe, Karl Roe\n"
        "Abstract: We make widgets quiet. It works well on every machine we tried.\n"
    )
    records = read_listing(text, "note.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("Sparse Widgets for Quiet Machines", ["Jane Doe", "Karl Roe"])
    ]


def test_labels_in_russian_give_the_authors_of_the_paper_the_front_matter_names() -> None:
    text = (
        "---\n"
        'title: "Sparse Widgets for Quiet Machines"\n'
        'paperUrl: "https://arxiv.org/abs/2602.01234"\n'
        "---\n"
        "Подробное саммари статьи:\n\n"
        "> **Авторы:** Jane Doe, Karl Roe.\n"
        ">\n"
        "> **Аффилиации:** Widget University.\n"
    )
    records = read_listing(text, "note.md").records
    assert [(r.title, r.authors, r.arxiv_id) for r in records] == [
        ("Sparse Widgets for Quiet Machines", ["Jane Doe", "Karl Roe"], "2602.01234")
    ]


def test_a_japanese_source_label_gives_the_year_not_the_day_the_note_was_read() -> None:
    text = (
        "# Sparse Widgets for Quiet Machines\n\n"
        "**読解日**: 2026-04-10 | **読解者**: Someone\n\n"
        "## 1. 書誌情報\n\n"
        "- **著者**: Jane Doe (Widget University), Karl Roe (Quiet Lab)\n"
        "- **タイトル**: Sparse Widgets for Quiet Machines\n"
        "- **出典**: *Widget Journal*, 490, 493-508 (1997)\n"
        "- **DOI / URL**: https://arxiv.org/abs/astro-ph/9611234\n"
    )
    records = read_listing(text, "note.md").records
    assert [(r.title, r.date or r.date_text) for r in records] == [
        ("Sparse Widgets for Quiet Machines", "1997")
    ]


def test_a_conference_name_label_gives_the_year() -> None:
    text = (
        "## 情報源\n\n"
        "- **論文タイトル**: Sparse Widgets for Quiet Machines\n"
        "- **著者**: Jane Doe, Karl Roe\n"
        "- **会議名**: WidgetConf 2025（Conference on Widgets）\n"
        "- **URL**: <https://aclanthology.org/2025.widget-main.1771/>\n"
    )
    records = read_listing(text, "note.md").records
    assert [(r.title, r.date or r.date_text) for r in records] == [
        ("Sparse Widgets for Quiet Machines", "2025")
    ]
