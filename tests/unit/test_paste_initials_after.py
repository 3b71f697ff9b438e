"""Publication lists with the initials after each family name (see paste/initials_after.py), as
an institute's page prints them: names and title over the venue (`<br>`), entries run on one
after another, and numbered entries whose title runs into the venue. Made-up entries."""

from __future__ import annotations

from papershelf.importers.paste import initials_after
from papershelf.importers.paste.doc import normalise
from papershelf.importers.pipeline import read_listing

PAGE = """<html><body>
<h1>Публикации сотрудников</h1>
<p>Orlov D.V. Kamenka - a site of fossil corals in the upper Devonian (Ural region) <br>
 5th International Conference «Earth and Life», Paris, 12-14 May 2019. P. 11-19.
 Берёзова Л.В., Lind K.L. Заметки о летней полевой практике студентов <br> Природа гор: Тр.
 заповедника. Пермь: Книга, 2016. Вып. 5. С. 30-36.
 Соколов В.А. Оценка изученности птиц на территории парков города <br> Экология города: сборник
 статей 2017г. С. 87-89.</p>
<h1>Библиография</h1>
<p>1. Соколов В.А. Мелкие птицы заповедника «Высокий». Общий обзор собранных материалов Тр.
 заповедника. Пермь, 2012. Вып. 2. С. 143-159.
 <br> 2. Соколов В.А., Берёзова Л.В. Структура населения мелких птиц хребта Высокий Мат. съезда
 орнитологов. М., 1990. Т.1. С. 120-121.</br>
 3. Соколов В.А. Распространение пеночки в Приуралье Птицы и их местообитания: Мат. совещания.
 СПб., 1993. С. 34-35.</p>
</body></html>
"""


def test_names_and_titles_over_their_venues_and_numbered_entries_cut_at_the_venue() -> None:
    records = read_listing(PAGE, "pubs.html").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        (
            "Kamenka - a site of fossil corals in the upper Devonian (Ural region)",
            ["Orlov D.V."],
            "2019",
        ),
        (
            "Заметки о летней полевой практике студентов",
            ["Берёзова Л.В.", "Lind K.L."],
            "2016",
        ),
        ("Оценка изученности птиц на территории парков города", ["Соколов В.А."], "2017"),
        (
            "Мелкие птицы заповедника «Высокий». Общий обзор собранных материалов",
            ["Соколов В.А."],
            "2012",
        ),
        (
            "Структура населения мелких птиц хребта Высокий",
            ["Соколов В.А.", "Берёзова Л.В."],
            "1990",
        ),
    ]  # the third numbered entry names its venue before `: Мат.`: its title's end is unknown


def test_one_entry_alone_is_no_such_list() -> None:
    text = "Orlov D.V. Kamenka - a site of fossil corals in the upper Devonian\n"
    text += "Notes of the society, 2019. P. 11-19.\n"
    doc = normalise(text, "note.txt")
    assert initials_after.read(list(doc.lines), doc) == []


def test_gost_entries_with_a_latin_co_author_and_entries_between_remarks() -> None:
    text = (
        "Some notes about the group's recent reading, written as a line of prose.\n"
        "Соколова Е.В., Орлов Д.Н. Новые находки редких растений // Бюллетень МОИП. 2018. "
        "Т. 123. С. 55-60.\n"
        "We discussed it at length and found the survey design convincing overall.\n"
        "Орлов Д.Н., Lind K.L. Mosses of the Northern Urals: a checklist // Arctoa. 2015. "
        "Vol. 24. P. 101-120.\n"
    )
    records = read_listing(text, "notes.txt").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Новые находки редких растений", ["Соколова Е.В.", "Орлов Д.Н."], "2018"),
        ("Mosses of the Northern Urals: a checklist", ["Орлов Д.Н.", "Lind K.L."], "2015"),
    ]


def test_a_book_closing_with_its_count_of_pages_leads_into_the_next_entry() -> None:
    page = (
        "<p>Орлова Д.В. Флора и растительность хребта Высокий <br> Пермь: Книга, 2015. 156 с.\n"
        " Берёзова Л.В., Lind K.L. Заметки о летней полевой практике студентов <br> Природа "
        "гор: Тр. заповедника. Пермь, 2016. Вып. 5. С. 30-36.</p>\n"
    )
    records = read_listing(page, "pubs.html").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Флора и растительность хребта Высокий", ["Орлова Д.В."], "2015"),
        ("Заметки о летней полевой практике студентов", ["Берёзова Л.В.", "Lind K.L."], "2016"),
    ]


def test_lines_under_a_capital_and_a_stop_with_no_pages_are_no_entries() -> None:
    text = (
        "Section A. Introduction to the survey of the northern ridges\n"
        "Written for the annual meeting, 2019.\n\n"
        "Section B. Methods of the survey of the northern ridges\n"
        "Written for the annual meeting, 2020.\n"
    )
    doc = normalise(text, "notes.txt")
    assert initials_after.read(list(doc.lines), doc) == []


def test_russian_entries_with_stops_alone_between_their_parts() -> None:
    text = (
        "Публикации\n\n"
        "1. Соколова Е.В., Орлов Д.Н. Новые находки редких растений в бассейне реки. "
        "Бюллетень МОИП. 2018. Т. 123. С. 55-60.\n"
        "2. Соколова Е.В. Флора охраняемых территорий Северного Урала. Вестник Пермского "
        "университета. 2016. № 2. С. 12-19.\n"
        "3. Орлов, Д. Н. Мхи Северного Урала. Пермь: Книга, 2015. 156 с.\n"
    )
    records = read_listing(text, "pubs.txt").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Новые находки редких растений в бассейне реки", ["Соколова Е.В.", "Орлов Д.Н."], "2018"),
        ("Флора охраняемых территорий Северного Урала", ["Соколова Е.В."], "2016"),
        ("Мхи Северного Урала", ["Орлов, Д. Н."], "2015"),
    ]
