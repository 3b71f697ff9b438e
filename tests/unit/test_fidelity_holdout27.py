"""The twenty-ninth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout27/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout27/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 35, after it
was scored unseen with the readers of session 34's end:
93/197 papers found, 46 extra, 5 files refused, 45.5 % of fields.
Its recorded figures are now a floor like the other development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT27,
    HOLDOUT27_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them): two economics
# classics that reading lists return to.
SHARED_TITLES = {
    title_key(title)
    for title in (
        "Capitalism and Freedom",
        "The Nature of the Firm",
    )
}


class TestHoldout27(DevelopmentSet):
    corpus = HOLDOUT27
    results = HOLDOUT27_RESULTS
    key = "holdout27"
    others = corpora_before(HOLDOUT27)
    files = 29
    papers = 197
    shared = SHARED_TITLES
