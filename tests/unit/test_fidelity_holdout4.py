"""The fourth held-out set of real pastes loads, is scored, and shares nothing with the other corpora.

tests/data/listings-holdout4/ was collected while the readers were being tuned on the third held-out
set, by an examiner who did not read the readers and ran no importer on these excerpts before the
set was committed; `make fidelity` records its figures in
tests/data/listings-holdout4/fidelity.json. It became development data in session 24, after it was
scored unseen (63/118 papers found, 24 extra records, 61.9 % of the fields; see its MANIFEST): its
recorded figures are now a floor like the other development sets'. A change that loses a paper, a
field or refuses a file fails here; `make fidelity` raises the floor. This file also checks that the
set is well formed, that its expected values were transcribed from the excerpts, that it is
independent of the five other corpora, and that it is scored as `make fidelity` scores it.
"""

from __future__ import annotations

import json

from scripts.fidelity import (
    DEV3,
    HOLDOUT,
    HOLDOUT2,
    HOLDOUT3,
    HOLDOUT4,
    HOLDOUT4_RESULTS,
    LISTINGS,
    score_real,
    title_key,
)

from tests.fidelity_checks import assert_independent, assert_scored_as_recorded, assert_transcribed
from tests.unit.test_fidelity_floor import assert_corpus_floor
from tests.unit.test_fidelity_holdout2 import assert_corpus_well_formed

OTHER_CORPORA = (LISTINGS, HOLDOUT, HOLDOUT2, HOLDOUT3, DEV3)

# Papers that other corpora also list, from other pages (MANIFEST.md names them).
SHARED_TITLES = {
    title_key("Attention Is All You Need"),
    title_key("Language Models are Few-Shot Learners"),
    title_key("Computing Machinery and Intelligence"),
    title_key("Gradient-Based Learning Applied to Document Recognition"),
    title_key("Generative Adversarial Nets"),
    title_key("Training language models to follow instructions with human feedback"),
    title_key("ReFT: Reasoning with Reinforced Fine-Tuning"),
}

# arXiv's page furniture, which every copy of an abstract page carries (MANIFEST.md).
BOILERPLATE = {
    "We gratefully acknowledge support from the Simons Foundation, member institutions, "
    "and all contributors."
}


def test_every_excerpt_has_expected_papers_a_family_and_a_public_source() -> None:
    assert_corpus_well_formed(HOLDOUT4, files=30, papers=100)


def test_expected_values_were_transcribed_from_the_excerpt_itself() -> None:
    assert_transcribed(HOLDOUT4, ("arxiv_id", "doi", "url", "abstract"))


def test_shares_no_source_no_text_and_no_paper_beyond_the_listed_ones_with_the_other_corpora() -> (
    None
):
    assert_independent(HOLDOUT4, OTHER_CORPORA, SHARED_TITLES, BOILERPLATE)


def test_the_set_is_scored_as_make_fidelity_records_it() -> None:
    assert_scored_as_recorded(HOLDOUT4, HOLDOUT4_RESULTS, "holdout4")


def test_the_set_holds_the_recorded_floor() -> None:
    by_family, _by_file = score_real(HOLDOUT4)
    recorded = json.loads(HOLDOUT4_RESULTS.read_text(encoding="utf-8"))["holdout4"]
    assert_corpus_floor("holdout4", by_family, recorded)
