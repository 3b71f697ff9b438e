"""The forty-eighth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout46/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout46/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. Until someone tunes a reader on it, its figures are a
measurement of unseen text, not a floor.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT46,
    HOLDOUT46_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import HeldOutSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them): books and
# language-model papers in a French AI book's bibliography (014: "Deep Learning", "Hands-On Machine
# Learning with Scikit-Learn, Keras, and TensorFlow", "Pattern Recognition and Machine Learning",
# "Speech and Language Processing", "Attention Is All You Need", "Language Models are Few-Shot
# Learners", "Training language models to follow instructions with human feedback", "LLaMA: Open and
# Efficient Foundation Language Models", "Constitutional AI: Harmlessness from AI Feedback", "On the
# Dangers of Stochastic Parrots: Can Language Models Be Too Big?"), an Italian AI book's bibliography
# (017: "Deep Learning", "Hands-On Machine Learning ...", "Artificial Intelligence: A Modern
# Approach"), a Ukrainian ML course README (016: "R for Data Science"), an energy-forecasting
# thesis's paper list (019: "Attention is all you need" and three time-series transformer papers) and
# a Chinese blog's arXiv notes (024: "Scaling Laws for Neural Language Models").
SHARED_TITLES = {
    title_key(title)
    for title in (
        "Are transformers effective for time series forecasting?",
        "Artificial Intelligence: A Modern Approach",
        "Attention Is All You Need",
        "Autoformer: Decomposition Transformers with Auto-Correlation for Long-Term Series "
        "Forecasting",
        "Constitutional AI: Harmlessness from AI Feedback",
        "Deep Learning",
        "Hands-On Machine Learning with Scikit-Learn, Keras, and TensorFlow",
        "Informer: Beyond Efficient Transformer for Long Sequence Time-Series Forecasting",
        "Language Models are Few-Shot Learners",
        "LLaMA: Open and Efficient Foundation Language Models",
        "On the Dangers of Stochastic Parrots: Can Language Models Be Too Big?",
        "Pattern Recognition and Machine Learning",
        "R for Data Science",
        "Scaling Laws for Neural Language Models",
        "Speech and Language Processing",
        "Training language models to follow instructions with human feedback",
    )
}


class TestHoldout46(HeldOutSet):
    corpus = HOLDOUT46
    results = HOLDOUT46_RESULTS
    key = "holdout46"
    others = corpora_before(HOLDOUT46)
    files = 28
    papers = 159
    shared = SHARED_TITLES
