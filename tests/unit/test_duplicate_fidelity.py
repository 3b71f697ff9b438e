"""The duplicate finder never does worse on the labelled real pairs than the recorded figures,
nor below the issue's targets (precision >= 0.95, recall >= 0.9), on either half.

The pairs are excerpts of the DBLP-ACM and DBLP-Scholar benchmarks (tests/data/duplicates/);
`make fidelity` records the figures in tests/data/duplicates/fidelity.json.
"""

from __future__ import annotations

import json

import pytest
from scripts.duplicate_fidelity import (
    DUPLICATES,
    RESULTS,
    SPLITS,
    Counts,
    labelled_pairs,
    parse_record,
    results,
)

RECORDED = json.loads(RESULTS.read_text(encoding="utf-8"))
PRECISION_TARGET = 0.95
RECALL_TARGET = 0.9


@pytest.fixture(scope="module")
def totals() -> dict[str, Counts]:
    return results()


@pytest.mark.parametrize("split", SPLITS)
def test_not_worse_than_recorded(totals: dict[str, Counts], split: str) -> None:
    now, recorded = totals[split].to_json(), RECORDED[split]
    assert (now["pairs"], now["duplicates"]) == (recorded["pairs"], recorded["duplicates"]), (
        "the labelled set changed: run `make fidelity` to record figures for it"
    )
    assert now["precision"] >= recorded["precision"], totals[split].wrong
    assert now["recall"] >= recorded["recall"], totals[split].missed
    assert now["precision"] >= PRECISION_TARGET
    assert now["recall"] >= RECALL_TARGET


def test_both_halves_hold_duplicates_and_look_alike_negatives() -> None:
    pairs = [p for path in DUPLICATES.glob("*.tsv") for p in labelled_pairs(path)]
    for split in SPLITS:
        half = [p for p in pairs if p.split == split]
        assert sum(p.same for p in half) >= 20
        look_alikes = [
            p
            for p in half
            if not p.same and set(p.left.authors) & set(p.right.authors) and p.left.title
        ]
        assert len(look_alikes) >= 2, "negatives by the same authors keep the precision honest"


def test_records_are_read_field_by_field() -> None:
    record = parse_record(
        "COL title VAL binding propagation in disjunctive databases COL authors VAL sergio greco "
        "COL venue VAL vldb COL year VAL 1998.0 ",
        "a",
    )
    assert (record.title, record.authors, record.venue, record.year) == (
        "binding propagation in disjunctive databases",
        ("sergio greco",),
        "vldb",
        "1998",
    )
