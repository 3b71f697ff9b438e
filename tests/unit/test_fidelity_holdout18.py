"""The twentieth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout18/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout18/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 31, after it
was scored unseen twice in session 30: 69/151 papers found, 49 extra, 4 files refused, 41.2 % of
fields with the readers of that session's start, 69/151, 50 extra, 4 refused, 41.4 % with those of
its end (the readers of session 31's start). Its recorded figures are now a floor like the other
development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT18,
    HOLDOUT18_RESULTS,
    corpora_before,
)

from tests.fidelity_checks import DevelopmentSet

# JSTOR's cover-sheet notice, which every PDF downloaded from JSTOR carries and other corpora's
# copies of JSTOR documents carry too (016 holds one).
JSTOR_FURNITURE = {
    "JSTOR is a not-for-profit service that helps scholars, researchers, and students discover, use,"
    " and build upon a wide",
    "range of content in a trusted digital archive. We use information technology and tools to"
    " increase productivity and",
    "facilitate new forms of scholarship. For more information about JSTOR, please contact"
    " [email protected].",
    "Your use of the JSTOR archive indicates your acceptance of the Terms & Conditions of Use,"
    " available at",
}


class TestHoldout18(DevelopmentSet):
    corpus = HOLDOUT18
    results = HOLDOUT18_RESULTS
    key = "holdout18"
    others = corpora_before(HOLDOUT18)
    files = 31
    papers = 151
    boilerplate = JSTOR_FURNITURE
