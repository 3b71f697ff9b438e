"""Bibliographies of the humanities (made-up works): MHRA's `Quill, A., Title, Series (Place:
Publisher, Year)`, a syllabus's reading lines with no comma after the names, MLA's books
hard-wrapped over lines, and OSCOLA's law reading lists. Each entry is one work by its names,
its year the publisher's or the journal's."""

from __future__ import annotations

from papershelf.importers.paste import book_refs
from papershelf.importers.paste.book_refs import record_of, split_inverted
from papershelf.importers.paste.doc import normalise
from papershelf.importers.pipeline import read_listing

MHRA = """Select Bibliography

Quill, A., B. Marrow, and C. Tansy, eds., Invented Books in the Pretend Age (London: Example Press, 2020)
Oddly, D., Pretend Palaeography: Imaginary Scripts and Made-up Hands, trans. E. Nobody (Cambridge: Example University Press, 1990)
Tansy, C. D. M., Made-up Minuscule, Pretend Palaeographical Handbooks (Oxford: Example Press, 1971)
Marrow, Bea, and Carl Oddly, Introduction to Invented Studies (London: Example Press, 2007)
Quill, A. B., ‘Some Pretend Works for Imaginary Readers’, Invented Studies 8 (1977): 235-242
"""  # noqa: E501


def test_mhra_entries_are_works_by_their_names() -> None:
    records = read_listing(MHRA, "bibliography.txt").records
    assert [(r.title, r.authors, r.date_text or r.date) for r in records] == [
        (
            "Invented Books in the Pretend Age",
            ["Quill, A.", "B. Marrow", "C. Tansy"],
            "2020",
        ),
        ("Pretend Palaeography: Imaginary Scripts and Made-up Hands", ["Oddly, D."], "1990"),
        ("Made-up Minuscule", ["Tansy, C. D. M."], "1971"),
        ("Introduction to Invented Studies", ["Marrow, Bea", "Carl Oddly"], "2007"),
        ("Some Pretend Works for Imaginary Readers", ["Quill, A. B."], "1977"),
    ]


SYLLABUS = """WEEK 2: Why invented things move
5.10.2004
Distinguish between the pretend motives and the made-up structures. Can one theory explain them all?
Quill, Ada B and C. D. Marrow ‘Pretend Crisis and Invented Conflict’ IMR 23 (2), 1982, 320–41
Oddly, E. F. Invented Moves: Causes, Correlates, Consequences and Policies (Bombay: Example House, 1989)* HC 2000.C4
Tansy, G. H. (ed.) Pretend Moves (Cambridge: Example University Press, 1969) esp. chapter by Lee
"""  # noqa: E501


def test_a_syllabus_reading_lines_are_works() -> None:
    records = read_listing(SYLLABUS, "syllabus.txt").records
    assert [(r.title, r.authors, r.date_text or r.date) for r in records] == [
        ("Pretend Crisis and Invented Conflict", ["Quill, Ada B", "C. D. Marrow"], "1982"),
        (
            "Invented Moves: Causes, Correlates, Consequences and Policies",
            ["Oddly, E. F."],
            "1989",
        ),
        ("Pretend Moves", ["Tansy, G. H."], "1969"),
    ]


MLA = """Sources
=======

Quill, Ada F. *Invented Discourses in Pretend Social Science:
Responses to Made-up Theories*. Delhi: Example Publication, 2006.

Marrow, B. ‘’What is pretend sociology, anyway?’’ Paper presented at
the plenary session of the annual meeting of the
Association for invented sociology, October
25-29, 1995.

Tansy, Carl Dee. Pretend Religion, Made-up Philosophy, and Science: An
Introduction to Invented Positivism. New York: Example Library,
1957.
Oddly, Dora. In the Grip of Pretence: Law and Invention in a Made-up Town.
Example University P, 2000.
"""


def test_mla_books_wrapped_over_lines_are_works() -> None:
    records = read_listing(MLA, "sources.md").records
    assert [(r.title, r.authors, r.date_text or r.date) for r in records] == [
        (
            "Invented Discourses in Pretend Social Science: Responses to Made-up Theories",
            ["Quill, Ada F."],
            "2006",
        ),
        ("What is pretend sociology, anyway?", ["Marrow, B."], "1995"),
        (
            "Pretend Religion, Made-up Philosophy, and Science: An Introduction to Invented "
            "Positivism",
            ["Tansy, Carl Dee"],
            "1957",
        ),
        ("In the Grip of Pretence: Law and Invention in a Made-up Town", ["Oddly, Dora"], "2000"),
    ]


