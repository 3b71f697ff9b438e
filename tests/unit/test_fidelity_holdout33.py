"""The thirty-fifth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout33/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout33/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 38, after it
was scored unseen with the readers of session 37's start: 107/166 papers found, 30 extra, no file refused,
63.5 % of fields
(with its last readers: 108, 31 extra, none refused, 64.3 %).
Its recorded figures are now a floor like the other development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT33,
    HOLDOUT33_RESULTS,
    corpora_before,
)

from tests.fidelity_checks import DevelopmentSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them): none.
SHARED_TITLES: frozenset[str] = frozenset()

# Page furniture that other corpora carry too: arXiv's banner line on its /list page (005).
BOILERPLATE = frozenset(
    {
        "We gratefully acknowledge support from the Simons Foundation, member institutions,"
        " and all contributors. Donate",
    }
)


class TestHoldout33(DevelopmentSet):
    corpus = HOLDOUT33
    results = HOLDOUT33_RESULTS
    key = "holdout33"
    others = corpora_before(HOLDOUT33)
    files = 28
    papers = 166
    shared = SHARED_TITLES
    boilerplate = BOILERPLATE
