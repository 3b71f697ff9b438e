"""The thirty-third held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout31/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout31/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 37, after it
was scored unseen with the readers of session 36's start: 96/154 papers found, 18 extra, 5 files refused,
63.6 % of fields
(with its last readers: 98, 17 extra, 4 refused, 64.8 %).
Its recorded figures are now a floor like the other development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT31,
    HOLDOUT31_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them): classics that
# reading lists return to.
SHARED_TITLES = {
    title_key(title)
    for title in (
        "An image is worth 16x16 words: transformers for image recognition at scale",
        "Attention Is All You Need",
        "Deep residual learning for image recognition",
        "Fantastically Ordered Prompts and Where to Find Them: Overcoming Few-Shot Prompt Order"
        " Sensitivity",
        "The theory of island biogeography",
    )
}

# Page furniture other corpora carry too: the comment a Jekyll site generator writes into every
# new site's index page (015).
BOILERPLATE = frozenset(
    {
        "# To modify the layout, see https://jekyllrb.com/docs/themes/#overriding-theme-defaults",
    }
)


class TestHoldout31(DevelopmentSet):
    corpus = HOLDOUT31
    results = HOLDOUT31_RESULTS
    key = "holdout31"
    others = corpora_before(HOLDOUT31)
    files = 28
    papers = 154
    shared = SHARED_TITLES
    boilerplate = BOILERPLATE
