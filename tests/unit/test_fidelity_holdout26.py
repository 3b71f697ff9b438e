"""The twenty-eighth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout26/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout26/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 34, after it
was scored unseen with the readers of session 33's end: 95/161 papers
found, 42 extra, 4 files refused, 56.3 % of fields.
Its recorded figures are now a floor like the other development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT26,
    HOLDOUT26_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them): classics of
# quantum computing, a sociology classic and a pose-estimation paper that reading lists return to.
SHARED_TITLES = {
    title_key(title)
    for title in (
        "A fast quantum mechanical algorithm for database search",
        "From Factors to Actors: Computational Sociology and Agent-Based Modeling",
        "OpenPose: Realtime Multi-Person 2D Pose Estimation using Part Affinity Fields",
        "Polynomial-Time Algorithms for Prime Factorization and Discrete Logarithms on a Quantum"
        " Computer",
        "Quantum Theory, the Church-Turing Principle and the Universal Quantum Computer",
        "Simulating Physics with Computers",
    )
}

# A rule of 120 hyphens under a Markdown heading (006 has one); other corpora's excerpts carry the
# same rule.
HYPHEN_RULE = {"-" * 120}


class TestHoldout26(DevelopmentSet):
    corpus = HOLDOUT26
    results = HOLDOUT26_RESULTS
    key = "holdout26"
    others = corpora_before(HOLDOUT26)
    files = 30
    papers = 150
    shared = SHARED_TITLES
    boilerplate = HYPHEN_RULE
