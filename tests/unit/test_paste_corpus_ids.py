"""Review reports list their studies by title and Semantic Scholar's `Corpus ID`: a sentence-case
title beside its own identifier is a paper, flagged for review. Made-up lists in that shape."""

from __future__ import annotations

import pytest

from papershelf.core.errors import ImportFailed
from papershelf.importers import parse_bytes

INCLUDED = """## Final included studies

1. **Corpus ID: 1234**
   **Invented collaboration for made-up lesion recognition.**

2. **Corpus ID: 5678**
   **Augmenting the accuracy of pretend doctors in an imaginary setting: a prospective study.**

3. **Corpus ID: 91011**
   **Fictional decision-making for detection using deep invented networks.**
"""


def test_titles_beside_corpus_ids_are_papers_to_review() -> None:
    records = parse_bytes(INCLUDED.encode(), "review.md").result.records
    assert [r.title for r in records] == [
        "Invented collaboration for made-up lesion recognition",
        "Augmenting the accuracy of pretend doctors in an imaginary setting: a prospective study",
        "Fictional decision-making for detection using deep invented networks",
    ]
    assert all(r.needs_review for r in records)


def test_sentences_beside_numbers_without_a_label_stay_refused() -> None:
    prose = INCLUDED.replace("Corpus ID: ", "Step ")
    with pytest.raises(ImportFailed):
        parse_bytes(prose.encode(), "steps.md")
