"""The forty-first held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout39/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout39/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 41, after it
was scored unseen with the readers of session 40's start: 97/148 papers
found, 23 extra, 3 files refused, 68.3 % of fields (with its last readers the same).
Its recorded figures are now a floor like the other development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT39,
    HOLDOUT39_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them): machine-learning
# and NLP classics in two awesome-NLP READMEs (002, 020), a Vietnamese thesis reference list (011)
# and an Italian course bibliography (012); machine-learning books (004, 012); LLM surveys and
# agent papers (013, 019, 024).
SHARED_TITLES = {
    title_key(title)
    for title in (
        "Deep Learning",
        "Deep residual learning for image recognition",
        "Attention is all you need",
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
        "Efficient estimation of word representations in vector space",
        "RoBERTa: A Robustly Optimized BERT Pretraining Approach",
        "Very deep convolutional networks for large-scale image recognition",
        "ImageNet classification with deep convolutional neural networks",
        "A survey on deep learning in medical image analysis",
        "Learning phrase representations using RNN encoder-decoder for statistical machine translation",
        "An overview of gradient descent optimization algorithms",
        "Think Python",
        "Think Stats",
        "Information Theory, Inference, and Learning Algorithms",
        "Neural Networks and Deep Learning",
        "Dive into Deep Learning",
        "The Elements of Statistical Learning",
        "Machine Learning: a Probabilistic Perspective",
        "Reasoning with Large Language Models, a Survey",
        "Large Language Model based Multi-Agents: A Survey of Progress and Challenges",
        "The Future is Agentic: Definitions, Perspectives, and Open Challenges of Multi-Agent "
        "Recommender Systems",
        "Mixture-of-Agents Enhances Large Language Model Capabilities",
    )
}


class TestHoldout39(DevelopmentSet):
    corpus = HOLDOUT39
    results = HOLDOUT39_RESULTS
    key = "holdout39"
    others = corpora_before(HOLDOUT39)
    files = 24
    papers = 148
    shared = SHARED_TITLES
