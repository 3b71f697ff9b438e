"""The last-resort reader (paste/repeated.py): records that repeat one shape of lines.

Every text here is made up to show a shape only (no copy of a real page): the shapes of pastes
that every other reader refused, and prose, chat, code, products and numbers, which must still be
refused with nothing read.
"""

from __future__ import annotations

import pytest

from papershelf.core.errors import ImportFailed
from papershelf.importers.paste import repeated
from papershelf.importers.paste.build import REVIEW_BELOW
from papershelf.importers.pipeline import ListingPreview, layouts, read_listing, reread_segment

REVIEW = f"review: {repeated.REASON}"

ACCEPTED_PAGE = """Accepted Papers

Sparse Widget Networks for Efficient Lattice Folding
Marta Quill (University of Nowhere), Tobias Fenn, Ana Lutz (Example Labs)
Learning to Rank Imaginary Objects with Contrastive Gradients
Peter Olm, Yuki Tanabe
A Theory of Overparameterised Toy Models
Rosa Delacroix, Hamid Farouk, Li Wen
"""

DATABASE_RESULTS = """Effects of imaginary supplements on sleep quality in fictional adults.
Quill M, Fenn T, Lutz A.
J Made Up Med. 2021 Mar;12(3):45-67. doi: 10.1234/jmum.2021.0045.
PMID: 12345678

Randomised trial of pretend exercise in invented patients.
Olm P, Tanabe Y.
Fict Clin Res. 2019;7:101-109. doi: 10.5555/fcr.2019.101.
PMID: 23456789

A cohort study of hypothetical diets and made-up outcomes.
Delacroix R, Farouk H, Wen L.
Imag Epidemiol. 2020 Jan 5;3(1):1-12.
PMID: 34567890
"""

PUBLICATIONS = """1. Quill M, Fenn T. Sparse widget networks for lattice folding. Journal of Pretend Science, 2021.
2. Olm P, Tanabe Y, Wen L. Ranking imaginary objects with contrastive gradients. Proc. Made-Up Conference, 2019.
3. Delacroix R. A theory of toy models. Imaginary Letters, 2018.
"""  # noqa: E501

NAMES_FIRST = """Marta Quill, Tobias Fenn
Sparse Widget Networks for Efficient Lattice Folding
Peter Olm, Yuki Tanabe
Learning to Rank Imaginary Objects with Contrastive Gradients
Rosa Delacroix, Hamid Farouk
A Theory of Overparameterised Toy Models
"""

LONE_RECORD = """Sparse Widget Networks for Efficient Lattice Folding
Marta Quill, Tobias Fenn, Ana Lutz
Journal of Pretend Science, vol. 3, 2021
"""


def read(text: str, layout: str | None = None) -> ListingPreview:
    preview = read_listing(text, "paste.txt", layout=layout)
    assert preview.layout == repeated.NAME
    for record in preview.records:
        assert REVIEW in record.needs_review
        assert record.confidence is not None and record.confidence < 0.6
    return preview


def test_an_accepted_papers_page_gives_a_title_and_its_names_per_paper() -> None:
    records = read(ACCEPTED_PAGE).records
    assert [(r.line, r.title, r.authors) for r in records] == [
        (3, "Sparse Widget Networks for Efficient Lattice Folding",
         ["Marta Quill", "Tobias Fenn", "Ana Lutz"]),
        (5, "Learning to Rank Imaginary Objects with Contrastive Gradients",
         ["Peter Olm", "Yuki Tanabe"]),
        (7, "A Theory of Overparameterised Toy Models", ["Rosa Delacroix", "Hamid Farouk", "Li Wen"]),
    ]  # fmt: skip


def test_the_same_page_with_blank_lines_between_the_papers() -> None:
    spaced = ACCEPTED_PAGE.replace("Tanabe\n", "Tanabe\n\n").replace("(Example Labs)\n", "\n\n")
    assert [r.title[:12] for r in read(spaced).records] == [
        "Sparse Widge",
        "Learning to ",
        "A Theory of ",
    ]


