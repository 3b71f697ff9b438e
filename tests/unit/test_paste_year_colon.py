"""A linguistics bibliography (made-up works, in the shape of tests/data/listings-holdout30 005):
`Names Year: Title. Venue`, the names perhaps beside their spelling in Cyrillic, a Russian
entry's title ending at GOST's ` / ` before its names again, a title set in italics kept whole
(an abbreviation's stop inside it), an English translation in square brackets after the title."""

from __future__ import annotations

from papershelf.importers.paste.cite import year_colon
from papershelf.importers.pipeline import read_listing

BIBLIOGRAPHY = """- Quillova, A. S. (Квиллова, А. С.) 1975: О порядке слов в выдуманных языках / А. С. Квиллова // *Вопросы языкознания*. - Саранск, 1975. - С. 3-25.

- Nadir, Bena 1970: On the Temporal Forms in Pretend. *FUF* XXXVIII, 247–256.

- Marrov (Марров, Д. В.) 1930: *Звуки и формы речи по говору с. Выдуманки.* Москва.

- Marrov D. V. (Марров, Д. В.) 1935: O rabote po vydumannomu atlasu [About work on the invented atlas]. Saransk, 1935. 46 p.
"""  # noqa: E501


def test_names_year_colon_title_entries_give_each_work() -> None:
    records = read_listing(BIBLIOGRAPHY, "bib.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("О порядке слов в выдуманных языках", ["Quillova, A. S."], "1975"),
        ("On the Temporal Forms in Pretend", ["Nadir, Bena"], "1970"),
        ("Звуки и формы речи по говору с. Выдуманки", ["Marrov"], "1930"),
        ("O rabote po vydumannomu atlasu", ["Marrov D. V."], "1935"),
    ]


def test_an_event_or_a_decade_before_a_colon_is_no_name_and_year() -> None:
    assert year_colon("LAGB 2024: Annual Meeting of the Pretend Association") is None
    assert year_colon("The 1990s: Shor's Algorithm and Grover's algorithm") is None
    assert year_colon('Ruiz, Neuron 2022: "A quoted title"') is None


def test_names_then_the_year_in_brackets_and_a_colon_the_natural_sciences_german_manner() -> None:
    shapes = {
        "QUILL, A. B. (1995): Invented mosaics: the ecology of pretend regions. 632 p.; "
        "Cambridge (Pretend University Press)": "Invented mosaics: the ecology of pretend regions",
        "NADIR, B. (1995): Landschaft. – In: Tansy, C. [Hrsg.]: Handwörterbuch: 597-602; "
        "Hannover.": "Landschaft",
        "ODDLY, D. (2012): Indikatoren zur erfundenen Vielfalt. In: Umber, E. (Hrsg.): "
        "Monitoring IV.": "Indikatoren zur erfundenen Vielfalt",
    }
    for text, title in shapes.items():
        cited = year_colon(text)
        assert cited is not None and cited.title == title, text


def test_the_bracketed_year_needs_a_mark_where_the_title_ends_or_italics() -> None:
    assert year_colon("Ada Quill (2023): A pretend study of widgets, Berlin: Verlag") is None
    cited = year_colon(
        "Ada Quill (2024): Widgets. Der Fall Quill, Berlin: Verlag.",
        ["Widgets. Der Fall Quill"],
    )
    assert cited is not None and cited.title == "Widgets. Der Fall Quill"
