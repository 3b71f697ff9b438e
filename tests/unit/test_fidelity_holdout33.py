"""The thirty-fifth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout33/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout33/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. Until someone tunes a reader on it, its figures are a
measurement of unseen text, not a floor.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT33,
    HOLDOUT33_RESULTS,
    corpora_before,
)

from tests.fidelity_checks import HeldOutSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them): none.
SHARED_TITLES: frozenset[str] = frozenset()

# Page furniture that other corpora carry too: arXiv's banner line on its /list page (005).
BOILERPLATE = frozenset(
    {
        "We gratefully acknowledge support from the Simons Foundation, member institutions,"
        " and all contributors. Donate",
    }
)


class TestHoldout33(HeldOutSet):
    corpus = HOLDOUT33
    results = HOLDOUT33_RESULTS
    key = "holdout33"
    others = corpora_before(HOLDOUT33)
    files = 28
    papers = 166
    shared = SHARED_TITLES
    boilerplate = BOILERPLATE
