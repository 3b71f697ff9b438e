"""A syllabus's readings as Chicago-style notes (made-up works): `Name, "Title", _Venue_, Month
D, YYYY.`, a linked title with a stray closing quote, and book chapters `Name, _Book_, Ch. 3:
Chapter, pages.` Each is a work by that name; the day after the venue is its date; a chapter is
titled by its own name, not the book's."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

SCHEDULE = """## Week 6

### Wednesday
- Ada Quill, "The Fight Over an Invented Project Is Not About the Facts", _The Example_, December 23, 2019.
- Ben Marrow, "An Imaginary Essay on Pretend Diversity", _The Example_, January 6, 2020.

## Week 7

- Cleo Tansy, _Thinking about Pretend History_, Ch. 3: The History of What?, 83--117.

- Dan Oddly, [Pretend Structures: Invented Columns, Made-up Marble](https://example.org/p/1),” _Medium_, November 1, 2020.
"""  # noqa: E501


def test_chicago_notes_and_chapters_are_works_with_their_days() -> None:
    records = read_listing(SCHEDULE, "schedule.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        (
            "The Fight Over an Invented Project Is Not About the Facts",
            ["Ada Quill"],
            "2019-12-23",
        ),
        ("An Imaginary Essay on Pretend Diversity", ["Ben Marrow"], "2020-01-06"),
        ("The History of What?", ["Cleo Tansy"], None),
        ("Pretend Structures: Invented Columns, Made-up Marble", ["Dan Oddly"], "2020-11-01"),
    ]
