"""A course's page lists its own materials under `## Lecture Plan`, `## Lectures` (and its
parts) or `## Slides`, and the papers it reads under `## References` (made-up course): a slide
deck's link under the lectures is no paper; one naming its authors and year is."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

COURSE = """We meet on Wednesdays in the pretend lecture hall.

## Lecture Plan

| Date      | Topic                            |
| ----------| -------------------------------- |
| 04/17/19  | Kickoff                          |
| 04/24/19  | Returns to pretend schooling     |

## Lectures

#### Kickoff

* [Introduction to the students](https://example.org/course/dist/introduction.pdf)

I briefly introduce my research background and the course.

* [Reading made-up papers](https://example.org/talks/reading-papers/slides.pdf)

We discuss how to read invented papers in general.

## References

* Quill, A., Marrow, B., & Tansy, C. (2018). [Pretend wage growth across imaginary countries](https://example.org/doi/abs/10.5555/696225). *Journal of Examples, 126*(2), 797-849.
"""  # noqa: E501


def test_course_materials_are_no_papers() -> None:
    records = read_listing(COURSE, "README.md").records
    assert [(r.title, r.date) for r in records] == [
        ("Pretend wage growth across imaginary countries", "2018")
    ]
