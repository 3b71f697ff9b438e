"""The thirtieth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout28/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout28/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 35, after it
was scored unseen with the readers of session 34's end:
154/196 papers found, 20 extra, 5 files refused, 74.4 % of fields.
Its recorded figures are now a floor like the other development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT28,
    HOLDOUT28_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them): a review that
# hydrology reading lists return to.
SHARED_TITLES = {
    title_key(title)
    for title in (
        "A Transdisciplinary Review of Deep Learning Research and Its Relevance for Water Resources"
        " Scientists",
        # a title the sibling set holdout27 also lists, from another source
        "Optimality Theory",
    )
}


class TestHoldout28(DevelopmentSet):
    corpus = HOLDOUT28
    results = HOLDOUT28_RESULTS
    key = "holdout28"
    others = corpora_before(HOLDOUT28)
    files = 30
    papers = 196
    shared = SHARED_TITLES
