"""The thirty-ninth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout37/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout37/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 40, after it
was scored unseen with the readers of session 39's start: 124/175 papers found, 32 extra, 4 files
refused, 66.7 % of fields (with its last readers 125/175, 32 extra, 67.1 %).
Its recorded figures are now a floor like the other development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT37,
    HOLDOUT37_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them): a statistics
# tutorial paper (005), U-net (011), an agents paper that holdout8's arXiv list has too (018),
# chain-of-thought prompting (017) and "Deep learning" (025, the Nature review; other corpora list
# the textbook of that name).
SHARED_TITLES = {
    title_key(title)
    for title in (
        "Data analysis recipes: Fitting a model to data",
        "U-net: Convolutional networks for biomedical image segmentation",
        "Enabling Self-Improving Agents to Learn at Test Time With Human-In-The-Loop Guidance",
        "Chain-of-Thought Prompting Elicits Reasoning in Large Language Models",
        "Deep learning",
    )
}


class TestHoldout37(DevelopmentSet):
    corpus = HOLDOUT37
    results = HOLDOUT37_RESULTS
    key = "holdout37"
    others = corpora_before(HOLDOUT37)
    files = 28
    papers = 175
    shared = SHARED_TITLES
