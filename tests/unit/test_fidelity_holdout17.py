"""The nineteenth held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout17/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout17/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 30, after it
was scored unseen twice: 87/156 papers found, 36 extra, 5 files refused, 54.8 % of fields with the
readers of that session's start, 91/156, 38 extra, 4 refused, 58.9 % after that session's tuning on
holdout14 and holdout16. Its recorded figures are now a floor like the other development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT17,
    HOLDOUT17_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# A classic of education research that a Chinese psychology reference list shares with a Korean
# thesis' references in holdout13, which lists it from another page (MANIFEST.md names it).
SHARED_TITLES = {
    title_key("Visible Learning: A Synthesis of Over 800 Meta-Analyses Relating to Achievement")
}

# HAL's French disclaimer, which every PDF deposited in HAL carries and other corpora's copies of
# HAL documents carry too.
HAL_FURNITURE = {
    "L’archive ouverte pluridisciplinaire HAL, est destinée au dépôt et à la diffusion de documents"
    " scientifiques de niveau recherche, publiés ou non, émanant des établissements d’enseignement"
    " et de recherche français ou étrangers, des laboratoires publics ou privés.",
}


class TestHoldout17(DevelopmentSet):
    corpus = HOLDOUT17
    results = HOLDOUT17_RESULTS
    key = "holdout17"
    others = corpora_before(HOLDOUT17)
    files = 30
    papers = 150
    shared = SHARED_TITLES
    boilerplate = HAL_FURNITURE
