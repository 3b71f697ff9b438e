"""Literature notes whose headings cite a paper as `Surname (Year) "Title"`, and notes that give
the authors' family names in brackets after where the paper is: made-up notes in the shapes of
tests/data/listings-holdout9/'s 001 and 004 (see its MANIFEST for the sources)."""

from __future__ import annotations

from papershelf.importers.paste.cited_headings import cited_heading
from papershelf.importers.pipeline import read_listing


def test_a_heading_citing_a_quoted_title_needs_no_dash() -> None:
    cited = cited_heading('Doe & Roe (2014) "Sparse Widgets for Quiet Machines"')
    assert cited is not None
    assert (cited.title, cited.names, cited.year) == (
        '"Sparse Widgets for Quiet Machines"',
        ["Doe", "Roe"],
        "2014",
    )
    assert cited_heading("Doe (2014) notes") is None


def test_review_notes_under_cited_headings_are_papers_with_their_names() -> None:
    text = (
        "## Reviews\n\n"
        '### Doe (2014) "Sparse Widgets for Quiet Machines"\n\n'
        "- **Journal**: *Widget Letters*, 10(8), e100\n"
        "- **DOI**: 10.1371/journal.wid.100\n\n"
        '### Doe & Roe (2019) "Loud Machines and Their Keepers"\n\n'
        "- **Journal**: *Widget Reviews*, 28, 31-37\n"
        "- **PMID**: 31592179\n"
    )
    records = read_listing(text, "notes.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Sparse Widgets for Quiet Machines", ["Doe"], "2014"),
        ("Loud Machines and Their Keepers", ["Doe", "Roe"], "2019"),
    ]


def test_family_names_in_brackets_after_where_the_paper_is_are_its_authors() -> None:
    text = (
        "### 2.1 Sparse widgets for quiet machines: a review\n"
        "- **Source :** Widget Press — 2025\n"
        "- **URL :** Widget Press (Doe, Roe)\n"
        "- **Résumé :** Une revue des widgets.\n\n"
        "### 2.2 Loud machines and their keepers\n"
        "- **Source :** WidgetConf — 2021\n"
        "- **URL :** https://widgets.example (Poe, Moe, Kim)\n"
        "- **Résumé :** Les machines bruyantes.\n"
    )
    records = read_listing(text, "notes.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("Sparse widgets for quiet machines: a review", ["Doe", "Roe"]),
        ("Loud machines and their keepers", ["Poe", "Moe", "Kim"]),
    ]


def test_a_lowercase_remark_after_a_heading_title_is_no_part_of_it() -> None:
    text = (
        "### 2.1 Sparse widgets in quiet machines (systematic review)\n"
        "- **Source :** Widget Press — 2024\n"
        "- **URL :** https://www.widgets.example/doi/full/10.1080/21693277.2024.0001\n\n"
        "### 2.2 Loud Machines (Extended Version)\n"
        "- **Source :** WidgetConf — 2021\n"
        "- **URL :** https://www.widgets.example/doi/full/10.1080/21693277.2021.0002\n"
    )
    titles = [r.title for r in read_listing(text, "notes.md").records]
    assert titles == ["Sparse widgets in quiet machines", "Loud Machines (Extended Version)"]