def test_a_database_result_list_gives_titles_names_years_and_dois() -> None:
    # PubMed's own shape is read by its reader (test_paste_science_refs.py) unless this layout
    # is chosen; chosen, the repeated-record reader still reads it.
    records = read(DATABASE_RESULTS, layout=repeated.NAME).records
    assert [(r.title, r.authors, r.date, r.doi) for r in records] == [
        ("Effects of imaginary supplements on sleep quality in fictional adults",
         ["Quill M", "Fenn T", "Lutz A"], "2021", "10.1234/jmum.2021.0045"),
        ("Randomised trial of pretend exercise in invented patients",
         ["Olm P", "Tanabe Y"], "2019", "10.5555/fcr.2019.101"),
        ("A cohort study of hypothetical diets and made-up outcomes",
         ["Delacroix R", "Farouk H", "Wen L"], "2020", None),
    ]  # fmt: skip


def test_a_publications_page_of_one_reference_a_line() -> None:
    # Picked by hand: found alone, such a list is the reference-lines reader's (first among the
    # last resorts; test_paste_ref_lines.py), which reads the same fields more surely.
    records = read(PUBLICATIONS, repeated.NAME).records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Sparse widget networks for lattice folding", ["Quill M", "Fenn T"], "2021"),
        ("Ranking imaginary objects with contrastive gradients",
         ["Olm P", "Tanabe Y", "Wen L"], "2019"),
        ("A theory of toy models", ["Delacroix R"], "2018"),
    ]  # fmt: skip


def test_names_before_their_titles() -> None:
    # (read as detected, a programme's speakers over their talks: speaker_titles.py)
    records = read(NAMES_FIRST, layout=repeated.NAME).records
    assert [(r.line, r.authors[0], r.title[:10]) for r in records] == [
        (2, "Marta Quill", "Sparse Wid"),
        (4, "Peter Olm", "Learning t"),
        (6, "Rosa Delacroix", "A Theory o"),
    ]


def test_a_lone_record_needs_a_title_names_and_a_year_or_identifier() -> None:
    (record,) = read(LONE_RECORD).records
    assert (record.title, record.date) == (
        "Sparse Widget Networks for Efficient Lattice Folding",
        "2021",
    )
    without_year = "\n".join(LONE_RECORD.split("\n")[:2])
    with pytest.raises(ImportFailed, match="no paper found as layout 'repeated-records'"):
        read_listing(without_year, "paste.txt", layout=repeated.NAME)
    # The learned last resort reads a title over names as one paper with the model's own
    # confidence, flagged for review below the threshold (the model of session 33 is surer of
    # this one than those before it, 0.63): no year is made up.
    preview = read_listing(without_year, "paste.txt")
    (alone,) = preview.records
    assert preview.layout == "learned-lines"
    assert (alone.title, alone.date) == (
        "Sparse Widget Networks for Efficient Lattice Folding",
        None,
    )
    assert alone.confidence is not None and alone.confidence < 1.0
    assert bool(alone.needs_review) == (alone.confidence < REVIEW_BELOW)


def test_an_arxiv_id_in_a_record_becomes_its_identifier() -> None:
    """(The generic reader reads this page first: an identifier is its cue; the layout chosen.)"""
    text = ACCEPTED_PAGE.replace(
        "Peter Olm, Yuki Tanabe", "Peter Olm, Yuki Tanabe\narXiv:2401.01234"
    )
    records = read(text, repeated.NAME).records
    assert [r.arxiv_id for r in records] == [None, "2401.01234", None]


def test_the_layout_is_listed_and_can_be_chosen_for_a_segment() -> None:
    assert repeated.NAME in layouts()
    preview = read(ACCEPTED_PAGE)
    switched = reread_segment(preview, 0, "generic")
    back = reread_segment(switched, 0, repeated.NAME)
    assert [r.title for r in back.records] == [r.title for r in preview.records]
    forced = read_listing(ACCEPTED_PAGE, "paste.txt", layout=repeated.NAME)
    assert len(forced.records) == 3


ESSAY = """When Ada Quill wrote about thinking machines in 1950, few people imagined how far
the field would go. In 1956 Tobias Fenn, Marta Lutz and Peter Olm met for a summer
workshop that many still remember, and by 1969 their students had built the first toys.

Over the next decades researchers such as Yuki Tanabe and Rosa Delacroix pushed
the networks further. By 2012 the revolution had arrived, and by 2020 the models were
everywhere, from phones to cars, in ways that Hamid Farouk had predicted in 1998.

This essay looks back at those years and asks what comes next for the people who
build them, and for the rest of us who live with what they build every day.
"""

