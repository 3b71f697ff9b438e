"""A journal club's page as plain text (made-up meetings): each meeting's name, date and place,
then the articles discussed, a bullet each, by title alone. The bullets are the papers; the
meetings' lines and the page's notices are not."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

PAGE = """Journal Club

About the Journal Club

The invented residency holds its journal club twice a year, with dinner.

Journal Club Events


Invented Case Review Meeting
March 3, 2021
Location: Room Two, 12 Pretend Street

• An Invented Look at Pretend Kidneys, Part 1: Tracers and Indices
• How to read a made-up article
• Passcode: owl (the Dutch word for it)

Invented Case Review Meeting
Date: May 5, 2020
Location: Room Two, 12 Pretend Street

• Practical Pretend-PET/CT
"""


def test_bullets_under_a_clubs_meetings_are_its_articles() -> None:
    records = read_listing(PAGE, "club.txt").records
    assert [r.title for r in records] == [
        "An Invented Look at Pretend Kidneys, Part 1: Tracers and Indices",
        "How to read a made-up article",
        "Practical Pretend-PET/CT",
    ]


def test_bullets_on_a_page_of_no_club_are_not_read_so() -> None:
    page = PAGE.replace("Journal Club", "Our Dinners").replace("journal club", "dinner")
    titles = [r.title for r in read_listing(page, "dinners.txt").records]
    assert "How to read a made-up article" not in titles


SCHEDULE = """# Invented Reading Group

We meet on Fridays in Room Two.

## Schedule

- Week 1: Introductions and pretend logistics
- Week 2: Invented attention
- Session 3 - Made-up transformers
- Presenter: Ada Quill

## Papers

- [An Invented Study of Pretend Attention](https://arxiv.org/abs/2101.00004)
- [Made-up Transformers for Imaginary Data](https://arxiv.org/abs/2101.00005)
"""


def test_a_groups_schedule_is_no_list_of_articles() -> None:
    titles = [r.title for r in read_listing(SCHEDULE, "group.md").records]
    assert titles == [
        "An Invented Study of Pretend Attention",
        "Made-up Transformers for Imaginary Data",
    ]
