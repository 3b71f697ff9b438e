"""APA references to dated works, in the languages bibliographies are kept in (made-up entries):
`(2016, 17 februari)`, `(2019, May 7)`, `(2019, February)` give the day or the month; APA's
`[Book]` description after a title is no part of it; a title that ends in `Research` is a
work, not an organisation, when names and a year are cited with it."""

from __future__ import annotations

from papershelf.importers.paste.apa_dates import apa_date
from papershelf.importers.pipeline import read_listing

BIBLIOGRAPHY = """# Bibliografie

## Onderzoek

Pieters, K. \\(2014\\). Barely Enough Inquiry. Geraadpleegd op 2 maart 2019, van <https://example.org/inquiry>

## Samenwerking

De Vries, J. C. \\(2016, 17 februari\\). Growth of Pretend Cooperation. Geraadpleegd op 4 mei 2019

## Ontwerp

Saffer, K. \\(2013\\). Micropretending \\[Boek\\]. Geraadpleegd op 29 maart 2019

Jansen, A. \\(2018, 21 maart\\). When Tea & Toast Collide \\[Boek\\]. Geraadpleegd op 9 mei 2019, van <https://example.org/tea>
"""


def test_dated_apa_entries_give_the_day_and_lose_the_description() -> None:
    records = read_listing(BIBLIOGRAPHY, "bibliografie.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Barely Enough Inquiry", ["Pieters, K."], "2014"),
        ("Growth of Pretend Cooperation", ["De Vries, J. C."], "2016-02-17"),
        ("Micropretending", ["Saffer, K."], "2013"),
        ("When Tea & Toast Collide", ["Jansen, A."], "2018-03-21"),
    ]


def test_a_title_ending_in_research_is_a_cited_work() -> None:
    text = BIBLIOGRAPHY.replace("Barely Enough Inquiry", "Barely Enough Research")
    titles = [r.title for r in read_listing(text, "bibliografie.md").records]
    assert titles[0] == "Barely Enough Research"


def test_apa_dates_in_several_languages() -> None:
    assert apa_date("2019", "May 7") == "2019-05-07"
    assert apa_date("2019", "February") == "2019"  # a month alone: the year
    assert apa_date("2020", "3 de marzo") == "2020-03-03"
    assert apa_date("2021", "12. Dezember") == "2021-12-12"
    assert apa_date("2019", "31 februari") == "2019"  # no such day: the year alone
    assert apa_date("2019", "Frühling") == "2019"
    assert apa_date("2019", None) == "2019"


def test_an_apa_entry_nobody_signed_gives_its_title_and_year_and_no_author() -> None:
    text = (
        "Anónimo (2010). Plan de reforestación inventada. Noticias Didácticas: Barcelona. 2 pp.\n\n"
        "Quill, A. & B. Nadir (2003). Pretend moorland ecology. Pp. 716-733. En: Biodiversidad.\n"
    )
    records = read_listing(text, "refs.md").records
    assert (records[0].title, records[0].authors, records[0].date) == (
        "Plan de reforestación inventada",
        [],
        "2010",
    )
