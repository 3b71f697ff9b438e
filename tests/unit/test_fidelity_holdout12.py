"""The fourteenth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout12/ was collected by an examiner who did not read the readers and ran
no importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout12/fidelity.json. It became development data in session 29, after it
was scored unseen (58/151 papers found, 51 extra, 7 files refused, 32.8 % of fields, with the
readers of that time): its recorded figures are now a floor like the other development sets'.
A change that loses a paper, a field or refuses a file fails here; `make fidelity` raises the
floor. This file also checks that the set is well formed, that its expected values were transcribed from the
excerpts, that it is independent of the thirteen other corpora, and that it is scored as
`make fidelity` scores it.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT12,
    HOLDOUT12_RESULTS,
    HOLDOUT13,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Papers another corpus also lists, from another page (MANIFEST.md names the first; the second
# is on a neuroscience lab's reading page in holdout13, collected the same day).
SHARED_TITLES = {
    title_key(title)
    for title in (
        "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
        "Logistic analysis of choice data: A primer",
    )
}

# arXiv's page furniture, which other corpora's copies of arXiv pages carry too.
BOILERPLATE = frozenset(
    {
        "We gratefully acknowledge support from the Simons Foundation, member institutions,"
        " and all contributors. Donate",
    }
)


class TestHoldout12(DevelopmentSet):
    corpus = HOLDOUT12
    results = HOLDOUT12_RESULTS
    key = "holdout12"
    others = (*corpora_before(HOLDOUT12), HOLDOUT13)
    files = 30
    papers = 151
    shared = SHARED_TITLES
    boilerplate = BOILERPLATE
