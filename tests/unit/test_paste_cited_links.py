"""A group's schedule that links each reading by its title and cites it inside the link's text
(made-up readings): `[Title (Surname, 2019)](…)`, `[Surname et al. 2017: Title](…)`, a title
wrapped over two lines. The citation gives the family names and the year; a link that is a
citation alone, or a session's topic with a citation inside, is no paper of the list."""

from __future__ import annotations

from papershelf.importers.paste.cited_links import _TITLE_THEN_CITE
from papershelf.importers.pipeline import read_listing

SCHEDULE = """## Spring Schedule
- Week 1 (Ada): Getting organised
- Week 2 (Ben): [Prospects for an Invented Comparative Grammar (Quill, 2019)](https://example.org/docs/Quill_2019.pdf)
- Week 3 (Cleo): [A pretend approach to made-up phrases in English
Invented patterns in speech (Marrow, 2009).](https://example.org/docs/Marrow_2009.pdf) Skim this one.
- Week 4 (Dan): [Tansy et al. 2017: Annotating an Imaginary Language](https://example.org/docs/Tansy_2017.pdf)
- Week 5 (Eve): Eve presents [Oddly & Sample (2018)](https://example.org/docs/Oddly_2018.pdf)
"""


def test_the_citation_in_a_links_text_gives_names_and_year() -> None:
    records = read_listing(SCHEDULE, "README.md").records
    read = {r.title: (r.authors, r.date) for r in records}
    assert read["Prospects for an Invented Comparative Grammar"] == (["Quill"], "2019")
    assert read["A pretend approach to made-up phrases in English Invented patterns in speech"] == (
        ["Marrow"],
        "2009",
    )
    assert read["Annotating an Imaginary Language"] == (["Tansy"], "2017")


def test_a_topic_with_a_citation_inside_is_no_cited_title() -> None:
    assert (
        _TITLE_THEN_CITE.match("Distributional topics (Quill, 2019) + exercises in class") is None
    )
    found = _TITLE_THEN_CITE.match("Corpus work and documentation (Quill & Marrow, 2011)")
    assert found is not None and found["names"] == "Quill & Marrow"


READINGS = """## Does pretend science work?
* [Quill et al. (2023) "Phenotypic variation of invented cell types"](https://doi.org/10.5555/x.0001)
* [Marrow (2002) "Can a pretender fix a radio?—Or, what I learned while inventing"](https://doi.org/10.5555/S0000-0000(02)00133-2)
* [Tansy & Oddly (2017) "Could an Inventor Understand a Pretend Machine?"](https://doi.org/10.5555/x.0003). \
A remark on it. See also [Sample (2022) "The Imaginary Brain"](https://press.example.org/the-imaginary-brain/).
"""


def test_a_citation_then_a_quoted_title_in_a_links_text() -> None:
    records = read_listing(READINGS, "readings.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Phenotypic variation of invented cell types", ["Quill"], "2023"),
        ("Can a pretender fix a radio?—Or, what I learned while inventing", ["Marrow"], "2002"),
        ("Could an Inventor Understand a Pretend Machine?", ["Tansy", "Oddly"], "2017"),
        ("The Imaginary Brain", ["Sample"], "2022"),
    ]
    assert records[1].doi == "10.5555/S0000-0000(02)00133-2"


def test_a_citation_right_after_the_link() -> None:
    listing = """## Readings
- [An Invented Method for Pretend Parsing](https://example.org/a.pdf) (Quill et al., 2019)
- [A Made-up Theory of Imaginary Grammar](https://example.org/b.pdf) (Marrow, 2017)
"""
    records = read_listing(listing, "readings.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("An Invented Method for Pretend Parsing", ["Quill"], "2019"),
        ("A Made-up Theory of Imaginary Grammar", ["Marrow"], "2017"),
    ]
