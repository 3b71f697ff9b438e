"""A most-read table copied as text (made-up papers): the rank, the first author's surname with
`et al.`, then the title, the cells run together; a citation's year after `et al.` is no row."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

TABLE = """Rank Author(s) Title
1 Quill et al. An invented study of pretend weather in made-up towns
2 van Nadir et al. Made-up tides: a protocol for a pretend trial
3 Ortolan et al. Imaginary shifts and fictional burnout across twelve towns
"""


def test_rows_of_rank_surname_et_al_and_title() -> None:
    records = read_listing(TABLE, "most-read.txt").records
    assert [(r.title, r.authors) for r in records] == [
        ("An invented study of pretend weather in made-up towns", ["Quill"]),
        ("Made-up tides: a protocol for a pretend trial", ["van Nadir"]),
        ("Imaginary shifts and fictional burnout across twelve towns", ["Ortolan"]),
    ]


POST = """Last week we celebrated our most cited papers; this week, our readers' favourites.

Take a look at our Top 5 most highly read articles (by views) since we began publishing:

1. Sizing pretend giants: patterns of invented size in made-up seas
2. imaginary-tools: pretend processing in a fictional language
3. Why invented birds had long necks; and why pretend ones have short necks
"""


def test_items_under_a_lead_in_of_most_read_articles_are_bare_titles() -> None:
    records = read_listing(POST, "most-read-post.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("Sizing pretend giants: patterns of invented size in made-up seas", []),
        ("imaginary-tools: pretend processing in a fictional language", []),
        ("Why invented birds had long necks; and why pretend ones have short necks", []),
    ]
