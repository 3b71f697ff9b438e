"""One article's page copied whole: its title over its people near the top (article_top.py).

The page in the rule tests is made up; the last tests read committed real pastes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from scripts.fidelity import HOLDOUT19, HOLDOUT20

from papershelf.core.errors import ImportFailed
from papershelf.importers.pipeline import read_listing


def _read(text: str) -> list[tuple[str, list[str]]]:
    records = read_listing(text, "page.txt", layout="article-top").records
    return [(r.title, r.authors) for r in records]


PAGE = """Share this document
Download

The Invented Harbour and its Pretended Moorings
Ada Quill1, Ben Nadir2 and Cy Ortolan1
1 Invented University, Nowhere
2 Made-up Institute of Harbours

We study harbours that do not exist. They are moored by pretence. We find that they float.
"""


def test_the_title_over_marked_names_is_the_page_s_paper() -> None:
    assert _read(PAGE) == [
        (
            "The Invented Harbour and its Pretended Moorings",
            ["Ada Quill", "Ben Nadir", "Cy Ortolan"],
        )
    ]


def test_one_name_needs_a_mark_or_an_affiliation_under_it() -> None:
    capitals = "Read on\n\nThe Invented Harbour and its Moorings\nWEITER LESEN\nMore text here.\n"
    with pytest.raises(ImportFailed):
        _read(capitals)
    affiliated = (
        "The Invented Harbour and its Moorings\n          Ada Quill\n   Invented University\n"
    )
    assert _read(affiliated) == [("The Invented Harbour and its Moorings", ["Ada Quill"])]


def test_prose_and_a_note_citing_a_reference_are_no_page() -> None:
    with pytest.raises(ImportFailed):
        _read("Several people helped with this work over the years\nMarta Quill, Tomas Fenn\n")
    with pytest.raises(ImportFailed):
        _read("Focal loss [42]\nTsung Lin, Priya Goyal, Ross Girshick\n")
    with pytest.raises(ImportFailed):
        _read("We study harbours. They float.\nAda Quill, Ben Nadir\n")


@pytest.mark.parametrize(
    ("corpus", "pattern", "title", "first"),
    [
        (HOLDOUT19, "028_*.txt", "Der „Grüne Weg zu Open Access“ in Deutschland", "Uwe Müller"),
        (HOLDOUT19, "030_*.txt", "КОГНИТИВНЫЕ НАРУШЕНИЯ У ПАЦИЕНТОВ", "Поспелова М.Л."),
        (
            HOLDOUT20,
            "007_*.txt",
            "LA REVISTA MEXICANA DE INVESTIGACIÓN EDUCATIVA Una",
            "EDUARDO AGUADO-LÓPEZ",
        ),
    ],
)
def test_real_pages_nothing_else_reads_give_their_paper(
    corpus: Path, pattern: str, title: str, first: str
) -> None:
    """Pages of one article (a German document site, a Russian journal, a Mexican journal's PDF
    viewer) that every other reader refused."""
    path = next(corpus.glob(pattern))
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    assert len(records) == 1
    assert records[0].title.startswith(title)
    assert records[0].authors[0] == first
    assert records[0].needs_review
