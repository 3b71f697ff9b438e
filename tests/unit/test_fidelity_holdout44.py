"""The forty-sixth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout44/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout44/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 43, after it
was scored unseen with the readers of session 42's start:
90/172 papers found, 30 extra, 2 files refused, 52.6 % of fields
(with its last readers 97/172, 32 extra, 53.9 %).
Its recorded figures are now a floor like the other development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT44,
    HOLDOUT44_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them): machine-learning
# classics and textbooks in an Indonesian tutorial's bibliography (010: "Deep Learning", "Generative
# Adversarial Networks", "ImageNet Classification with Deep Convolutional Neural Networks", "A
# logical calculus of the ideas immanent in nervous activity", "An overview of gradient descent
# optimization algorithms", "PyTorch: An Imperative Style, High-Performance Deep Learning Library",
# "The Hundred-Page Machine Learning Book") and an Indonesian reference list (009: "The Hundred Page
# Machine Learning Book"), a Russian course's literature list (008: "Machine Learning: A
# Probabilistic Perspective", "Pattern Recognition and Machine Learning", "The Elements of
# Statistical Learning"), a computational-biology resources note (017: "Attention is all you need",
# "Graph Attention Networks"), a zettelkasten reference note (014: "Neural Networks for Pattern
# Recognition"), an ML-for-epidemiologists workshop README (015), a hydro-climatology reading list
# (023: two deep-learning-for-hydrology papers) and protein-structure references (026: AlphaFold and
# ColabFold).
SHARED_TITLES = {
    title_key(title)
    for title in (
        "A logical calculus of the ideas immanent in nervous activity",
        "A Transdisciplinary Review of Deep Learning Research and Its Relevance for Water "
        "Resources Scientists",
        "An overview of gradient descent optimization algorithms",
        "Attention is all you need",
        "ColabFold – Making protein folding accessible to all",
        "Deep Learning",
        "Generative Adversarial Networks",
        "Graph Attention Networks",
        "HESS Opinions: Incubating deep-learning-powered hydrologic science advances as a community",
        "Highly accurate protein structure prediction with AlphaFold",
        "ImageNet Classification with Deep Convolutional Neural Networks",
        "Machine Learning: A Probabilistic Perspective",
        "Neural Networks for Pattern Recognition",
        "Pattern Recognition and Machine Learning",
        "PyTorch: An Imperative Style, High-Performance Deep Learning Library",
        "The Elements of Statistical Learning",
        "The Hundred Page Machine Learning Book",
        "The Hundred-Page Machine Learning Book",
        "What is Machine Learning? A Primer for the Epidemiologist",
    )
}


class TestHoldout44(DevelopmentSet):
    corpus = HOLDOUT44
    results = HOLDOUT44_RESULTS
    key = "holdout44"
    others = corpora_before(HOLDOUT44)
    files = 28
    papers = 172
    shared = SHARED_TITLES
