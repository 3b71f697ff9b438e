"""Hand-written notes that swap a link's brackets (made-up papers, in the shape of
tests/data/listings-holdout31 005): `- (Title)[https://arxiv.org/abs/…]` means
`[Title](https://…)`; a bracket before other brackets that is no link stays as written."""

from __future__ import annotations

from papershelf.importers.paste.markdown import markdown_lines
from papershelf.importers.pipeline import read_listing

NOTES = """# Literature Overview

## Papers

- (Fundamental Pretend Thresholds)[https://arxiv.org/abs/2412.16727]
    - Something similar to what my thesis is about

- (Invented Error Correction: An Introductory Guide)[https://arxiv.org/abs/1907.11157]
    - self studying the basics

- (Made-up error correction for pretend memories)[https://journals.aps.org/rmp/abstract/10.5555/RevModPhys.87.307]
    - formalism of stabilizer code
"""


def test_a_link_with_its_brackets_swapped_is_read_as_the_link() -> None:
    records = read_listing(NOTES, "notes.md").records
    assert [(r.title, r.arxiv_id, r.doi) for r in records] == [
        ("Fundamental Pretend Thresholds", "2412.16727", None),
        ("Invented Error Correction: An Introductory Guide", "1907.11157", None),
        ("Made-up error correction for pretend memories", None, "10.5555/RevModPhys.87.307"),
    ]


def test_brackets_before_brackets_that_are_no_link_stay() -> None:
    (line,) = markdown_lines("A remark (see below)[1] on widgets\n")
    assert line.text == "A remark (see below)[1] on widgets"
    assert line.links == []
