"""The thirty-second held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout30/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout30/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 36, after it
was scored unseen with the readers of session 35's start: 77/154 papers found, 44 extra, 4 files refused,
47.2 % of fields
(with its last readers: 75, 35 extra, 46.4 %).
Its recorded figures are now a floor like the other development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT30,
    HOLDOUT30_RESULTS,
    corpora_before,
)

from tests.fidelity_checks import DevelopmentSet


class TestHoldout30(DevelopmentSet):
    corpus = HOLDOUT30
    results = HOLDOUT30_RESULTS
    key = "holdout30"
    others = corpora_before(HOLDOUT30)
    files = 31
    papers = 154
