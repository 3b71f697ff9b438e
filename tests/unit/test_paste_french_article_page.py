"""A French journal's article page (OpenEdition's shape): the site's navigation, the dossier's
label, a title with French typography's spaced colon (`La revue Lanterne : …`), the byline with
the surname in capitals, the article's pages (`p. 51-60`) and `Texte intégral`. All made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

PAGE = """Navigation – Plan du site
Dossier

La revue Lanterne : l'occasion de compter les phares

Ada QUISTELLE
p. 51-60

Texte intégral
"""


def test_spaced_colon_title_over_a_byline_and_its_pages() -> None:
    records = read_listing(PAGE, "page.txt").records
    assert [(r.title, r.authors) for r in records] == [
        ("La revue Lanterne : l'occasion de compter les phares", ["Ada QUISTELLE"])
    ]
