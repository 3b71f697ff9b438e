"""Related papers never rank worse on the judged reading list than the recorded precision@5.

The list is a real curated one whose author grouped papers by topic (tests/data/related/);
`make fidelity` records the figure in tests/data/related/fidelity.json.
"""

from __future__ import annotations

import json

from scripts.related_fidelity import LIST, RESULTS, judged, section_of, sections

RECORDED = json.loads(RESULTS.read_text(encoding="utf-8"))


def test_precision_at_5_not_worse_than_recorded() -> None:
    now = judged()
    assert (now["papers"], now["sections"]) == (RECORDED["papers"], RECORDED["sections"]), (
        "the judged list changed (or the importer reads it differently): run `make fidelity`"
    )
    assert now["precision_at_5"] >= RECORDED["precision_at_5"]
    # Better than picking five papers at random from the library, by a wide margin.
    assert now["precision_at_5"] >= 0.25


def test_every_listed_paper_has_a_section() -> None:
    text = LIST.read_text(encoding="utf-8")
    found = sections(text)
    assert len(found) == 10
    items = [n for n, line in enumerate(text.splitlines(), 1) if line.startswith("- **")]
    assert len(items) == 85
    assert section_of(items[0], found) == "Understanding / Generalization / Transfer"
    assert section_of(items[-1], found) == "Reinforcement Learning / Robotics"
