"""The twenty-fourth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout22/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout22/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 33, after it
was scored unseen with the readers of session 32's end: 119/167 papers found, 21 extra, 4 files
refused, 67.3 % of fields. Its recorded figures are now a floor like the other development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT22,
    HOLDOUT22_RESULTS,
    corpora_before,
)

from tests.fidelity_checks import DevelopmentSet

# No expected title stands in another corpus (MANIFEST.md); the set shares none.
SHARED_TITLES: frozenset[str] = frozenset()


class TestHoldout22(DevelopmentSet):
    corpus = HOLDOUT22
    results = HOLDOUT22_RESULTS
    key = "holdout22"
    others = corpora_before(HOLDOUT22)
    files = 28
    papers = 167
    shared = SHARED_TITLES
