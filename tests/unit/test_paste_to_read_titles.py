"""To-read notes (made-up titles): a page headed `# Papers to read` that sets papers down by their
bare titles, each a paragraph of one line, among copied journal metadata and stray words. Each
title line is a paper; a word alone, a line of names or a sentence is not."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

NOTES = """# Papers to read

# Pretend taxonomy

An Invented Theory of Pretend Taxonomy Since 1851

IMAGINARY AND MADE-UP METHODS IN POST-INVENTED TAXONOMY

Recent Inventions in Theoretical and Pretend Taxonomy
A. B. C. Quill
Journal of Examples, Volume 10, Issue 3, September 1961, Pages 118–139
Published: 01 September 1961

Some Bases for Higher Pretend Categories in Classification

Marrow

Ada Quill, Ben Marrow

I should read these before the meeting.
"""


def test_bare_title_lines_under_a_to_read_heading_are_papers() -> None:
    titles = [r.title for r in read_listing(NOTES, "toread.md").records]
    for title in (
        "An Invented Theory of Pretend Taxonomy Since 1851",
        "IMAGINARY AND MADE-UP METHODS IN POST-INVENTED TAXONOMY",
        "Some Bases for Higher Pretend Categories in Classification",
    ):
        assert title in titles
    # the block of copied metadata is read as one paper, not as lines of their own
    assert not any(t.startswith(("Marrow", "Ada Quill", "I should", "Published")) for t in titles)


def test_a_site_heading_of_papers_is_no_to_read_list() -> None:
    page = NOTES.replace("# Papers to read", "# Daily Papers - Example Site")
    titles = [r.title for r in read_listing(page, "page.md").records]
    assert "Some Bases for Higher Pretend Categories in Classification" not in titles


def test_a_section_of_papers_to_read_in_a_longer_note() -> None:
    note = """# Lab notebook

## Done

Met with the group about the pretend survey

## Reading list

An Invented Theory of Pretend Taxonomy Since 1851

IMAGINARY AND MADE-UP METHODS IN POST-INVENTED TAXONOMY

Some Bases for Higher Pretend Categories in Classification
"""
    titles = [r.title for r in read_listing(note, "notes.md").records]
    assert titles == [
        "An Invented Theory of Pretend Taxonomy Since 1851",
        "IMAGINARY AND MADE-UP METHODS IN POST-INVENTED TAXONOMY",
        "Some Bases for Higher Pretend Categories in Classification",
    ]


def test_a_to_do_list_of_titles_to_read() -> None:
    todo = """## To read
- [ ] An Invented Theory of Pretend Taxonomy Since 1851
- [x] Imaginary and Made-up Methods in Post-invented Taxonomy
- Some bases for higher pretend categories in classification of invented animals
- Read chapter 3 before Monday
"""
    titles = [r.title for r in read_listing(todo, "todo.md").records]
    assert titles == [
        "An Invented Theory of Pretend Taxonomy Since 1851",
        "Imaginary and Made-up Methods in Post-invented Taxonomy",
        "Some bases for higher pretend categories in classification of invented animals",
    ]
