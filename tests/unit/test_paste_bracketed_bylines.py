"""A Korean journal's article page: the English title over the Korean one, the byline as items
of a name and its affiliation in brackets (`• 김하나 (가상연구원) ;`), the history as items
(`• Published : 2021.10.28`), then `Abstract`. All texts are made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

ABSTRACT = (
    "We count the lanterns of an invented harbour through a fog bank that nobody has seen, and "
    "find that the count depends on the weather in ways a made-up model explains well enough."
)

PAGE = f"""DOI QR Code

Counting Lanterns in an Invented Harbour Using Made-Up Phrases

가상 항구의 등불 세기 연구

• 김하나 (가상연구원 등불센터) ;
• 이두리 (가상대학교 항구학과)
• Received : 2021.06.21
• Accepted : 2021.07.14
• Published : 2021.10.28

Abstract

{ABSTRACT}
"""


def test_names_with_bracketed_affiliations_as_items() -> None:
    records = read_listing(PAGE, "page.txt").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        (
            "Counting Lanterns in an Invented Harbour Using Made-Up Phrases",
            ["김하나", "이두리"],
            "2021-10-28",
        )
    ]
    assert records[0].abstract == ABSTRACT
