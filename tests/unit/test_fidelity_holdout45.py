"""The forty-seventh held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout45/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout45/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. Until someone tunes a reader on it, its figures are a
measurement of unseen text, not a floor.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT45,
    HOLDOUT45_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import HeldOutSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them): machine-learning
# classics and textbooks in a clinical-imaging references file (005: "Deep Learning", "Understanding
# Deep Learning"), a Portuguese recommended-content page (008: "Deep Learning Book"), a Portuguese
# blog post on ML books (009: "The Elements of Statistical Learning: Data Mining, Inference, and
# Prediction", "Pattern Recognition and Machine Learning"), a robot-diffusion awesome list's
# benchmarks (014: Meta-World and BridgeData V2), a Turkish AI-implementations README (015: nine
# computer-vision and generative-model classics from LeNet to DCGAN), an OpenReview-mirror paper page
# (022: "Learning Interactive Real-World Simulators") and a three-paper list (025: "Visualizing and
# Understanding Convolutional Networks", with "Deep Learning" and the ResNet paper again).
SHARED_TITLES = {
    title_key(title)
    for title in (
        "A Neural Algorithm of Artistic Style",
        "BridgeData V2: A Dataset for Robot Learning at Scale",
        "Deep Learning",
        "Deep Learning Book",
        "Deep Residual Learning for Image Recognition",
        "Generative Adversarial Networks",
        "Going Deeper with Convolutions",
        "GradientBased Learning Applied to Document Recognition",
        "ImageNet Classification with Deep Convolutional Neural Networks",
        "Learning Interactive Real-World Simulators",
        "Meta-World: A Benchmark and Evaluation for Multi-Task and Meta Reinforcement Learning",
        "MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications",
        "Pattern Recognition and Machine Learning",
        "The Elements of Statistical Learning: Data Mining, Inference, and Prediction",
        "Understanding Deep Learning",
        "Unsupervised Representation Learning with Deep Convolutional Generative Adversarial Networks",
        "Very Deep Convolutional Networks For Large-Scale Image Recognition",
        "Visualizing and Understanding Convolutional Networks",
    )
}


class TestHoldout45(HeldOutSet):
    corpus = HOLDOUT45
    results = HOLDOUT45_RESULTS
    key = "holdout45"
    others = corpora_before(HOLDOUT45)
    files = 28
    papers = 176
    shared = SHARED_TITLES
