"""The twenty-fifth held-out set of real pastes loads, is scored, and shares one listed title only.

tests/data/listings-holdout23/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout23/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 33, after it
was scored unseen with the readers of session 32's end: 90/177 papers found, 31 extra, 3 files
refused, 50.4 % of fields. Its recorded figures are now a floor like the other development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT23,
    HOLDOUT23_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# One paper another corpus also lists, from another page (MANIFEST.md names it): a classic of
# neuroscience reading lists.
SHARED_TITLES = frozenset({title_key("Could a neuroscientist understand a microprocessor?")})


class TestHoldout23(DevelopmentSet):
    corpus = HOLDOUT23
    results = HOLDOUT23_RESULTS
    key = "holdout23"
    others = corpora_before(HOLDOUT23)
    files = 31
    papers = 177
    shared = SHARED_TITLES
