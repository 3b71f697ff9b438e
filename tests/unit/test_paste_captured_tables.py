"""Tables and captured pages read in session 29 (tests/data/listings-holdout12 and -holdout13
hold real ones): a pipe table written without outer pipes whose rows drop their empty last cell's
pipe, an Authors cell of initialled names joined by `et`. All texts are made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing


def read(text: str, name: str = "paste.md") -> list[tuple[str, list[str], str | None]]:
    return [(r.title, r.authors, r.date) for r in read_listing(text, name).records]


NO_OUTER_PIPES = """Auteurs | Année | Titre | Publication
---|---|---|---
Lemaire Odile | 2011 | Les marées de la baie et leurs rythmes |
Perrin, A. et B. Vautrin | 2003 | Sur la forme des dunes côtières | Revue de géographie
Morel T., Caron J.-P., Duval E. | 1998 | Une histoire des phares bretons | Presses du Ponant
Jourdan, C. et Roux M. | 2016 | Le sel et ses routes |
"""


def test_a_table_without_outer_pipes_keeps_the_rows_whose_last_cell_is_empty() -> None:
    assert [title for title, _, _ in read(NO_OUTER_PIPES, "notes.md")] == [
        "Les marées de la baie et leurs rythmes",
        "Sur la forme des dunes côtières",
        "Une histoire des phares bretons",
        "Le sel et ses routes",
    ]


def test_an_authors_cell_of_initialled_names_joined_by_et_gives_each_person_as_written() -> None:
    assert [(authors, date) for _, authors, date in read(NO_OUTER_PIPES, "notes.md")] == [
        (["Lemaire Odile"], "2011"),
        (["Perrin, A.", "B. Vautrin"], "2003"),
        (["Morel T.", "Caron J.-P.", "Duval E."], "1998"),
        (["Jourdan, C.", "Roux M."], "2016"),
    ]


LABELLED_CELLS = """### Papers we read

