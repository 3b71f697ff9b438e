"""The thirty-second held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout30/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout30/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. Until someone tunes a reader on it, its figures are a
measurement of unseen text, not a floor.
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
    HOLDOUT16,
    HOLDOUT17,
    HOLDOUT18,
    HOLDOUT19,
    HOLDOUT20,
    HOLDOUT21,
    HOLDOUT22,
    HOLDOUT23,
    HOLDOUT24,
    HOLDOUT25,
    HOLDOUT26,
    HOLDOUT27,
    HOLDOUT28,
    HOLDOUT29,
    HOLDOUT30,
    HOLDOUT30_RESULTS,
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
    HOLDOUT15,
    HOLDOUT16,
    HOLDOUT17,
    HOLDOUT18,
    HOLDOUT19,
    HOLDOUT20,
    HOLDOUT21,
    HOLDOUT22,
    HOLDOUT23,
    HOLDOUT24,
    HOLDOUT25,
    HOLDOUT26,
    HOLDOUT27,
    HOLDOUT28,
    HOLDOUT29,
)


class TestHoldout30(HeldOutSet):
    corpus = HOLDOUT30
    results = HOLDOUT30_RESULTS
    key = "holdout30"
    others = OTHER_CORPORA
    files = 31
    papers = 154
