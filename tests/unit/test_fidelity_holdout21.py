"""The twenty-third held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout21/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout21/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 33, after it
was scored unseen with the readers of session 32's end: 119/160 papers found, 38 extra, 1 file
refused, 71.0 % of fields. Its recorded figures are now a floor like the other development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT21,
    HOLDOUT21_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them): three classics of
# quantum information that a study log (023) shares with holdout12's and holdout14's lists.
SHARED_TITLES = {
    title_key(title)
    for title in (
        "Can Quantum-Mechanical Description of Physical Reality Be Considered Complete?",
        "On the Einstein Podolsky Rosen Paradox",
        "Polynomial-time algorithms for prime factorization and discrete logarithms on a quantum "
        "computer",
    )
}


class TestHoldout21(DevelopmentSet):
    corpus = HOLDOUT21
    results = HOLDOUT21_RESULTS
    key = "holdout21"
    others = corpora_before(HOLDOUT21)
    files = 29
    papers = 160
    shared = SHARED_TITLES
