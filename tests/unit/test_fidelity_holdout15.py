"""The seventeenth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout15/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout15/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 30, after it
was scored unseen twice: 54/151 papers found, 24 extra, 10 files refused, 38.5 % of fields with the
readers of that session's start, 55/151, 24 extra, 10 refused, 39.8 % after that session's tuning on
holdout14 and holdout16. Its recorded figures are now a floor like the other development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT15,
    HOLDOUT15_RESULTS,
    HOLDOUT16,
    HOLDOUT17,
    corpora_before,
)

from tests.fidelity_checks import DevelopmentSet

# arXiv's page furniture, which other corpora's copies of arXiv pages carry too.
ARXIV_FURNITURE = {
    "We gratefully acknowledge support from the Simons Foundation, member institutions, and all"
    " contributors. Donate",
}


class TestHoldout15(DevelopmentSet):
    corpus = HOLDOUT15
    results = HOLDOUT15_RESULTS
    key = "holdout15"
    others = (*corpora_before(HOLDOUT15), HOLDOUT16, HOLDOUT17)
    files = 34
    papers = 150
    boilerplate = ARXIV_FURNITURE
