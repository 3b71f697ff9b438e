"""PubMed's and Vancouver's `Wang F`, `Lorenzo-Salazar JM`: the family name first, the initials
after it. Trial 17 saw such papers get keys like `fPersonWiFiFine` (the initial taken for the
family name); BibTeX exported `author = {Wang F}`, which BibTeX reads as given name Wang, family
name F. The real paste is holdout12 013, PubMed's summary text of a README's references."""

from __future__ import annotations

from pathlib import Path

import pytest
from pybtex.database import parse_string
from pylatexenc.latex2text import LatexNodes2Text

from papershelf.core.citekeys import base_key, family_name
from papershelf.core.duplicates import family_name as compared_family
from papershelf.core.names import initials_after, structured
from papershelf.library import Library
from papershelf.store.search import Filter
from tests.conftest import DATA

PUBMED = next((DATA / "listings-holdout12").glob("013_*.md"))
TEXT = LatexNodes2Text()


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Wang F", {"family": "Wang", "given": "F."}),
        ("Lorenzo-Salazar JM", {"family": "Lorenzo-Salazar", "given": "J. M."}),
        ("Griffiths P.A.", {"family": "Griffiths", "given": "P. A."}),
        ("Díaz-de Usera A", {"family": "Díaz-de Usera", "given": "A."}),
        ("Ada Lovelace", {"given": "Ada", "family": "Lovelace"}),  # given name first
        ("John Smith III", {"given": "John", "family": "Smith", "jr": "III"}),
        ("Lovelace, A", {"family": "Lovelace", "given": "A"}),  # the comma says it already
    ],
)
def test_a_name_with_its_initials_after_it_is_the_family_names(
    name: str, parts: dict[str, str]
) -> None:
    assert structured(name) == parts


def test_keys_and_duplicates_take_the_family_name_too() -> None:
    assert initials_after("D. E. Knuth") is None
    assert [family_name(n) for n in ("Wang F", "Mac Namee B", "John Smith III")] == [
        "Wang",
        "Mac Namee",
        "Smith",
    ]
    assert compared_family("Wang F") == compared_family("Fei Wang") == "wang"
    paper = {"authors": ["Wang F", "Zhou S"], "title": "Pretend Wi-Fi Sensing", "date": "2031"}
    assert base_key(paper) == "wangPretendWiFi2031"


def test_the_real_pubmed_references_export_their_family_names(tmp_path: Path) -> None:
    with Library(tmp_path / "library.db") as library:
        library.import_path(PUBMED)
        ids = library.query_ids(Filter())
        bib = library.export(ids, "bibtex")  # gives the papers their keys
        papers = library.papers(ids)
    entries = parse_string(bib, "bibtex").entries
    assert len(entries) == len(papers) >= 2
    for paper in papers:
        entry = entries[paper["citation_key"]]
        people = entry.persons["author"]
        printed = [name.rsplit(" ", 1) for name in paper["authors"]]
        families = [TEXT.latex_to_text(" ".join(p.last_names)) for p in people]
        assert families == [family for family, _ in printed]
        assert all(len(part.rstrip(".")) == 1 for p in people for part in p.first_names)
    keys = {paper["citation_key"] for paper in papers}
    assert {"toscoherreraEvaluationWholeExome2022", "diazdeuseraEvaluationWholeExome2020"} <= keys
