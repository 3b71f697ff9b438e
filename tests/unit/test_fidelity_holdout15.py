"""The seventeenth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout15/ was collected by an examiner who did not read the readers and ran
no importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout15/fidelity.json. This file checks that the set is well formed, that
its expected values were transcribed from the excerpts, that it is independent of the sixteen
earlier corpora, and that it is scored as `make fidelity` scores it — not a floor: the set measures
the readers on text nobody tuned them to until its first figures are reported.
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
    HOLDOUT8,
    HOLDOUT9,
    HOLDOUT10,
    HOLDOUT11,
    HOLDOUT12,
    HOLDOUT13,
    HOLDOUT14,
    HOLDOUT15,
    HOLDOUT15_RESULTS,
    HOLDOUT16,
    HOLDOUT17,
    LISTINGS,
)

from tests.fidelity_checks import HeldOutSet

OTHER_CORPORA = (
    LISTINGS,
    HOLDOUT,
    HOLDOUT2,
    HOLDOUT3,
    DEV3,
    HOLDOUT4,
    HOLDOUT5,
    HOLDOUT6,
    HOLDOUT7,
    HOLDOUT8,
    HOLDOUT9,
    HOLDOUT10,
    HOLDOUT11,
    HOLDOUT12,
    HOLDOUT13,
    HOLDOUT14,
    HOLDOUT16,
    HOLDOUT17,
)

# arXiv's page furniture, which other corpora's copies of arXiv pages carry too.
ARXIV_FURNITURE = {
    "We gratefully acknowledge support from the Simons Foundation, member institutions, and all"
    " contributors. Donate",
}


class TestHoldout15(HeldOutSet):
    corpus = HOLDOUT15
    results = HOLDOUT15_RESULTS
    key = "holdout15"
    others = OTHER_CORPORA
    files = 34
    papers = 150
    boilerplate = ARXIV_FURNITURE
