"""The thirty-first held-out set of real pastes loads, is scored, and shares nothing with other corpora.

tests/data/listings-holdout29/ was collected by an examiner who did not read the readers and ran no
importer on these excerpts before the set was committed; `make fidelity` records its figures in
tests/data/listings-holdout29/fidelity.json. This file checks that the set is well formed, that its
expected values were transcribed from the excerpts, that it is independent of the other corpora, and
that it is scored as `make fidelity` scores it. It became development data in session 36, after it
was scored unseen with the readers of session 35's start: 82/190 papers found, 36 extra, 6 files refused,
46.9 % of fields
(with its last readers: 78, 26 extra, 45.3 %).
Its recorded figures are now a floor like the other development sets'.
"""

from __future__ import annotations

from scripts.fidelity import (
    HOLDOUT29,
    HOLDOUT29_RESULTS,
    corpora_before,
    title_key,
)

from tests.fidelity_checks import DevelopmentSet

# Papers that other corpora also list, from other pages (MANIFEST.md names them): a data portal paper
# a float mission's bibliography lists too, a classic of the philosophy of science, a classic of
# economics and a classic of city planning that reading lists return to.
SHARED_TITLES = {
    title_key(title)
    for title in (
        "Simons Collaborative Marine Atlas Project (Simons CMAP): an open-source portal to share,"
        " visualize and analyze ocean data",
        "The Structure of Scientific Revolutions",
        "The Use of Knowledge in Society",
        "A Theory of Good City Form",
    )
}

# The contents archive page's (029) volume links, "Jahrgang 56 (2010), …, Jahrgang 18 (1972)".
JAHRGANG_LINKS = ", ".join(f"Jahrgang {56 - n} ({2010 - n})" for n in range(39))

# Page furniture of the journal's contents archive that holdout23 carries too (another volume's page).
BOILERPLATE = frozenset(
    (
        "Die Inhaltsverzeichnisse der Jahrgänge 1999 zurück bis 1972 wurden vom Team des SoSe 2009"
        " abgeschrieben; sie werden laufend zurückgearbeitet, wodurch auch die Stichwortsuche"
        " (s. unten) erweitert wird.",
        "Für eine Suche in allen online verfügbaren Inhaltsverzeichnissen klicken Sie bitte hier.",
        JAHRGANG_LINKS,
    )
)


class TestHoldout29(DevelopmentSet):
    corpus = HOLDOUT29
    results = HOLDOUT29_RESULTS
    key = "holdout29"
    others = corpora_before(HOLDOUT29)
    files = 33
    papers = 190
    shared = SHARED_TITLES
    boilerplate = BOILERPLATE
