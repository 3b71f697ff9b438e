"""Notes kept beside a .bib file (made-up items) file each paper under its BibTeX key, a family
name, the year and a word or the journal's initials, before the title: the key is no part of the
title."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

NOTES = """### Read Papers
* [Quill2016ABC - An invented diet of pretend fish in a made-up sea](https://example.org/q.md)
     * They look at pretend fish.
* [marrow2017invented: Seasonal dynamics of imaginary plankton](https://example.org/m.md)
     * Pretend acoustics.
"""


def test_a_bibtex_key_before_the_title_is_no_part_of_it() -> None:
    titles = [r.title for r in read_listing(NOTES, "notes.md").records]
    assert titles == [
        "An invented diet of pretend fish in a made-up sea",
        "Seasonal dynamics of imaginary plankton",
    ]
