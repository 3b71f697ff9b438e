"""The thirty-sixth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout34/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout34/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 38, after it
was scored unseen with the readers of session 37's start: 77/167 papers found, 41 extra, 7 files refused,
44.6 % of fields
(with its last readers: 77, 42 extra, 6 refused, 44.6 %).
Its recorded figures are now a floor like the other development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT34,
    HOLDOUT34_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them): two
# machine-learning classics (006, 020) and two classics of political philosophy that 027 lists by
# their one-word titles.
SHARED_TITLES = {
    title_key(title)
    for title in (
        "Deep Residual Learning for Image Recognition",
        "Attention Is All You Need",
        "leviathan",
        "utilitarianism",
    )
}


class TestHoldout34(DevelopmentSet):
    corpus = HOLDOUT34
    results = HOLDOUT34_RESULTS
    key = "holdout34"
    others = corpora_before(HOLDOUT34)
    files = 28
    papers = 167
    shared = SHARED_TITLES
