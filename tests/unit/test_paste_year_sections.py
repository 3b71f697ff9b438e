"""A personal page listing someone's essays under year headings (made-up essays): `## 2017` over
the works of that year, `## 2015` over older ones. A work that gives no date of its own is dated
by the heading of its section; a page with one year heading is no such page."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

ESSAYS = """# Essays

Longer pieces I wrote, mostly in English.

## 2017

- [An invented comparative sociology](/items/essay/one.pdf): a review of two pretend books.
- [Imaginary inequality and made-up democracy](/items/essay/two.pdf): a survey of a pretend debate.

## 2015

- [The pretend state in an invented Capital](/items/essay/three.pdf): a piece on a made-up theory.
- [An invented class theory](/items/essay/four.pdf): a piece on a pretend synthesis.
"""


def test_each_work_takes_the_year_of_its_section() -> None:
    records = read_listing(ESSAYS, "essays.md").records
    assert [(r.title, r.date) for r in records] == [
        ("An invented comparative sociology", "2017"),
        ("Imaginary inequality and made-up democracy", "2017"),
        ("The pretend state in an invented Capital", "2015"),
        ("An invented class theory", "2015"),
    ]


def test_one_year_heading_dates_nothing() -> None:
    page = ESSAYS.replace("## 2015\n", "## Older\n")
    records = read_listing(page, "essays.md").records
    assert [r.date for r in records] == [None, None, None, None]


def test_a_decade_in_a_works_remark_is_no_year() -> None:
    from papershelf.importers.paste.blocks import year_in

    assert year_in("a survey of the debate since the 1960s") is None
    assert year_in("bu tartışma 1960'lardan bugüne nasıl gelişmiş") is None
    assert year_in("Pretend Journal 12 (2017): 1-9") == "2017"
    page = ESSAYS.replace("a survey of a pretend debate.", "how the debate grew since the 1960s.")
    records = read_listing(page, "essays.md").records
    assert records[1].date == "2017"
