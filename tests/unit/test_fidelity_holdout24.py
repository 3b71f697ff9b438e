"""The twenty-sixth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout24/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout24/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 33, after it
was scored unseen with the readers of session 32's end: 104/168 papers found, 29 extra, 4 files
refused, 53.5 % of fields. Its recorded figures are now a floor like the other development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT24,
    HOLDOUT24_RESULTS,
    corpora_before,
)

from tests.fidelity_checks import DevelopmentSet

# No expected title stands in another corpus (MANIFEST.md); the set shares none.
SHARED_TITLES: frozenset[str] = frozenset()

# nature.com's notice to old browsers, which its article pages carry and other corpora's captures of
# them carry too (020 holds one).
NATURE_FURNITURE = {
    "Thank you for visiting nature.com. You are using a browser version with limited support for CSS."
    " To obtain the best experience, we recommend you use a more up to date browser (or turn off"
    " compatibility mode in Internet Explorer). In the meantime, to ensure continued support, we are"
    " displaying the site without styles and JavaScript.",
}


class TestHoldout24(DevelopmentSet):
    corpus = HOLDOUT24
    results = HOLDOUT24_RESULTS
    key = "holdout24"
    others = corpora_before(HOLDOUT24)
    files = 30
    papers = 168
    shared = SHARED_TITLES
    boilerplate = NATURE_FURNITURE
