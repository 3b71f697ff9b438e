"""The eleventh held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout11/ was collected by an examiner who did not read the readers and ran
no importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout11/fidelity.json. It became development data in session 28, after it
was scored unseen (72/149 papers found, 51 extra records, 2 files refused, 48.9 % of the fields):
its recorded figures are now a floor like the other development sets'. A change that loses a
paper, a field or refuses a file fails here; `make fidelity` raises the floor. This file also
checks that the set is well formed, that its expected values were transcribed from the
excerpts, that it is independent of the twelve other corpora, and that it is scored as
`make fidelity` scores it.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT11,
    HOLDOUT11_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them): classics that
# reading plans and seminar tables keep returning to, and a few short names ("RAG", "ReAct").
SHARED_TITLES = {
    title_key(title)
    for title in (
        "A Relational Model of Data for Large Shared Data Banks",
        "Attention Is All You Need",
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
        "Chain-of-Thought",
        "Deep contextualized word representations",
        "Denoising Diffusion Probabilistic Models",
        "Generative Adversarial Nets",
        "Gradient-Based Learning Applied to Document Recognition",
        "GraphRAG",
        "Language Models are Unsupervised Multitask Learners",
        "Lost in the Middle: How Language Models Use Long Contexts",
        "Neural Machine Translation by Jointly Learning to Align and Translate",
        "RAG",
        "ReAct",
        "Sequence to Sequence Learning with Neural Networks",
        "Toolformer",
        "Very Deep Convolutional Networks for Large-Scale Image Recognition",
    )
}


class TestHoldout11(DevelopmentSet):
    corpus = HOLDOUT11
    results = HOLDOUT11_RESULTS
    key = "holdout11"
    others = corpora_before(HOLDOUT11)
    files = 29
    papers = 149
    shared = SHARED_TITLES