OSCOLA = """Reading List - Invented Law

Ada Quill, Pretend Principles of Law as Applied by Made-up Courts (Example University Press, 1987).

B C Marrow, ‘Sources of Invented Law’ (1940) 26 Transactions of the Example Society 235.

Dora Oddly, ‘Some Limits on Pretend Research in the Legal Process’ [1973] (4) Law and the Example Order 815.

Tansy, Carl and Eve Nobody (eds), The Shifting Allocation of Pretend Authority: Considering Sovereignty, Supremacy and Subsidiarity (Example Publishing, 2008).

Eve Nobody, ‘Pretend v Invented: The Concept of “Treaty” in Made-up Law’ (1995) 33(3) Archiv des Beispiels 361.
"""  # noqa: E501


def test_oscola_entries_are_works() -> None:
    records = read_listing(OSCOLA, "reading.txt").records
    assert [(r.title, r.authors, r.date_text or r.date) for r in records] == [
        ("Pretend Principles of Law as Applied by Made-up Courts", ["Ada Quill"], "1987"),
        ("Sources of Invented Law", ["B C Marrow"], "1940"),
        ("Some Limits on Pretend Research in the Legal Process", ["Dora Oddly"], "1973"),
        (
            "The Shifting Allocation of Pretend Authority: Considering Sovereignty, Supremacy "
            "and Subsidiarity",
            ["Tansy, Carl", "Eve Nobody"],
            "2008",
        ),
        ("Pretend v Invented: The Concept of “Treaty” in Made-up Law", ["Eve Nobody"], "1995"),
    ]


def test_prose_opening_with_a_place_is_no_entry() -> None:
    assert record_of("Paris, France was where we met (see the notes, 2019) last year.") is None
    assert record_of("Smith, John. We talked about it at length.") is None


def test_inverted_names_are_told_apart() -> None:
    assert split_inverted("Quill, A. & Marrow, B. C.") == ["Quill, A.", "Marrow, B. C."]
    assert split_inverted("Quill, A., B. Marrow, and C. Tansy") == [
        "Quill, A.",
        "B. Marrow",
        "C. Tansy",
    ]


CHICAGO = """### Readings

Quill, Ada. “An Invented Essay on Pretend Minds.” Pretend Review 12, no. 3 (2019): 45–67.
</br>[[pdf]](https://example.org/quill.pdf)

Quill, Ada, Ben Marrow, and Carl Oddly. Invented Things: A History. Oxford: Oxford Univ. Press, 1999.
"""


def test_chicago_articles_and_books_take_their_links_below() -> None:
    records = read_listing(CHICAGO, "readings.md").records
    assert [(r.title, r.authors, r.date_text or r.date, r.urls) for r in records] == [
        (
            "An Invented Essay on Pretend Minds",
            ["Quill, Ada"],
            "2019",
            ["https://example.org/quill.pdf"],
        ),
        ("Invented Things: A History", ["Quill, Ada", "Ben Marrow", "Carl Oddly"], "1999", []),
    ]


SHORT_LINES = """WEEK 3: Invented moves
Quill, Ada B and C. D. Marrow ‘Pretend Crisis and Invented Conflict’ IMR 23 (2), 1982, 320–41
Tansy, Robin Pretend Helots, 33–42
Nobody and Marrow The Age of Pretence, 21–32*
Tansy, Robin (ed) Theories of Invented Moves (see esp. the chapter by Lee)*
Oddly, E. F. Invented Moves: Causes and Policies (Bombay: Example House, 1989)* HC 2000.C4
"""

LONE_SHORT_LINE = """Notes

Tansy, Robin Pretend Helots, 33–42
"""


