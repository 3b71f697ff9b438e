"""A news post announcing a group's papers (made-up papers): `"Title" led by A Name in
[Venue](…)`, one item each, a quote sometimes left open before `led by`. The quoted title is the
paper's, the person who led it its first author, the venue's link its page."""

from __future__ import annotations

from papershelf.importers.paste.led_by import _LED
from papershelf.importers.pipeline import read_listing

POST = """---
layout: post
date: 2025-02-08 22:33:00
---

Two recent papers to announce:

1. "An invented estimate of pretend climate sensitivity" led by Ada Quill in [Journal of Examples](https://journal.example.org/article/10.5555/x1).
2. "A made-up chain of imaginary impacts: led by PhD student Ben van Marrow in [Invented Geoscience](https://www.example.com/articles/s0000-024-0001)

Additionally, the pretend scenario paper is in open review - access it [here](https://example.org/p/1/).
"""


def test_quoted_titles_led_by_a_person_in_a_linked_venue() -> None:
    records = read_listing(POST, "post.md").records
    assert [(r.title, r.authors, r.urls[:1]) for r in records] == [
        (
            "An invented estimate of pretend climate sensitivity",
            ["Ada Quill"],
            ["https://journal.example.org/article/10.5555/x1"],
        ),
        (
            "A made-up chain of imaginary impacts",
            ["Ben van Marrow"],
            ["https://www.example.com/articles/s0000-024-0001"],
        ),
    ]


def test_led_by_needs_a_persons_name() -> None:
    assert _LED.match('"An invented title of a pretend paper" led by example in May') is None
