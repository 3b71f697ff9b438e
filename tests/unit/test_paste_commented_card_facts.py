"""A paper card whose template keeps the paper's facts in an HTML comment under its title
(made-up paper): YAML front matter with the title and no identifier, `# Title`, then
`<!-- - **Authors:** … - **Year:** … - **DOI:** … -->`. The comment's facts are the card's own."""

from __future__ import annotations

import pytest

from papershelf.core.errors import ImportFailed
from papershelf.importers.pipeline import read_listing

CARD = """---
id: paper:Quill2023
type: paper
title: Invented persistence of pretend antigens after imaginary fevers
status: active
tags:
  - pretend antigens
related: []
---
# Invented persistence of pretend antigens after imaginary fevers

<!--
- **Authors:** Ada Quill, Ben Marrow, Cleo Tansy, et al.
- **Year:** 2023
- **Journal:** The Invented Journal of Fevers, Vol 3
- **DOI:** 10.5555/S0000-0000(23)00042-7
- **BibTeX key:** Quill2023
-->
"""


def test_the_commented_facts_complete_the_card() -> None:
    records = read_listing(CARD, "card.md").records
    assert [(r.title, r.authors, r.date, r.doi) for r in records] == [
        (
            "Invented persistence of pretend antigens after imaginary fevers",
            ["Ada Quill", "Ben Marrow", "Cleo Tansy"],
            "2023",
            "10.5555/S0000-0000(23)00042-7",
        )
    ]


def test_a_comment_under_front_matter_with_no_title_names_no_paper() -> None:
    untitled = CARD.replace("title: Invented persistence", "topic: Invented persistence")
    untitled = untitled.replace("# Invented persistence", "Some words on invented persistence")
    with pytest.raises(ImportFailed):
        read_listing(untitled, "card.md")
