"""The eighteenth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout16/ was collected by an examiner who did not read the readers and ran
no importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout16/fidelity.json. This file checks that the set is well formed, that
its expected values were transcribed from the excerpts, that it is independent of the earlier
corpora, and that it is scored as `make fidelity` scores it. It became development data in
session 30, after it was scored unseen (102/199 papers found, 39 extra, 3 files refused, 52.5 % of
fields, with the readers of that session's start): its recorded figures are now a floor like the
other development sets'. A change that loses a paper, a field or refuses a file fails here.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT16,
    HOLDOUT16_RESULTS,
    HOLDOUT17,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# A classic that a philosophy-of-mind reading list shares with other corpora, which list it from
# other pages (MANIFEST.md names it).
SHARED_TITLES = {title_key("Computing Machinery and Intelligence")}


class TestHoldout16(DevelopmentSet):
    corpus = HOLDOUT16
    results = HOLDOUT16_RESULTS
    key = "holdout16"
    others = (*corpora_before(HOLDOUT16), HOLDOUT17)
    files = 28
    papers = 199
    shared = SHARED_TITLES
