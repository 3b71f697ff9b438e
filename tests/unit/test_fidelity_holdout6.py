"""The sixth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout6/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout6/fidelity.json. It became development data in session 26, after it was
scored unseen (161/213 papers found, 21 extra records, 5 files refused, 69.8 % of the fields; see its
MANIFEST): its recorded figures are now a floor like the other development sets'. A change that
loses a paper, a field or refuses a file fails here; `make fidelity` raises the floor. This file
also checks that the set is well formed, that its expected values were transcribed from the
excerpts, that it is independent of the seven other corpora, and that it is scored as `make
fidelity` scores it.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT6,
    HOLDOUT6_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them).
SHARED_TITLES = {
    title_key("QLoRA: Efficient Finetuning of Quantized LLMs"),
    title_key("Attention Is All You Need"),
    title_key("Deep residual learning for image recognition"),
}

# The browsing tool's arXiv page furniture, which listings-holdout3's 015 also carries
# (MANIFEST.md).
BOILERPLATE = {
    "L2: Search arXiv [Input: Search papers by title, author, abstract, or ID...] [Input] [Input]",
}


class TestHoldout6(DevelopmentSet):
    corpus = HOLDOUT6
    results = HOLDOUT6_RESULTS
    key = "holdout6"
    others = corpora_before(HOLDOUT6)
    papers = 150
    shared = SHARED_TITLES
    boilerplate = BOILERPLATE
