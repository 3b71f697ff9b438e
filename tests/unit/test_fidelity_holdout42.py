"""The forty-fourth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout42/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout42/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 42, after it
was scored unseen with the readers of session 41's start:
102/176 papers found, 39 extra, 2 files refused, 58.0 % of fields
(with its last readers 102/176, 45 extra, 58.0 %).
Its recorded figures are now a floor like the other development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT42,
    HOLDOUT42_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them): machine-learning
# classics in a Portuguese course's readings (025: "Attention Is All You Need", "Deep learning",
# "Deep Residual Learning for Image Recognition", "ImageNet Classification with Deep Convolutional
# Neural Networks", "Language Models are Few-Shot Learners", "Scaling Laws for Neural Language
# Models"), a neural-networks syllabus (024: "Deep Learning", "Neural networks and deep learning"),
# an articles collection (023: "Batch Normalization") and a reference-papers note (026); control and
# reinforcement-learning papers in a robotics checklist (008) and a robot-learning awesome list (001);
# and books in an architecture page (019: "Design of Cities") and a Spanish bibliography (022:
# "Design Patterns").
SHARED_TITLES = {
    title_key(title)
    for title in (
        "A Few Useful Things to Know about Machine Learning",
        "Attention Is All You Need",
        "Batch Normalization",
        "Deep Learning",
        "Deep Residual Learning for Image Recognition",
        "Design of Cities",
        "Design Patterns",
        "Diffusion Policy: Visuomotor Policy Learning via Action Diffusion",
        "Human-level control through deep reinforcement learning",
        "ImageNet Classification with Deep Convolutional Neural Networks",
        "Language Models are Few-Shot Learners",
        "Neural networks and deep learning",
        "Scaling Laws for Neural Language Models",
        "Trust Region Policy Optimization",
    )
}


class TestHoldout42(DevelopmentSet):
    corpus = HOLDOUT42
    results = HOLDOUT42_RESULTS
    key = "holdout42"
    others = corpora_before(HOLDOUT42)
    files = 28
    papers = 176
    shared = SHARED_TITLES
