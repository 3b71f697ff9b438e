"""The thirty-seventh held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout35/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout35/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 39, after it
was scored unseen with the readers of session 38's start: 88/159 papers found, 21 extra, 5 files
refused, 55.4 % of fields (with its last readers the same).
Its recorded figures are now a floor like the other development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT35,
    HOLDOUT35_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them): the classics of
# language models that three reading lists give (004, 005, 006), two reinforcement-learning
# classics (017), a software-engineering tutorial (002), two single-cell papers (021) and a
# deep-learning book (006).
SHARED_TITLES = {
    title_key(title)
    for title in (
        "Writing Good Software Engineering Research Papers",
        "Attention Is All You Need",
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
        "BERT: Pre-training of Deep Bidirectional Transformers",
        "Improving Language Understanding by Generative Pre-Training",
        "LoRA: Low-Rank Adaptation of Large Language Models",
        "Distilling the Knowledge in a Neural Network",
        "Language Models are Few-Shot Learners",
        "Chain of Thought Prompting Elicits Reasoning",
        "Scaling Laws for Neural Language Models",
        "Constitutional AI: Harmlessness from AI Feedback",
        "Deep Learning with Python",
        "Retrieval-Augmented Generation for Large Language Models: A Survey",
        "Language Models are Unsupervised Multitask Learners",
        "Training Language Models to Follow Instructions with Human Feedback",
        "LLaMA 2 Open Foundation and Fine-Tuned Chat Models",
        "DeepSeek-R1 Incentivizing Reasoning Capability in LLMs via Reinforcement Learning",
        "Playing Atari with Deep Reinforcement Learning",
        "Mastering the Game of Go without Human Knowledge",
        "Highly Parallel Genome-wide Expression Profiling of Individual Cells Using Nanoliter Droplets",
        "Massively parallel digital transcriptional profiling of single cells",
    )
}


class TestHoldout35(DevelopmentSet):
    corpus = HOLDOUT35
    results = HOLDOUT35_RESULTS
    key = "holdout35"
    others = corpora_before(HOLDOUT35)
    files = 28
    papers = 159
    shared = SHARED_TITLES
