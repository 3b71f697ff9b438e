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
