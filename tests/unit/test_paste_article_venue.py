"""One article's page (made-up, in the shapes of tests/data/listings-holdout25 023 and -holdout28
002): the title right over its journal's line (volume, pages, year), a rubric or the title in
other languages above it, and a BibTeX entry cut off at the page's end. A list with several such
journal lines is a list of references, not this page."""

from __future__ import annotations

import pytest

from papershelf.core.errors import ImportFailed
from papershelf.importers.paste import article_venue
from papershelf.importers.paste.doc import normalise
from papershelf.importers.pipeline import read_listing

PAGE = """Plan
Comptes Rendus

Article original - Sismologie (source et structures)
Digitization of Pretend Bulletins and the Quest to Verify Made-up Earthquakes
Comptes Rendus. Géoscience, Volume 355 (2023), pp. 23-34.

Résumé

We report on the effort of an invented centre to digitise made-up station measurements.

@article{CRGEOS_2023__355_G1_23_0,
     author = {Quill, Ada and Nadir, Ben},
"""

TRILINGUAL = """L’art inventé de la bibliographie: de l’objet à sa patrimonialisation
A arte inventada da bibliografia: do objeto à sua patrimonialização
The invented art of bibliography: from the object to its patrimonialization
L’art inventé de la bibliographie: de l’objet à sa patrimonialisation
Em Questão, vol. 25, pp. 123-136, 2019
Universidade Inventada
"""


def test_the_title_over_its_journal_s_line_is_the_page_s_paper() -> None:
    (record,) = read_listing(PAGE, "page.txt").records
    assert (record.title, record.date) == (
        "Digitization of Pretend Bulletins and the Quest to Verify Made-up Earthquakes",
        "2023",
    )
    assert record.needs_review


def test_the_line_right_over_the_journal_s_is_the_title_not_the_ones_above() -> None:
    (record,) = read_listing(TRILINGUAL, "page.txt").records
    assert record.title == "L’art inventé de la bibliographie: de l’objet à sa patrimonialisation"
    assert record.date == "2019"


def test_several_journal_lines_are_a_list_of_references_for_other_readers() -> None:
    refs = "\n".join(
        f"An invented study of widgets number {n}\nJ. Pretend, vol. {n}, pp. 1-9, 2019"
        for n in range(1, 4)
    )
    doc = normalise(refs, "refs.txt")
    assert article_venue.read(list(doc.lines), doc) == []


def test_prose_over_a_journal_s_line_is_no_title() -> None:
    with pytest.raises(ImportFailed):
        read_listing("We read this one.\nJ. Pretend, vol. 3, pp. 1-9, 2019\n", "note.txt")
