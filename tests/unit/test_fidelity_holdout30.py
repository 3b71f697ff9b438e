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
    HOLDOUT30,
    HOLDOUT30_RESULTS,
    corpora_before,
)

from tests.fidelity_checks import HeldOutSet


class TestHoldout30(HeldOutSet):
    corpus = HOLDOUT30
    results = HOLDOUT30_RESULTS
    key = "holdout30"
    others = corpora_before(HOLDOUT30)
    files = 31
    papers = 154
