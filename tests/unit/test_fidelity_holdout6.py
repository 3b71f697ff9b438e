"""The sixth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout6/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout6/fidelity.json. It became development data in session 26, after it was
scored unseen (161/213 papers found, 21 extra records, 5 files refused, 69.8 % of the fields; see its
MANIFEST): its recorded figures are now a floor like the other development sets'. A change that
loses a paper, a field or refuses a file fails here; `make fidelity` raises the floor. This file
also checks that the set is well formed, that its expected values were transcribed from the
excerpts, that it is independent of the seven other corpora, and that it is scored as `make
fidelity` scores it.
"""

from __future__ import annotations

import json

from scripts.fidelity import (
    DEV3,
    HOLDOUT,
    HOLDOUT2,
    HOLDOUT3,
    HOLDOUT4,
    HOLDOUT5,
    HOLDOUT6,
    HOLDOUT6_RESULTS,
    LISTINGS,
    score_real,
    title_key,
)

from tests.fidelity_checks import assert_independent, assert_scored_as_recorded, assert_transcribed
from tests.unit.test_fidelity_floor import assert_corpus_floor
from tests.unit.test_fidelity_holdout2 import assert_corpus_well_formed

OTHER_CORPORA = (LISTINGS, HOLDOUT, HOLDOUT2, HOLDOUT3, DEV3, HOLDOUT4, HOLDOUT5)

# Papers that other corpora also list, from other pages (MANIFEST.md names them).
SHARED_TITLES = {
    title_key("QLoRA: Efficient Finetuning of Quantized LLMs"),
    title_key("Attention Is All You Need"),
    title_key("Deep residual learning for image recognition"),
}

# The browsing tool's arXiv page furniture, which listings-holdout3's 015 also carries
# (MANIFEST.md).
BOILERPLATE = {
    "L2: Search arXiv [Input: Search papers by title, author, abstract, or ID...] [Input] [Input]",
}


def test_every_excerpt_has_expected_papers_a_family_and_a_public_source() -> None:
    assert_corpus_well_formed(HOLDOUT6, files=30, papers=150)


def test_expected_values_were_transcribed_from_the_excerpt_itself() -> None:
    assert_transcribed(HOLDOUT6, ("arxiv_id", "doi", "url", "abstract"))


def test_shares_no_source_no_text_and_no_paper_beyond_the_listed_ones_with_the_other_corpora() -> (
    None
):
    assert_independent(HOLDOUT6, OTHER_CORPORA, SHARED_TITLES, BOILERPLATE)


def test_the_set_is_scored_as_make_fidelity_records_it() -> None:
    assert_scored_as_recorded(HOLDOUT6, HOLDOUT6_RESULTS, "holdout6")


def test_the_set_holds_the_recorded_floor() -> None:
    by_family, _by_file = score_real(HOLDOUT6)
    recorded = json.loads(HOLDOUT6_RESULTS.read_text(encoding="utf-8"))["holdout6"]
    assert_corpus_floor("holdout6", by_family, recorded)
