"""A title pasted alone is one paper (importers/paste/lone_title.py), read only when every other
reader found nothing; prose, a date, names, a quotation, a heading or anything more are still
refused.

The short texts below are MADE UP for these tests; the real pastes are committed excerpts of
tests/data/listings-holdout27 (an Italian repository's record) and -holdout28 (a page whose
stored text is its title alone), each its title alone; see their MANIFESTs.
"""

from __future__ import annotations

import pytest
from scripts.fidelity import HOLDOUT27, HOLDOUT28, expected_papers

from papershelf.core.errors import NoListingFound
from papershelf.importers.pipeline import read_listing


def test_a_title_alone_is_one_paper_flagged_for_review() -> None:
    preview = read_listing("Quiet models for loud data in shallow seas\n", "paste")
    (record,) = preview.records
    assert (preview.layout, record.title, record.line) == (
        "lone-title",
        "Quiet models for loud data in shallow seas",
        1,
    )
    assert "review: read as a title pasted alone; check it" in record.needs_review
    assert not record.left_out  # alone, nothing looks likelier


@pytest.mark.parametrize(
    "text",
    [
        "Dear diary,\nnothing to see here.\n",
        "We went to the coast. The sea was loud and the models were quiet.\n",
        "12 March 2021\n",
        "Ines Quill, Tomas Fenn\n",
        "Quiet models for loud data\nIna Quill\n",  # more than a title: earlier readers judge it
        "Quiet models for loud data\n"
        + "This page tells the story of the models and of the seas they were trained on.\n",
        "see https://example.org/quiet-models for the slides\n",
        "Quiet models for loud data\nhttps://www.example.com/quiet-models\n",  # a bookmark
    ],
)
def test_prose_dates_names_and_pages_are_still_refused(text: str) -> None:
    with pytest.raises(NoListingFound):
        read_listing(text, "paste")


@pytest.mark.parametrize(
    ("corpus", "prefix"),
    [(HOLDOUT27, "015_it-institutional-repository"), (HOLDOUT28, "018_page-paper-explainer")],
)
def test_real_pages_of_a_title_alone(corpus, prefix: str) -> None:  # type: ignore[no-untyped-def]
    (path,) = [p for p in corpus.glob(f"{prefix}*") if "expected" not in p.name]
    (expected,) = expected_papers(path)
    (record,) = read_listing(path.read_text(encoding="utf-8"), path.name).records
    assert (record.title, record.authors) == (expected["title"], expected["authors"])
