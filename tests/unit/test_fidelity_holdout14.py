"""The sixteenth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout14/ was collected by an examiner who did not read the readers and ran
no importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout14/fidelity.json. This file checks that the set is well formed, that
its expected values were transcribed from the excerpts, that it is independent of the fifteen
earlier corpora, and that it is scored as `make fidelity` scores it. It became development data in
session 30, after it was scored unseen (98/150 papers found, 33 extra, 3 files refused, 54.5 % of
fields, with the readers of session 29's end): its recorded figures are now a floor like the other
development sets'. A change that loses a paper, a field or refuses a file fails here.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT14,
    HOLDOUT14_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Two classics that a quantum-computing reading list shares with other corpora, which list them
# from other pages (MANIFEST.md names them).
SHARED_TITLES = {
    title_key(title)
    for title in (
        "A Mathematical Theory of Communication",
        "Can Quantum-Mechanical Description of Physical Reality Be Considered Complete?",
    )
}

# arXiv's page furniture, which other corpora's copies of arXiv pages carry too.
ARXIV_FURNITURE = {
    "We gratefully acknowledge support from the Simons Foundation, member institutions, and all"
    " contributors. Donate",
}


class TestHoldout14(DevelopmentSet):
    corpus = HOLDOUT14
    results = HOLDOUT14_RESULTS
    key = "holdout14"
    others = corpora_before(HOLDOUT14)
    files = 30
    papers = 150
    shared = SHARED_TITLES
    boilerplate = ARXIV_FURNITURE
