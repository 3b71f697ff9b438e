"""A symposium's schedule (made-up talks): each talk after its time slot, the speaker's name and
then the title with no mark between them; breaks, discussions and the introduction are no
talks."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

SCHEDULE = """Day 1: Monday 3rd May

9.30-9.40 Introduction: Prof. Ada Quill
Session 1: Pretend Places. Chair: Ben Nadir.
9.40-10.00 Cy Ortolan The Invented Harbour: One year on
10.00-10.20 Dee van Pell Walls of the Made-up Town in the Later Middle Ages
10.20-10.40 Eve B. Sable There's No Place Like Pretend
10.40-11.00 Discussion
11.00-11.15 Coffee Break and Posters
11.15-11.35 Fay Tern A Study of Imaginary Bone Growth in Fictional Contexts.
"""


def test_talks_after_a_slot_name_the_speaker_then_the_title() -> None:
    records = read_listing(SCHEDULE, "schedule.txt").records
    assert [(r.title, r.authors) for r in records] == [
        ("The Invented Harbour: One year on", ["Cy Ortolan"]),
        ("Walls of the Made-up Town in the Later Middle Ages", ["Dee van Pell"]),
        ("There's No Place Like Pretend", ["Eve B. Sable"]),
        ("A Study of Imaginary Bone Growth in Fictional Contexts", ["Fay Tern"]),
    ]


PROGRAMME = """Monday 3rd May

2:00 PM – 2:30 PM Conference Welcome

  • Prof. Ada Quill (Invented University) : Introduction to the Conference
2:30 PM – 3:30 PM Approaches to Pretend Places

  • Ben Nadir and Cy Ortolan (University of Nowhere) : Pretend Walls of the Made-up Town
  • Dr. Dee Pell (Imaginary College) : The Invented Harbour: Myth or Reality?
3:30 PM – 4:00 PM Break
4:00 PM – 5:00 PM Keynote Address

  • Dr. Eve Sable (Fictional Institute) : What is Pretend Archaeology For?
5:00 PM – 6:00 PM (Optional Workshop)

  • Dr. Fay Tern (A Publisher) : Guidance on Publishing
"""


def test_programme_bullets_give_speakers_without_affiliation_and_skip_welcome_and_workshop() -> (
    None
):
    records = read_listing(PROGRAMME, "programme.txt").records
    assert [(r.title, r.authors) for r in records] == [
        ("Pretend Walls of the Made-up Town", ["Ben Nadir", "Cy Ortolan"]),
        ("The Invented Harbour: Myth or Reality?", ["Dee Pell"]),
        ("What is Pretend Archaeology For?", ["Eve Sable"]),
    ]


READINGS = """## 2024

- Ada Quill (2024): Pretend Walls. Über invented towns, Stuttgart: Made-up Press
- Ben Nadir (2024): Invented Harbours, Berlin: Pretend Books
- Cy Ortolan (2024): Imaginary Tides, Vol. 2, Nowhere: Fictional House
"""


def test_a_year_in_the_bracket_is_a_reading_list_not_a_programme() -> None:
    preview = read_listing(READINGS, "readings.md")
    assert "timed-talks" not in preview.layout


DAY_MEETING = """Wednesday 7th January 2032

09.10 – 09.15: Welcome and opening remarks

09.15 – 09.40: Separating Myth and Reality - the Story of an Invented Spa
Ada Quill

09.40 – 10.05: Pretend fossils from the Made-up Clay
Ben Nadir, Cleo Tansy & Dan Oddly

10.30 – 11.00: Coffee and posters

11.00 – 12.00 The Pretend Lecture: Structure of an imagined mountain belt
Eve Umber

Posters include:

The origin of the invented flints – the missing link
Fay Wren

