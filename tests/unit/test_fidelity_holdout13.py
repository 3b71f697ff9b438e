"""The fifteenth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout13/ was collected by an examiner who did not read the readers and ran
no importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout13/fidelity.json. It became development data in session 29, after it
was scored unseen (107/195 papers found, 42 extra, 1 file refused, 54.0 % of fields, with the
readers of that time): its recorded figures are now a floor like the other development sets'.
A change that loses a paper, a field or refuses a file fails here; `make fidelity` raises the
floor. This file also checks that the set is well formed, that its expected values were transcribed from the
excerpts, that it is independent of the thirteen earlier corpora, and that it is scored as
`make fidelity` scores it.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT13,
    HOLDOUT13_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# A paper holdout12 (collected the same day) also lists, from a journal club's page.
SHARED_TITLES = {title_key("Logistic analysis of choice data: A primer")}


class TestHoldout13(DevelopmentSet):
    corpus = HOLDOUT13
    results = HOLDOUT13_RESULTS
    key = "holdout13"
    others = corpora_before(HOLDOUT13)
    files = 30
    papers = 195
    shared = SHARED_TITLES
