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


MATERIALS = """## 講義関連情報

|項目|内容|備考|
|--|--|--|
|シラバス|[講義内容詳細：架空演習][syllabus]| |
|教科書|[山川太郎『架空法入門――人と法をつなぐ［第2版］』（架空堂、2020）][textbook]|　|
|参考資料その2|川野花子「架空の大学院生フォーラム 文献の読み方」架空セミナー60巻5号（2015）|[全文][pdf] |

[syllabus]: https://example.org/syllabus
[textbook]: https://example.org/book/b000001.html
[pdf]: http://example.org/papers/read2015.pdf
"""


def test_a_course_tables_textbook_and_reference_rows_in_japanese_law_style() -> None:
    preview = read_listing(MATERIALS, "course.md")
    assert [(r.title, r.authors, r.date, r.urls) for r in preview.records] == [
        (
            "架空法入門――人と法をつなぐ［第2版］",
            ["山川太郎"],
            "2020",
            ["https://example.org/book/b000001.html"],
        ),
        (
            "架空の大学院生フォーラム 文献の読み方",
            ["川野花子"],
            "2015",
            ["http://example.org/papers/read2015.pdf"],
        ),
    ]
