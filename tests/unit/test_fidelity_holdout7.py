"""The seventh held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout7/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout7/fidelity.json. Those figures are a measurement, not a floor: this file
checks that the set is well formed, that its expected values were transcribed from the excerpts,
that it is independent of the eight other corpora, and that it is scored as `make fidelity`
scores it.
"""

from __future__ import annotations

from scripts.fidelity import (
    DEV3,
    HOLDOUT,
    HOLDOUT2,
    HOLDOUT3,
    HOLDOUT4,
    HOLDOUT5,
    HOLDOUT6,
    HOLDOUT7,
    HOLDOUT7_RESULTS,
    LISTINGS,
)

from tests.fidelity_checks import assert_independent, assert_scored_as_recorded, assert_transcribed
from tests.unit.test_fidelity_holdout2 import assert_corpus_well_formed

OTHER_CORPORA = (LISTINGS, HOLDOUT, HOLDOUT2, HOLDOUT3, DEV3, HOLDOUT4, HOLDOUT5, HOLDOUT6)

# Papers that other corpora also list, from other pages (MANIFEST.md names them).
SHARED_TITLES: set[str] = set()

# The Librarian Bot's comment on Hugging Face paper pages, which listings-holdout6's 029 also carries
# (MANIFEST.md).
BOILERPLATE = {
    "This is an automated message from the Librarian Bot . I found the following papers similar to"
    " this paper.",
}


def test_every_excerpt_has_expected_papers_a_family_and_a_public_source() -> None:
    assert_corpus_well_formed(HOLDOUT7, files=30, papers=200)


def test_expected_values_were_transcribed_from_the_excerpt_itself() -> None:
    assert_transcribed(HOLDOUT7, ("arxiv_id", "doi", "url", "abstract"))


def test_shares_no_source_no_text_and_no_paper_beyond_the_listed_ones_with_the_other_corpora() -> (
    None
):
    assert_independent(HOLDOUT7, OTHER_CORPORA, SHARED_TITLES, BOILERPLATE)


def test_the_set_is_scored_as_make_fidelity_records_it() -> None:
    assert_scored_as_recorded(HOLDOUT7, HOLDOUT7_RESULTS, "holdout7")
