"""An article's reading page that says its kind over the title and its pages under it (a French
portal's shape, the names lost in the copy, or a byline between). All texts are made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

NO_NAMES = """Couverture de REV_042

Article de revue

Le journal des lanternes et des phares du port inventé de Nulle-Part

Pages 201 à 209
"""

WITH_NAMES = """Book chapter

Counting lanterns in an invented harbour

Ada Quist, Ben Okafor

pp. 12-30
"""


def test_the_title_between_its_kind_and_its_pages() -> None:
    records = read_listing(NO_NAMES, "page.txt").records
    assert [(r.title, r.authors) for r in records] == [
        ("Le journal des lanternes et des phares du port inventé de Nulle-Part", [])
    ]


def test_a_byline_between_title_and_pages() -> None:
    records = read_listing(WITH_NAMES, "page.txt").records
    assert [(r.title, r.authors) for r in records] == [
        ("Counting lanterns in an invented harbour", ["Ada Quist", "Ben Okafor"])
    ]
