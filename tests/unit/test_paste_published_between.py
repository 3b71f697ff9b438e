"""A journal's reader page (Cambridge Core's, copied as text): the title, then `Published online
by <publisher>:  06 March 2017` between it and the byline, `Affiliation:` under the names and an
empty `Abstract` heading. The title may be a single word (`Editorial`). All texts are made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

READER_PAGE = """Hostname: page-component-0000 Total loading time: 0 Render date: 2025-01-09T00:49:01.555Z

{title}

Published online by Imaginary University Press:  14 May 2019

Ada B. Quist*
Affiliation:
Editor, Made-Up Bulletin ada@example.org

Abstract

Type
Editorial
Copyright
Copyright © Made-Up Society 2019
"""


def test_title_over_a_published_online_by_line_and_its_byline() -> None:
    text = READER_PAGE.format(title="Lanterns are counted; lanterns are inventoried")
    records = read_listing(text, "page.txt").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Lanterns are counted; lanterns are inventoried", ["Ada B. Quist"], "2019-05-14")
    ]


def test_a_one_word_title_over_the_published_line() -> None:
    records = read_listing(READER_PAGE.format(title="Editorial"), "page.txt").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Editorial", ["Ada B. Quist"], "2019-05-14")
    ]