Animal, Vegetable or Mineral? - Moulds from a made-up shore
Gus Hale and Ida Lark
"""


def test_a_slot_over_its_speakers_line_and_the_posters_after_it_are_talks() -> None:
    result = read_listing(DAY_MEETING, "programme.txt")
    assert [(r.title, r.authors) for r in result.records] == [
        ("Separating Myth and Reality - the Story of an Invented Spa", ["Ada Quill"]),
        ("Pretend fossils from the Made-up Clay", ["Ben Nadir", "Cleo Tansy", "Dan Oddly"]),
        ("Structure of an imagined mountain belt", ["Eve Umber"]),
        ("The origin of the invented flints – the missing link", ["Fay Wren"]),
        ("Animal, Vegetable or Mineral? - Moulds from a made-up shore", ["Gus Hale", "Ida Lark"]),
    ]


CONVEGNO = """Riflessioni inventate
Il convegno si svolge con il patrocinio della Giunta inventata (Roma) e dell’Università immaginaria.
Sessione mattutina (dalle 9,30 alle 13,00):
Ada Quill (Società pesarese inventata), Perché un convegno sulla storia immaginaria;
Ben Nadir (univ. di Milano), Il passato, le piccole patrie e la storia inventata;
Cleo Tansy (univ. di Bergamo), Riflessi in Adriatico del “pericolo” immaginario;
Dan Oddly (già direttore dell’Archivio inventato), A proposito di memoria locale.
"""


def test_a_programme_of_name_affiliation_and_title_lines_gives_each_talk() -> None:
    records = read_listing(CONVEGNO, "convegno.txt").records
    assert [(r.title, r.authors) for r in records] == [
        ("Perché un convegno sulla storia immaginaria", ["Ada Quill"]),
        ("Il passato, le piccole patrie e la storia inventata", ["Ben Nadir"]),
        ("Riflessi in Adriatico del “pericolo” immaginario", ["Cleo Tansy"]),
        ("A proposito di memoria locale", ["Dan Oddly"]),
    ]


COLLOQUE = """Programme
Jeudi 21 novembre
9h30 : Mot d’accueil par le comité scientifique
10h00 : Ada Quill (Université inventée), conférence inaugurale The Invented Harbour in the Early Made-up Period
10h45 : Pause
11h00 : Ben Nadir (Institut imaginaire à Rome), Re-making Pretend Sense: Reconstruction of an Invented Relief
11h30 : Cleo Tansy (Université Lumière-Lyon 2), Identifier les états successifs d’un édifice inventé
14h30 : Dan Oddly (UPJV, TrAme), Eve Umber (Université de Lille, HALMA) et Fay Wren (Musée imaginaire), La curieuse histoire d’un buste inventé
"""  # noqa: E501


def test_a_french_programme_with_times_before_the_speakers_gives_each_talk() -> None:
    records = read_listing(COLLOQUE, "colloque.txt").records
    assert [(r.title, r.authors) for r in records] == [
        ("The Invented Harbour in the Early Made-up Period", ["Ada Quill"]),
        ("Re-making Pretend Sense: Reconstruction of an Invented Relief", ["Ben Nadir"]),
        ("Identifier les états successifs d’un édifice inventé", ["Cleo Tansy"]),
        ("La curieuse histoire d’un buste inventé", ["Dan Oddly", "Eve Umber", "Fay Wren"]),
    ]


WORKSHOP_TABLE = """---
permalink: /program/
---
|-:|:-|
| **Lundi le 4 Décembre** ||
| 09h15               | (accueil, ouverture)                                        |
| 09h30               | Ada Quill   (Invented University)<br/> *How to play games with pretend types* |
| 10h30               | Ben Nadir (LLF, Paris-Imaginaire)<br/> *Identity construction in made-up dialogue* |
| 11h30–12h00         | pause café                                                  |
| 14h00               | Cleo Tansy (Made-up Institute)<br/> *Filled pauses and invented questions in dialogue* |
"""  # noqa: E501


def test_a_programme_table_without_a_header_row_gives_each_talk_on_its_own_line() -> None:
    records = read_listing(WORKSHOP_TABLE, "program.md").records
    assert [(r.line, r.title, r.authors) for r in records] == [
        (7, "How to play games with pretend types", ["Ada Quill"]),
        (8, "Identity construction in made-up dialogue", ["Ben Nadir"]),
        (10, "Filled pauses and invented questions in dialogue", ["Cleo Tansy"]),
    ]
