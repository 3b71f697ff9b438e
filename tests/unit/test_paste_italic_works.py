"""A book club's reading list (made-up works, in the shape of tests/data/listings-holdout29 011):
`*Title*, Author` items under topic headings, struck through once read, titles of one word and
authors of one name among them. A run of such items is a list of works; italics elsewhere (a
journal's name) or a year after the comma are not this shape."""

from __future__ import annotations

from papershelf.importers.paste import italic_works
from papershelf.importers.paste.doc import normalise
from papershelf.importers.pipeline import read_listing

CLUB = """## Reading List

### The Pretenders
- ~~*Inventio*, Quillato~~
- *Republica Ficta*, Quillato
- The *Enneades Imaginariae*, Nadirus
- *Orthodoxy Invented*, G.K. Tansy

### Made-up Science
- *The Logic of Pretend Discovery*, Karl Oddly
- *Against Invented Method*, Eve Umber and Fay Wren
"""


def test_each_item_is_a_work_by_its_italic_title_and_its_author() -> None:
    records = read_listing(CLUB, "club.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("Inventio", ["Quillato"]),
        ("Republica Ficta", ["Quillato"]),
        ("The Enneades Imaginariae", ["Nadirus"]),
        ("Orthodoxy Invented", ["G.K. Tansy"]),
        ("The Logic of Pretend Discovery", ["Karl Oddly"]),
        ("Against Invented Method", ["Eve Umber", "Fay Wren"]),
    ]


def test_italics_on_a_journal_or_a_year_after_the_comma_are_another_shape() -> None:
    journals = "- A pretend study of widgets, *Nature*\n" * 3
    years = "- *Pretend Widgets*, 2019\n- *Invented Lattices*, 2020\n- *Made-up Toys*, 2021\n"
    for text in (journals, years):
        doc = normalise(text, "list.md")
        assert italic_works.read(list(doc.lines), doc) == []


def test_two_such_items_are_no_list() -> None:
    doc = normalise("- *Inventio*, Quillato\n- *Republica*, Quillato\n", "list.md")
    assert italic_works.read(list(doc.lines), doc) == []


ABNT = """Aqui estão as referências utilizadas:

1. **CORRÊA, Ada Quill Martins**. *Desenvolvimento de um sistema inventado de recomendação*. 2019. Dissertação (Mestrado)

2. **QUILL MARTINS CORRÊA, A. .; DE NADIR, B.** . *As inteligências inventadas e as ferramentas de faz de conta*. RENOTE, v. 20, n. 1, p. 379, 2022.

3. **SHERER, Felipe Inventado. CARLOMAGNO, Maximiliano Fictício**. *Gestão da inovação imaginária na prática*. 1. ed. São Paulo: Atlas, 2009.
"""  # noqa: E501


def test_abnt_entries_bold_capital_family_names_then_the_title_in_italics() -> None:
    records = read_listing(ABNT, "referencias.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        (
            "Desenvolvimento de um sistema inventado de recomendação",
            ["CORRÊA, Ada Quill Martins"],
            "2019",
        ),
        (
            "As inteligências inventadas e as ferramentas de faz de conta",
            ["QUILL MARTINS CORRÊA, A.", "DE NADIR, B."],
            "2022",
        ),
        (
            "Gestão da inovação imaginária na prática",
            ["SHERER, Felipe Inventado", "CARLOMAGNO, Maximiliano Fictício"],
            "2009",
        ),
    ]


RECOMMENDED = """##Recommended Reading

###Pretend economics

1. The single best pop book is undoubtedly Quill's *The Armchair Pretender.* I would suggest it first.
2. A great second book is Nadir's *Thinking Inventively.* It will teach you how to think.
3. A lovely book that bridges the gap is Ada Tansy's *Micromotives and Made-up Behaviour.*
4. *The Worldly Pretenders* is great on the history of thought.
"""


def test_a_recommendation_names_each_book_by_its_author_s_possessive_and_italic_title() -> None:
    records = read_listing(RECOMMENDED, "wiki.md").records
    assert [(r.title, r.authors) for r in records][:3] == [
        ("The Armchair Pretender", ["Quill"]),
        ("Thinking Inventively", ["Nadir"]),
        ("Micromotives and Made-up Behaviour", ["Ada Tansy"]),
    ]