CHAT = """[10:31] Marta Quill: did you read the widget paper?
[10:32] Tobias Fenn: not yet, is it the one from 2021?
[10:32] Marta Quill: yes, the lattice one
[10:33] Tobias Fenn: ok I will look tonight
[10:35] Peter Olm: send me the link too please
"""

CODE = """def fold(lattice, widgets):
    for widget in widgets:
        lattice = widget.apply(lattice)
    return lattice


class Widget:
    year = 2021
    authors = ["Marta Quill", "Tobias Fenn"]
"""

PRODUCTS = """Acme Rocket Skates Deluxe Edition
Released 2019, price 199 dollars
Acme Portable Hole Kit Pro
Released 2020, price 49 dollars
Acme Giant Magnet Ultra Max
Released 2021, price 99 dollars
"""

NUMBERS = """12 34 56 78
90 12 34 56
2019 2020 2021 2022
1.5 2.5 3.5 4.5
"""


THINGS_WITH_A_NAME = """Widget Serif Bold Oblique
Ana Lutz
Widget Serif Condensed Italic
Peter Olm
Widget Mono Extra Light
Rosa Delacroix
"""

COPYRIGHT_FILE = """Files: src/widgets/*
Copyright: 2006, Marta Quill
License: Made-Up-1.0

Files: src/lattice/*
Copyright: 2011, Tobias Fenn, Ana Lutz
License: Made-Up-1.0
"""

CAPITALS_LICENCE = """MADE-UP PUBLIC LICENCE VERSION 2
THE WIDGETS ARE PROVIDED AS IS WITHOUT WARRANTY OF ANY KIND
IN NO EVENT SHALL THE AUTHORS BE LIABLE FOR ANY CLAIM OR DAMAGES
Marta Quill
"""

NO_LISTINGS = {
    "essay": ESSAY,
    "essay-unwrapped": ESSAY.replace("\n", " ").replace("  ", "\n\n"),
    "chat": CHAT,
    "products": PRODUCTS,
    "numbers": NUMBERS,
    "things-with-a-name": THINGS_WITH_A_NAME,
    "copyright-file": COPYRIGHT_FILE,
    "capitals-licence": CAPITALS_LICENCE,
}


@pytest.mark.parametrize("text", NO_LISTINGS.values(), ids=NO_LISTINGS.keys())
def test_text_that_is_no_listing_is_still_refused(text: str) -> None:
    with pytest.raises(ImportFailed, match="no known listing layout"):
        read_listing(text, "paste.txt")


@pytest.mark.parametrize("text", [*NO_LISTINGS.values(), CODE], ids=[*NO_LISTINGS, "code"])
def test_the_reader_itself_finds_no_paper_in_them(text: str) -> None:
    with pytest.raises(ImportFailed, match="no paper found as layout"):
        read_listing(text, "paste.txt", layout=repeated.NAME)


def test_a_list_of_titles_alone_is_no_listing() -> None:
    titles = "\n".join(line for line in ACCEPTED_PAGE.split("\n")[2:] if "," not in line)
    with pytest.raises(ImportFailed):
        read_listing(titles, "paste.txt", layout=repeated.NAME)


def test_titles_in_sentence_case_need_their_names_right_under_them() -> None:
    text = "\n".join(
        line[:1] + line[1:].lower() if "," not in line else line
        for line in ACCEPTED_PAGE.split("\n")[2:]
    )
    records = read(text).records
    assert [r.title for r in records] == [
        "Sparse widget networks for efficient lattice folding",
        "Learning to rank imaginary objects with contrastive gradients",
        "A theory of overparameterised toy models",
    ]
    no_names = text.replace("Peter Olm, Yuki Tanabe", "Released in the autumn")
    assert [r.line for r in read(no_names).records] == [1, 5]


WRAPPED_ABSTRACTS = """Sparse Widget Networks for Efficient Lattice Folding
Marta Quill, Tobias Fenn, Ana Lutz
we study how widgets fold lattices when the lattice is sparse and the widgets are many,
and show that a simple rule of thumb folds most of them on made-up data
made for this example.
Similar articles

Learning to Rank Imaginary Objects with Contrastive Gradients
Peter Olm, Yuki Tanabe
ranking objects that do not exist is harder than it looks: we give a contrastive method
that ranks them anyway, for any object that anybody could imagine.
"""

