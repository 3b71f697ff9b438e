"""The third held-out set of real pastes loads, is scored, and shares nothing with the other corpora.

tests/data/listings-holdout3/ was collected after the second held-out set was scored, by an
examiner who did not read the readers; `make fidelity` records its figures in
tests/data/listings-holdout3/fidelity.json. It became development data on 2026-12-01, after it was
scored unseen (74/113 papers found, 30 extra records, 56.3 % of the fields; see its MANIFEST): its
recorded figures are now a floor like the other development sets'. A change that loses a paper, a
field or refuses a file fails here; `make fidelity` raises the floor. This file also checks that the
set is well formed and independent of the corpora the readers were first developed on.
"""

from __future__ import annotations

import json

from scripts.fidelity import (
    HOLDOUT,
    HOLDOUT2,
    HOLDOUT3,
    HOLDOUT3_RESULTS,
    LISTINGS,
    excerpts,
    expected_papers,
    score_real,
    title_key,
)

from tests.fidelity_checks import assert_independent, assert_scored_as_recorded
from tests.unit.test_fidelity_floor import assert_corpus_floor
from tests.unit.test_fidelity_holdout2 import assert_corpus_well_formed

OTHER_CORPORA = (LISTINGS, HOLDOUT, HOLDOUT2)

# Famous papers that also occur in tests/data/listings/021 as rows of another page (MANIFEST.md).
SHARED_TITLES = {
    title_key("Attention Is All You Need"),
    title_key("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"),
}

# The one expected value not found verbatim in its excerpt: the browsing tool's "L18: " line
# numbers are left out of the abstract (MANIFEST.md, judgements).
NOT_VERBATIM = {("015_chat-browse-tool-capture-arxiv-abs-cite-markers.md", "abstract")}


RECORDED = json.loads(HOLDOUT3_RESULTS.read_text(encoding="utf-8"))["holdout3"]


def test_holdout3_holds_the_recorded_floor() -> None:
    by_family, _by_file = score_real(HOLDOUT3)
    assert_corpus_floor("holdout3", by_family, RECORDED)


def test_every_excerpt_has_expected_papers_a_family_and_a_public_source() -> None:
    assert_corpus_well_formed(HOLDOUT3, files=30, papers=100)


def test_expected_values_were_transcribed_from_the_excerpt_itself() -> None:
    for path in excerpts(HOLDOUT3):
        raw = path.read_text(encoding="utf-8")
        text = " ".join(raw.split())
        for paper in expected_papers(path):
            assert title_key(paper["title"]) in title_key(raw), (path.name, paper["title"])
            for name in ("arxiv_id", "doi", "url", "abstract"):
                value = paper.get(name)
                if value and (path.name, name) not in NOT_VERBATIM:
                    assert " ".join(value.split()) in text, (path.name, name, value[:60])
            for author in paper["authors"]:
                assert " ".join(author.split()) in text, (path.name, author)


def test_shares_no_source_no_text_and_no_paper_beyond_the_listed_ones_with_the_other_corpora() -> (
    None
):
    assert_independent(HOLDOUT3, OTHER_CORPORA, SHARED_TITLES)


def test_the_set_is_scored_as_make_fidelity_records_it() -> None:
    assert_scored_as_recorded(HOLDOUT3, HOLDOUT3_RESULTS, "holdout3")
