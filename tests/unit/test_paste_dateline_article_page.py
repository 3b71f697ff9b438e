"""A French site's article page (SPIP's shape): the breadcrumb ending with the title cut short
(`(...)`), the title, a subtitle, the search box's label, then `Mis en ligne le 4 octobre 2012,
par A Name`. All texts are made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

PAGE = """Lanternes, le magazine inventé des phares

Sommaire > N°12 - Novembre 2012 > Le projet LAMPE : vers des comptages (...)

Le projet LAMPE : vers des comptages de lanternes personnalisés
Un compteur inventé qui adapte ses questions à chaque port
Moteur de recherche
Mis en ligne le 1er octobre 2012, par Ada Quistelle

Voir aussi l’article qui applique LAMPE aux phares.
"""


def test_title_under_its_breadcrumb_signed_by_a_dateline() -> None:
    records = read_listing(PAGE, "page.txt").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        (
            "Le projet LAMPE : vers des comptages de lanternes personnalisés",
            ["Ada Quistelle"],
            "2012-10-01",
        )
    ]
