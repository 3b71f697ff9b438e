"""Bibliographies kept as one table of fields a work, the whole reference in a labelled row
(paste/cited_rows.py), read from made-up tables in the shape holdout17 showed."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

TABLES = """# Bibliografía

### REF-001 — Quill
| Campo | Valor |
|-------|-------|
| **Cita completa** | Quill, A. B., & Marrow, C. (2013). *Circuitos inventados*. 5ta ed. Ficticia. |
| **ISBN** | 978-0-00-000000-1 |
| **Idioma** | Español |

| Capítulo | Tema |
|----------|------|
| Cap. 1 | Conceptos |
| Cap. 2 | Leyes |

### REF-002 — Brask
| Field | Value |
|-------|-------|
| **Full citation** | Brask, D. (2011). *Made-up Network Analysis*. 12th ed. Pretend House. |
| **Language** | English |
"""


def test_the_citation_row_of_each_table_gives_its_work() -> None:
    preview = read_listing(TABLES, "bib.md")
    assert preview.layout == "cited-rows"
    assert [(r.title, r.authors, r.date) for r in preview.records] == [
        ("Circuitos inventados", ["Quill, A. B.", "Marrow, C."], "2013"),
        ("Made-up Network Analysis", ["Brask, D."], "2011"),
    ]


def test_a_row_of_prose_under_a_citation_label_is_no_paper() -> None:
    text = (
        "| Field | Value |\n|---|---|\n"
        "| **Citation** | Please cite the made-up package when you use it in your work. |\n"
        "| **Licence** | MIT |\n"
    )
    assert "cited-rows" not in read_listing(text, "x.md").layout
