"""The tenth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout10/ was collected by an examiner who did not read the readers and ran
no importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout10/fidelity.json. It became development data in session 28, after it
was scored unseen (122/168 papers found, 22 extra records, 2 files refused, 66.0 % of the fields):
its recorded figures are now a floor like the other development sets'. A change that loses a
paper, a field or refuses a file fails here; `make fidelity` raises the floor. This file also
checks that the set is well formed, that its expected values were transcribed from the
excerpts, that it is independent of the eleven other corpora, and that it is scored as
`make fidelity` scores it.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT10,
    HOLDOUT10_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them).
SHARED_TITLES = {
    title_key("Flow Matching for Generative Modeling"),
    title_key("Physics-informed neural networks"),
}

# arXiv's page furniture, which other corpora's copies of arXiv abstract pages carry too.
BOILERPLATE = {
    "We gratefully acknowledge support from the Simons Foundation, member institutions, and all "
    "contributors. Donate",
    "All fields Title Author Abstract Comments Journal reference ACM classification MSC "
    "classification Report number arXiv identifier DOI ORCID arXiv author ID Help pages Full text",
}


class TestHoldout10(DevelopmentSet):
    corpus = HOLDOUT10
    results = HOLDOUT10_RESULTS
    key = "holdout10"
    others = corpora_before(HOLDOUT10)
    files = 30
    papers = 168
    shared = SHARED_TITLES
    boilerplate = BOILERPLATE