| **PAPER AND AUTHORS** | **YEAR** | **NOTES** |
|---|---|---|
| **TITLE:** Lanterns that Glow in Water<br>**JOURNAL:** Optics<br>**AUTHORS:** Quist et al. | 2021 | • warm |
| **Title:** Tides in a Teacup<br>**Authors:** Vale & Rieu<br>**Publisher:** Small Press | 2019 | • wet |
"""


def test_a_cell_of_bold_labelled_fields_gives_its_title_and_authors() -> None:
    assert read(LABELLED_CELLS) == [
        ("Lanterns that Glow in Water", ["Quist"], "2021"),
        ("Tides in a Teacup", ["Vale", "Rieu"], "2019"),
    ]


SCHEDULE = """| Day | Topic/reading |
|---|---|
| Jan 8 | Mara on tides in teacups |
| Jan 15 | (no meeting) |
| Jan 22 | Quist 1999 "Lanterns that glow under cold water" |
| Jan 29 | Vale & Rieu 2004 ["Counting birds with weak labels"](https://example.org/birds.pdf) |
| Feb 5 | Brandt 2011 "On the shape of coastal dunes" chapters 1 and 2 |
| Feb 12 | Brandt 2011 sections 3-5 |
| **Feb 19 4pm** | Odo Farr at dept seminar |
"""


def test_a_reading_schedule_quotes_the_papers_and_its_other_rows_are_no_papers() -> None:
    assert read(SCHEDULE) == [
        ("Lanterns that glow under cold water", ["Quist"], "1999"),
        ("Counting birds with weak labels", ["Vale", "Rieu"], "2004"),
        ("On the shape of coastal dunes", ["Brandt"], "2011"),
    ]


JOURNAL_CLUB = """Date      |Person   |Paper
----------|---------|-----
2022-03-03|Mara     |[Quist, Mara T., et al. "Lanterns that glow in water." Made-Up Optics 9.2 (2019): 1-9](https://example.org/lanterns)
2022-03-10|Odo      |.
2022-03-17|Ines     |[Counting birds with weak labels](https://example.org/birds) or [Tides in a teacup](https://example.org/tides)
"""


def test_a_journal_club_table_gives_mla_first_authors_and_each_of_two_linked_choices() -> None:
    records = read_listing(JOURNAL_CLUB, "README.md").records
    assert [(r.title, r.authors, r.authors_truncated, r.urls) for r in records] == [
        (
            "Lanterns that glow in water",
            ["Quist, Mara T."],
            True,
            ["https://example.org/lanterns"],
        ),
        ("Counting birds with weak labels", [], False, ["https://example.org/birds"]),
        ("Tides in a teacup", [], False, ["https://example.org/tides"]),
    ]


FIELD_TABLES = """## Optics

### Article 1

| Field | Value |
|-------|-------|
| **Title** | Lanterns that ==Glow== in Water |
| **Authors** | Mara Quist, Odo Brandt |
| **Journal Link** | http://journal.example.org/doi/10.5555/lanterns |
| **DOI** | 10.5555/lanterns |
| **Published Date** | 2021-03-03 |
| **arXiv Link** | http://arxiv.org/abs/2103.01234v2 |
| **Summary** | We study lanterns that glow in water. |

### Article 2

| Field | Value |
|-------|-------|
| **Title** | Tides in a Teacup |
| **Authors** | Ines Vale |
| **Journal Link** | http://journal.example.org/doi/10.5555/tides |
| **arXiv Link** | - |
"""


def test_tables_of_one_papers_fields_give_its_links_and_arxiv_id() -> None:
    records = read_listing(FIELD_TABLES, "digest.md").records
    assert [(r.title, r.authors, r.date, r.doi, r.arxiv_id, r.urls[:1]) for r in records] == [
        (
            "Lanterns that Glow in Water",
            ["Mara Quist", "Odo Brandt"],
            "2021-03-03",
            "10.5555/lanterns",
            "2103.01234v2",
            ["http://journal.example.org/doi/10.5555/lanterns"],
        ),
        (
            "Tides in a Teacup",
            ["Ines Vale"],
            None,
            "10.5555/tides",  # from its link
            None,
            ["http://journal.example.org/doi/10.5555/tides"],
        ),
    ]


PUBLICATION_FIRST = """| Publication | Titre | Auteurs | Année |
|---|---|---|---|
| Revue de géographie | Sur la forme des dunes côtières | Perrin, A. et B. Vautrin | 2003 |
| Presses du Ponant | Une histoire des phares bretons | Morel T., Caron J.-P. | 1998 |
"""


def test_a_publication_column_before_the_titre_column_is_the_venue() -> None:
    assert read(PUBLICATION_FIRST) == [
        ("Sur la forme des dunes côtières", ["Perrin, A.", "B. Vautrin"], "2003"),
        ("Une histoire des phares bretons", ["Morel T.", "Caron J.-P."], "1998"),
    ]


TITLE_OVER_NAMES = """| Paper | Code |
|---|---|
| **Sparse Lanterns for Streaming Inference**<br>Mara Quist, Odo Brandt<br>NeurIPS 2023 | [c](x.py) |
| [Counting Birds with Weak Labels](https://example.org/birds)<br>Ines Vale and Tomas Rieu | - |
"""


def test_a_cell_of_a_linked_or_bold_title_over_its_names_and_venue() -> None:
    assert read(TITLE_OVER_NAMES) == [
        ("Sparse Lanterns for Streaming Inference", ["Mara Quist", "Odo Brandt"], "2023"),
        ("Counting Birds with Weak Labels", ["Ines Vale", "Tomas Rieu"], None),
    ]


BROKEN_AUTHORS = """| Titre | Auteurs | Année |
|---|---|---|
| Sur la forme des dunes | Perrin, A.<br>Vautrin, B. | 2003 |
| Une histoire des phares | Morel, T.<br>Caron, J.-P.<br>Duval, E. | 1998 |
"""


def test_an_authors_cell_of_family_names_and_initials_one_a_line() -> None:
    assert read(BROKEN_AUTHORS) == [
        ("Sur la forme des dunes", ["Perrin, A.", "Vautrin, B."], "2003"),
        ("Une histoire des phares", ["Morel, T.", "Caron, J.-P.", "Duval, E."], "1998"),
    ]


FICHE = """### Article 1

| Champ | Valeur |
|---|---|
| **Titre** | Sur la forme des dunes côtières |
| **Auteurs** | Anne Perrin, Bruno Vautrin |
| **Année** | 2003 |
| **Lien** | https://revue.example.org/dunes |
"""


def test_a_table_of_one_papers_fields_named_in_french() -> None:
    records = read_listing(FICHE, "fiche.md").records
    assert [(r.title, r.authors, r.date, r.urls) for r in records] == [
        (
            "Sur la forme des dunes côtières",
            ["Anne Perrin", "Bruno Vautrin"],
            "2003",
            ["https://revue.example.org/dunes"],
        )
    ]


CSV_EXPORT = """Authors,Title,Year,Source title,DOI,Link
"Quist, M., Brandt, O.","Sparse lanterns for streaming inference, revisited",2019,Made-Up Optics,10.5555/a1,https://example.org/a1
Vale I.; Rieu T.,Counting birds with weak labels,2021,Bird Letters,10.5555/b2,
"""


def test_a_csv_export_gives_each_lines_paper_by_the_headers_columns() -> None:
    records = read_listing(CSV_EXPORT, "export.csv").records
    assert [(r.title, r.authors, r.date, r.doi) for r in records] == [
        (
            "Sparse lanterns for streaming inference, revisited",
            ["Quist, M.", "Brandt, O."],
            "2019",
            "10.5555/a1",
        ),
        ("Counting birds with weak labels", ["Vale I.", "Rieu T."], "2021", "10.5555/b2"),
    ]


def test_a_csv_export_parted_by_semicolons_with_french_headers() -> None:
    text = "Titre;Auteurs;Année\nSur la forme des dunes;Perrin, A. et B. Vautrin;2003\n"
    assert read(text, "notes.csv") == [
        ("Sur la forme des dunes", ["Perrin, A.", "B. Vautrin"], "2003")
    ]


def test_a_note_whose_first_sentence_holds_commas_is_no_csv_export() -> None:
    from papershelf.importers.paste import csv_tables
    from papershelf.importers.paste.doc import normalise

    text = (
        "Title, authors and year of the papers I liked\n"
        "Sparse lanterns for streaming inference, by Mara Quist (2019)\n"
    )
    doc = normalise(text, "notes.txt")
    assert csv_tables.read(list(doc.lines), doc) == []


def test_a_title_linked_beside_its_slides_stays_one_paper_with_both_links() -> None:
    text = (
        "| Title | Year |\n|---|---|\n"
        "| [Tides in a Teacup](https://example.org/tides) / [slides](https://example.org/s.pdf)"
        " | 2023 |\n"
    )
    assert [r.urls for r in read_listing(text, "x.md").records] == [
        ["https://example.org/tides", "https://example.org/s.pdf"]
    ]


def test_a_journal_clubs_meeting_link_is_no_paper() -> None:
    text = (
        "Our weekly journal club\n\n"
        " * When: every Monday 9:00 at the lab's Zoom room:\n"
        "   * URL: https://example.zoom.us/j/1234567890\n\n"
        "Date      |Person   |Paper\n"
        "----------|---------|-----\n"
        "2022-03-03|Mara     |[Counting birds with weak labels](https://example.org/birds)\n"
        "2022-03-10|Odo      |[Tides in a teacup](https://example.org/tides)\n"
    )
    assert [r.title for r in read_listing(text, "README.md").records] == [
        "Counting birds with weak labels",
        "Tides in a teacup",
    ]
