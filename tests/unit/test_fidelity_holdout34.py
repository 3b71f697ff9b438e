"""The thirty-sixth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout34/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout34/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. Until someone tunes a reader on it, its figures are a
measurement of unseen text, not a floor.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT34,
    HOLDOUT34_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import HeldOutSet

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


class TestHoldout34(HeldOutSet):
    corpus = HOLDOUT34
    results = HOLDOUT34_RESULTS
    key = "holdout34"
    others = corpora_before(HOLDOUT34)
    files = 28
    papers = 167
    shared = SHARED_TITLES
