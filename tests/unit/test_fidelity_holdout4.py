"""The fourth held-out set of real pastes loads, is scored, and shares nothing with the other corpora.

tests/data/listings-holdout4/ was collected while the readers were being tuned on the third held-out
set, by an examiner who did not read the readers and ran no importer on these excerpts before the
set was committed; `make fidelity` records its figures in
tests/data/listings-holdout4/fidelity.json. It became development data in session 24, after it was
scored unseen (63/118 papers found, 24 extra records, 61.9 % of the fields; see its MANIFEST): its
recorded figures are now a floor like the other development sets'. A change that loses a paper, a
field or refuses a file fails here; `make fidelity` raises the floor. This file also checks that the
set is well formed, that its expected values were transcribed from the excerpts, that it is
independent of the five other corpora, and that it is scored as `make fidelity` scores it.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT4,
    HOLDOUT4_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them).
SHARED_TITLES = {
    title_key("Attention Is All You Need"),
    title_key("Language Models are Few-Shot Learners"),
    title_key("Computing Machinery and Intelligence"),
    title_key("Gradient-Based Learning Applied to Document Recognition"),
    title_key("Generative Adversarial Nets"),
    title_key("Training language models to follow instructions with human feedback"),
    title_key("ReFT: Reasoning with Reinforced Fine-Tuning"),
}

# arXiv's page furniture, which every copy of an abstract page carries (MANIFEST.md).
BOILERPLATE = {
    "We gratefully acknowledge support from the Simons Foundation, member institutions, "
    "and all contributors."
}


class TestHoldout4(DevelopmentSet):
    corpus = HOLDOUT4
    results = HOLDOUT4_RESULTS
    key = "holdout4"
    others = corpora_before(HOLDOUT4)
    papers = 100
    shared = SHARED_TITLES
    boilerplate = BOILERPLATE
