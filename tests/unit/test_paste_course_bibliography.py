"""A course page's bibliography (made-up works): `- Given Surname. Title.` items for books and
essays, then linked posts on newsletter platforms and blogs. The items are works, their authors
the names before the full stop; a post on Substack or under a site's blog or wire folder is no
paper."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

BIBLIOGRAPHY = """## Bibliografía

- Ada Quill. An Invented Guide to the Economy of Pretending.
- Ben Marrow and Cleo Tansy. Modern Principles of Imaginary Trade.
- Dora van Lindt. Calculation in the Made-up Commonwealth.
- Emil R. Oddly. How to Think about Pretend Markets: A Primer.
- Emil R. Oddly. [The Genius of an Invented Axiom](https://institute.example.org/institute-wire/invented-axiom).
- Fay Sample. [The Petition of the Invented Candlemakers](https://example.org/library/petition).
- Gus Writer. [Sobre el salario inventado](https://gusw.substack.com/p/sobre-el-salario-inventado).
- Gus Writer. [La ley inventada puesta a prueba](https://example.com/blog-team/la-ley-inventada/).
"""


def test_name_full_stop_title_items_are_works_and_posts_are_not() -> None:
    records = read_listing(BIBLIOGRAPHY, "curso.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("An Invented Guide to the Economy of Pretending", ["Ada Quill"]),
        ("Modern Principles of Imaginary Trade", ["Ben Marrow", "Cleo Tansy"]),
        ("Calculation in the Made-up Commonwealth", ["Dora van Lindt"]),
        ("How to Think about Pretend Markets: A Primer", ["Emil R. Oddly"]),
        ("The Petition of the Invented Candlemakers", ["Fay Sample"]),
    ]


def test_two_such_items_alone_are_no_list_of_works() -> None:
    notes = """## Plan

- Week Three. Readings for the seminar are below.
- Ada Quill. Office hours move to Friday.
"""
    try:
        records = read_listing(notes, "plan.md").records
    except Exception:  # refused: nothing read as a paper
        records = []
    assert not any(r.title.startswith("Office hours") for r in records)


def test_an_inverted_first_name_is_kept_whole() -> None:
    inverted = """## Bibliography
- Quill, Ada. An Invented Guide to the Economy.
- Marrow, Ben, and Cleo Tansy. Modern Principles of Imaginary Trade.
- Oddly, Dan R. Calculation in the Made-up Commonwealth.
"""
    records = read_listing(inverted, "syllabus.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("An Invented Guide to the Economy", ["Quill, Ada"]),
        ("Modern Principles of Imaginary Trade", ["Marrow, Ben", "Cleo Tansy"]),
        ("Calculation in the Made-up Commonwealth", ["Oddly, Dan R."]),
    ]
