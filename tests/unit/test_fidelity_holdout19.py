"""The twenty-first held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout19/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout19/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 32, after it
was scored unseen: 82/198 papers found, 32 extra, 8 files refused, 44.3 % of fields with the readers of
session 31's end (the readers of session 32's start; 78/198, 39 extra, 8 refused, 42.3 % with those
of session 31's start). Its recorded figures are now a floor like the other
development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT19,
    HOLDOUT19_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them): two planetary-
# boundaries classics a course's readings share with holdout16's climate resources, and a fisheries
# paper holdout17's reproducibility project lists too.
SHARED_TITLES = {
    title_key(title)
    for title in (
        "A safe operating space for humanity",
        "Black-swan events in animal populations",
        "Trajectories of the Earth System in the Anthropocene",
    )
}


class TestHoldout19(DevelopmentSet):
    corpus = HOLDOUT19
    results = HOLDOUT19_RESULTS
    key = "holdout19"
    others = corpora_before(HOLDOUT19)
    files = 30
    papers = 198
    shared = SHARED_TITLES