def test_short_syllabus_lines_among_whole_entries_are_works() -> None:
    records = read_listing(SHORT_LINES, "syllabus.txt").records
    assert [(r.title, r.authors, r.date_text or r.date) for r in records] == [
        ("Pretend Crisis and Invented Conflict", ["Quill, Ada B", "C. D. Marrow"], "1982"),
        ("Pretend Helots", ["Tansy, Robin"], None),
        ("The Age of Pretence", ["Nobody", "Marrow"], None),
        ("Theories of Invented Moves", ["Tansy, Robin"], None),
        ("Invented Moves: Causes and Policies", ["Oddly, E. F."], "1989"),
    ]
    assert book_refs.read(normalise(LONE_SHORT_LINE, "n.txt").lines, normalise("x")) == []


NUMBERED = """References

1. Quill, Ada. Invented Things. Oxford: Oxford Univ. Press, 2001.
2. Marrow, Ben, and Carl Oddly. The Pretend Age: A History. London: Pretend Books, 1999.
3. Oddly, C. "An Invented Essay." arXiv preprint arXiv:1512.02595 (2015).
"""


def test_numbered_entries_and_an_identifier_is_no_year() -> None:
    records = read_listing(NUMBERED, "references.txt").records
    assert [(r.title, r.authors, r.date_text or r.date) for r in records] == [
        ("Invented Things", ["Quill, Ada"], "2001"),
        ("The Pretend Age: A History", ["Marrow, Ben", "Carl Oddly"], "1999"),
        ("An Invented Essay", ["Oddly, C."], "2015"),
    ]


MORE_STYLES = """Bibliography

Quill, Ada: Erfundene Dinge. Berlin: Beispielverlag 2001.
Marrow, Ben, and Carl Oddly, eds. Invented Things. London: Pretend, 2002.
Oddly, Carl. Pretend Ages. Translated by Dora Tansy. London: Pretend, 2003.
Tansy, Dora B. 2004. Made-up Towns and Their Pretend Past. London: Pretend.
Nobody, Eve, and Ada Quill. 2019. “An Invented Essay.” Pretend Review 12 (3): 45–67.
"""


def test_german_editors_translators_and_chicago_author_date() -> None:
    records = read_listing(MORE_STYLES, "bibliography.txt").records
    assert [(r.title, r.authors, r.date_text or r.date) for r in records] == [
        ("Erfundene Dinge", ["Quill, Ada"], "2001"),
        ("Invented Things", ["Marrow, Ben", "Carl Oddly"], "2002"),
        ("Pretend Ages", ["Oddly, Carl"], "2003"),
        ("Made-up Towns and Their Pretend Past", ["Tansy, Dora B."], "2004"),
        ("An Invented Essay", ["Nobody, Eve", "Ada Quill"], "2019"),
    ]


OSCOLA_BRACKETS = """Further reading

Ada Quill, Pretend Principles of Invented Law (2nd edn, OUP 2010)

Ben Marrow, ‘Invented Duties’ in Ada Quill (ed), Pretend Law (OUP 2011)

C Oddly, The Invented Law of Pretend Treaties (CUP 2004) 12
"""


def test_oscola_publisher_brackets_without_a_comma_and_a_pinpoint() -> None:
    records = read_listing(OSCOLA_BRACKETS, "further.txt").records
    assert [(r.title, r.authors, r.date_text or r.date) for r in records] == [
        ("Pretend Principles of Invented Law", ["Ada Quill"], "2010"),
        ("Invented Duties", ["Ben Marrow"], "2011"),
        ("The Invented Law of Pretend Treaties", ["C Oddly"], "2004"),
    ]
    assert record_of("See Also, the notes on this (2019)") is None


def test_volumes_over_years_and_a_comma_after_the_names() -> None:
    record = record_of(
        "Quill, Ada, and Ben Marrow, The Pretend Age, 3 vols (London: Pretend, 1990–92)"
    )
    assert record is not None
    assert (record.title, record.authors, record.date) == (
        "The Pretend Age",
        ["Quill, Ada", "Ben Marrow"],
        "1990",
    )
    record = record_of("Quill, Ada, The Pretend Age. London: Pretend, 1990.")
    assert record is not None and record.title == "The Pretend Age"


BOOK_AND_CHAPTER = """Select Bibliography

Quill, A., Pretend Palaeography (Cambridge: Example University Press, 1990)
Marrow, B., and C. Oddly, eds., Invented Manuscripts (Cambridge: Example Press, 2020), espec. Chapter 1: D. Tansy and E. Nobody, ‘Describing pretend manuscripts: a checklist’.
"""  # noqa: E501


