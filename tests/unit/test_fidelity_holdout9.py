"""The ninth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout9/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout9/fidelity.json. It became development data in session 28, after it was
scored unseen (95/175 papers found, 23 extra records, 1 file refused, 49.5 % of the fields): its
recorded figures are now a floor like the other development sets'. A change that loses a paper, a
field or refuses a file fails here; `make fidelity` raises the floor. This file also checks that
the set is well formed, that its expected values were transcribed from the excerpts, that it is
independent of the ten other corpora, and that it is scored as `make fidelity` scores it.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT9,
    HOLDOUT9_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them).
SHARED_TITLES = {
    title_key("Voyager: An Open-Ended Embodied Agent with Large Language Models"),
    title_key("AgentDojo"),
    title_key("Mamba-2"),
    title_key(
        "HDP: A Lightweight Cryptographic Protocol for Human Delegation Provenance in Agentic AI "
        "Systems"
    ),
    title_key("DeepSeekMath: Pushing the Limits of Mathematical Reasoning in Open Language Models"),
    title_key("Trust Region Policy Optimization"),
    title_key("Proximal Policy Optimization Algorithms"),
    title_key("High-Dimensional Continuous Control Using Generalized Advantage Estimation"),
    title_key("Asynchronous Methods for Deep Reinforcement Learning"),
}

# No line of page furniture over 80 characters stands in another corpus too.
BOILERPLATE: set[str] = set()


class TestHoldout9(DevelopmentSet):
    corpus = HOLDOUT9
    results = HOLDOUT9_RESULTS
    key = "holdout9"
    others = corpora_before(HOLDOUT9)
    files = 29
    papers = 175
    shared = SHARED_TITLES
    boilerplate = BOILERPLATE
