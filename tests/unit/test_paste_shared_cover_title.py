"""A HAL cover on a document-sharing site whose citation spells the title otherwise than the
cover (`plate-forme` for `plateforme`): the site's share button (`Partager "Title"`) gives it as
the page does, and the citation's `Jul 2019` gives the month. All texts are made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

PAGE = """• Aucun résultat trouvé

Compter les lanternes dans la plateforme PHARE 2.0 : une approche inventée

Partager "Compter les lanternes dans la plateforme PHARE 2.0 : une approche inventée"

HAL Id: hal-00000042

https://hal.example.org/hal-00000042

Submitted on 8 Nov 2019

HAL is a multi-disciplinary open access archive for made-up documents.

Compter les lanternes dans la plateforme

PHARE 2.0 : une approche inventée

Ada Quist Rocha, Ben Okafor Zucker

To cite this version:

Ada Quist Rocha, Ben Okafor Zucker. Compter les lanternes dans la plate-forme PHARE 2.0 : une \
approche inventée. Atelier Inventé 2019, Jul 2019, Nulle-Part, France. hal-00000042
"""


def test_the_shared_title_over_a_citation_that_spells_it_otherwise() -> None:
    records = read_listing(PAGE, "page.txt").records
    assert [(r.title, r.authors) for r in records] == [
        (
            "Compter les lanternes dans la plateforme PHARE 2.0 : une approche inventée",
            ["Ada Quist Rocha", "Ben Okafor Zucker"],
        )
    ]
    assert records[0].date_partial == "2019-07" or records[0].date == "2019-07"