def test_a_chapter_the_entry_points_to_is_a_work_of_its_own() -> None:
    records = read_listing(BOOK_AND_CHAPTER, "bibliography.txt").records
    assert [(r.title, r.authors, r.date_text or r.date) for r in records] == [
        ("Pretend Palaeography", ["Quill, A."], "1990"),
        ("Invented Manuscripts", ["Marrow, B.", "C. Oddly"], "2020"),
        ("Describing pretend manuscripts: a checklist", ["D. Tansy", "E. Nobody"], None),
    ]


DIN = """Publikationen

- Quill, Ada ; Marrow, Ben: Erfundene Schlüssel. Eine Untersuchung. In: Beispieljournal 12 (2019), Nr. 3, S. 45–67
- Oddly, Carl: Ausgedachte Kurven im Spätmittelalter. Die Muster einer Elite (Beispielreihe, 17), Leiden/Boston 2003.
"""  # noqa: E501


def test_din_entries_with_subtitles_up_to_in_or_the_series_bracket() -> None:
    records = read_listing(DIN, "publikationen.md").records
    assert [(r.title, r.authors, r.date_text or r.date) for r in records] == [
        ("Erfundene Schlüssel. Eine Untersuchung", ["Quill, Ada", "Marrow, Ben"], "2019"),
        ("Ausgedachte Kurven im Spätmittelalter. Die Muster einer Elite", ["Oddly, Carl"], "2003"),
    ]


WRAPPED_AT_ABBREVIATIONS = """Works Cited

Quill, Ada. “An Invented Essay on Pretend Minds.” Pretend Review 12, no.
3 (2019): 45–67.

Marrow, Ben. Invented Things: A History of Made-up Objects. Oxford: Oxford Univ.
Press, 1999.
"""


def test_entries_wrapped_after_an_abbreviations_stop() -> None:
    records = read_listing(WRAPPED_AT_ABBREVIATIONS, "works.txt").records
    assert [(r.title, r.date_text or r.date) for r in records] == [
        ("An Invented Essay on Pretend Minds", "2019"),
        ("Invented Things: A History of Made-up Objects", "1999"),
    ]


def test_mla_editors_and_et_al() -> None:
    for text, names in (
        ("Quill, Ada, editor. Invented Things. London: Pretend, 2001.", ["Quill, Ada"]),
        (
            "Quill, Ada, and Ben Marrow, editors. Invented Things. London: Pretend, 2001.",
            ["Quill, Ada", "Ben Marrow"],
        ),
        ("Quill, Ada, et al. Invented Things. London: Pretend, 2001.", ["Quill, Ada"]),
    ):
        record = record_of(text)
        assert record is not None
        assert (record.title, record.authors) == ("Invented Things", names)


def test_french_chicago_entries_et_between_names_ed_guillemets_series_and_year_alone() -> None:
    """A thesis's bibliography in French (made-up works, in the shape of
    tests/data/listings-holdout28 024)."""
    entries = {
        "Blanc, Ada, et Lucie Haute. « Technologies de l’édition inventée ». Sciences du Design "
        "n° 8, no 2 (2018): 11.": (
            "Technologies de l’édition inventée",
            ["Blanc, Ada", "Lucie Haute"],
            "2018",
        ),
        "Bonaccorsi, Julia. « La bande dessinée aux prises avec la “machinerie éditoriale” du "
        "smartphone inventé », Communication & langages, 167, mars 2011.": (
            "La bande dessinée aux prises avec la “machinerie éditoriale” du smartphone inventé",
            ["Bonaccorsi, Julia"],
            "2011",
        ),
        "Bachimont, Bruno, éd. Le sens de la technique inventée. Encre marine. Paris: Editions "
        "Les Belles Lettres, 2010.": (
            "Le sens de la technique inventée",
            ["Bachimont, Bruno"],
            "2010",
        ),
        "Bourassa, Renée, Lucile Haute, et Gilles Rouhneau. Editions imaginaires, 2018.": (
            "Editions imaginaires",
            ["Bourassa, Renée", "Lucile Haute", "Gilles Rouhneau"],
            "2018",
        ),
    }
    for text, (title, authors, year) in entries.items():
        record = record_of(text)
        assert record is not None, text
        assert (record.title, record.authors, record.date) == (title, authors, year), text