PORTAL_RESULTS = """Sparse Widget Networks for Efficient Lattice Folding
Marta Quill; Tobias Fenn; Ana Lutz
2021 Made-Up Conference on Widgets (MUCW) | Year: 2021 | Conference Paper | Publisher: Pretend
Cited by: Papers (3)
Learning to Rank Imaginary Objects with Contrastive Gradients
Peter Olm; Yuki Tanabe
Journal of Pretend Science | Year: 2019 | Volume: 12 | Journal Article | Publisher: Pretend
Cited by: Papers (1)
"""


def test_prose_under_the_names_is_the_abstract_with_the_lines_wrapped_with_it() -> None:
    records = read(WRAPPED_ABSTRACTS).records
    assert [r.abstract for r in records] == [
        "we study how widgets fold lattices when the lattice is sparse and the widgets are many, "
        "and show that a simple rule of thumb folds most of them on made-up data "
        "made for this example.",
        "ranking objects that do not exist is harder than it looks: we give a contrastive method "
        "that ranks them anyway, for any object that anybody could imagine.",
    ]


def test_a_portal_result_list_with_its_counters_between_the_papers() -> None:
    records = read(PORTAL_RESULTS).records
    assert [(r.line, r.authors[-1], r.date) for r in records] == [
        (1, "Ana Lutz", "2021"),
        (5, "Yuki Tanabe", "2019"),
    ]


SEMINARS = """Fall 2031 Wednesday Seminar Series

The Seminar Series, now over 35 years old, invites scholars from around the world to share their work in a formal lecture, which is followed by a question and answer session.

If you would like to be included on our mailing list for Seminar announcements please click here

Fall 2031 Schedule of Speakers:

9/1 (Virtual)

Ada Quill, Oxford University, Pretend College

Presentation:Accounting for the invented divergence: Recent findings from made-up accounts

9/8 (Virtual)

Ben Nadir, Indian Institute of Pretend Management

Presentation: Age of Imaginary Pandemics (1817-1920): How They Shaped a Made-up World

9/14 (TUESDAY)

Cleo Tansy, MIT

Presentation: Pricing in Invented Markets: The Case of Pretend Sharing
"""  # noqa: E501


def test_a_seminar_page_gives_each_talk_with_its_speaker_and_no_affiliation() -> None:
    records = read_listing(SEMINARS, "seminars.txt").records
    assert [(r.title, r.authors) for r in records] == [
        (
            "Accounting for the invented divergence: Recent findings from made-up accounts",
            ["Ada Quill"],
        ),
        ("Age of Imaginary Pandemics (1817-1920): How They Shaped a Made-up World", ["Ben Nadir"]),
        ("Pricing in Invented Markets: The Case of Pretend Sharing", ["Cleo Tansy"]),
    ]


WORKSHOP_IN_CAPITALS = """Co-located with Made-Up Conf 2019
INVENTED MORPHOLOGY OF PRETEND LANGUAGES
Marta Quill, Tobias Fenn and Ana Lutz
[poster]
CROSS-LINGUAL WIDGET INDUCTION: LEARNING TOY GRAMMARS VIA PARALLEL LATTICES
Peter Olm
[poster]
A TYPOLOGY OF IMAGINARY VOWELS (AND THEN SOME)
Rosa Delacroix and Hamid Farouk
"""


def test_titles_in_capitals_over_their_names_are_papers_one_author_or_several() -> None:
    records = read_listing(WORKSHOP_IN_CAPITALS, "paste.txt").records
    assert [(r.title, r.authors) for r in records] == [
        ("INVENTED MORPHOLOGY OF PRETEND LANGUAGES", ["Marta Quill", "Tobias Fenn", "Ana Lutz"]),
        (
            "CROSS-LINGUAL WIDGET INDUCTION: LEARNING TOY GRAMMARS VIA PARALLEL LATTICES",
            ["Peter Olm"],
        ),
        ("A TYPOLOGY OF IMAGINARY VOWELS (AND THEN SOME)", ["Rosa Delacroix", "Hamid Farouk"]),
    ]
    assert all(REVIEW in r.needs_review for r in records)
