"""reStructuredText citations, as Sphinx bibliographies write them, are one entry each (session 38).

holdout33 019 (a finite-element tutorial's bibliography) gives each book as `.. [Key] Names.` over
the indented lines of its body (`*Title*.`, `Publisher, year.`); in reST the indented lines belong
to the citation and `*…*` is emphasis. The rule tests use made-up text.
"""

from __future__ import annotations

from scripts.fidelity import HOLDOUT33, expected_papers, title_key

from papershelf.importers.paste.lines import plain_lines
from papershelf.importers.pipeline import read_listing

BIBLIOGRAPHY = """\
Bibliography
============

.. [Quill1994] A. B. Quill.
   *A First Course in Invented Harbours*.
   Pretend Press, 2nd edition, 1994.

.. [NadirTern2008] Ben Nadir and C. Tern.
   *The mathematical theory of moorings*, volume 15 of
   *Texts in Pretend Mathematics*.
   Springer, New York, third edition, 2008.

.. [Tern2002] C. Tern.
   *Tides of the outer harbour*.
   Harbour University Press, 2002.
"""


def test_a_citation_and_its_indented_body_are_one_item_with_its_italics() -> None:
    lines = plain_lines(BIBLIOGRAPHY)
    items = [line for line in lines if line.kind == "item"]
    assert [line.text for line in items] == [
        "A. B. Quill. A First Course in Invented Harbours. Pretend Press, 2nd edition, 1994.",
        "Ben Nadir and C. Tern. The mathematical theory of moorings, volume 15 of Texts in"
        " Pretend Mathematics. Springer, New York, third edition, 2008.",
        "C. Tern. Tides of the outer harbour. Harbour University Press, 2002.",
    ]
    assert items[1].italic == [
        "The mathematical theory of moorings",
        "Texts in Pretend Mathematics",
    ]
    assert [line.number for line in items] == [4, 8, 13]


def test_indented_lines_without_a_citation_stay_lines_of_their_own() -> None:
    text = "Harbour notes\n   indented remark\n.. note:: a directive\n   its body\n"
    assert [line.text for line in plain_lines(text)] == [
        "Harbour notes",
        "indented remark",
        ".. note:: a directive",
        "its body",
    ]


def test_the_citations_are_read_as_works() -> None:
    records = read_listing(BIBLIOGRAPHY, "bibliography.rst").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("A First Course in Invented Harbours", ["A. B. Quill"], "1994"),
        ("The mathematical theory of moorings", ["Ben Nadir", "C. Tern"], "2008"),
        ("Tides of the outer harbour", ["C. Tern"], "2002"),
    ]


def test_the_real_finite_element_bibliography_is_read() -> None:
    path = next(HOLDOUT33.glob("019_*.md"))
    found = {title_key(r.title) for r in read_listing(path.read_text("utf-8"), path.name).records}
    expected = [title_key(p["title"]) for p in expected_papers(path)]
    assert sum(key in found for key in expected) >= 19
