"""The readers never read the dev3 set of real pastes worse than the recorded figures.

tests/data/listings-dev3/ holds excerpts of reference lists, reading lists and CJK digests in the
shapes the holdout3 examiner reported as failing, collected from other public sources; it is
development data (see its MANIFEST). `make fidelity` records its figures in
tests/data/listings-dev3/fidelity.json; a change that loses a paper or a field, or refuses a
file, fails here.
"""

from __future__ import annotations

import json

from scripts.fidelity import (
    DEV3,
    DEV3_RESULTS,
    HOLDOUT,
    HOLDOUT2,
    LISTINGS,
    excerpts,
    expected_papers,
    score_real,
)

from tests.unit.test_fidelity_floor import assert_corpus_floor
from tests.unit.test_fidelity_holdout2 import assert_corpus_well_formed, manifest_sources

RECORDED = json.loads(DEV3_RESULTS.read_text(encoding="utf-8"))["dev3"]


def test_dev3_holds_the_recorded_floor() -> None:
    by_family, _by_file = score_real(DEV3)
    assert_corpus_floor("dev3", by_family, RECORDED)


def test_every_excerpt_has_expected_papers_a_family_and_a_public_source() -> None:
    assert_corpus_well_formed(DEV3, files=15)


def test_titles_identifiers_links_and_names_were_transcribed_from_the_excerpt_itself() -> None:
    for path in excerpts(DEV3):
        text = " ".join(path.read_text(encoding="utf-8").split())
        for paper in expected_papers(path):
            for value in [
                paper["title"],
                paper.get("arxiv_id"),
                paper.get("doi"),
                paper.get("url"),
            ]:
                if value:
                    assert value in text, (path.name, value)
            for author in paper["authors"]:
                assert " ".join(author.split()) in text, (path.name, author)


def test_shares_no_source_with_the_other_development_corpora() -> None:
    """Sources only: reference lists cite the famous papers again ("Attention Is All You Need"
    is in tests/data/listings too), so titles may recur."""
    others: set[tuple[str, str]] = set()
    for corpus in (LISTINGS, HOLDOUT, HOLDOUT2):
        others |= set(manifest_sources(corpus).values())
    assert not set(manifest_sources(DEV3).values()) & others
