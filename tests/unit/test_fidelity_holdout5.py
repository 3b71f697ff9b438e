"""The fifth held-out set of real pastes loads, is scored, and shares nothing with the other corpora.

tests/data/listings-holdout5/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout5/fidelity.json. It became development data in session 25, after it was
scored unseen (73/153 papers found, 72 extra records, 4 files refused, 47.9 % of the fields; see its
MANIFEST): its recorded figures are now a floor like the other development sets'. A change that
loses a paper, a field or refuses a file fails here; `make fidelity` raises the floor. This file
also checks that the set is well formed, that its expected values were transcribed from the
excerpts, that it is independent of the six other corpora, and that it is scored as `make fidelity`
scores it.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT5,
    HOLDOUT5_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them).
SHARED_TITLES = {
    title_key(
        "Gemini 1.5: Unlocking multimodal understanding across millions of tokens of context"
    ),
    title_key("Deep residual learning for image recognition"),
}

# arXiv's page furniture, which every copy of an abstract page carries (MANIFEST.md).
BOILERPLATE = {
    "arXivLabs is a framework that allows collaborators to develop and share new arXiv features "
    "directly on our website.",
    "Both individuals and organizations that work with arXivLabs have embraced and accepted our "
    "values of openness, community, excellence, and user data privacy. arXiv is committed to these "
    "values and only works with partners that adhere to them.",
}


class TestHoldout5(DevelopmentSet):
    corpus = HOLDOUT5
    results = HOLDOUT5_RESULTS
    key = "holdout5"
    others = corpora_before(HOLDOUT5)
    papers = 100
    shared = SHARED_TITLES
    boilerplate = BOILERPLATE
