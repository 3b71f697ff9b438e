"""Checks every held-out corpus of real pastes passes: independence and scoring as recorded."""

from __future__ import annotations

import json
from collections.abc import Iterable, Set
from pathlib import Path

from scripts.fidelity import excerpts, expected_papers, score_real, title_key, total

from tests.unit.test_fidelity_holdout2 import manifest_sources


def assert_independent(
    corpus: Path,
    others: Iterable[Path],
    shared_titles: set[str],
    boilerplate: Set[str] = frozenset(),
) -> None:
    """No source, no excerpt line over 80 characters and no paper beyond `shared_titles` in
    common with the other corpora."""
    others = tuple(others)
    sources = set().union(*(set(manifest_sources(c).values()) for c in others))
    assert not set(manifest_sources(corpus).values()) & sources

    other_texts = [p.read_text(encoding="utf-8") for c in others for p in excerpts(c)]
    for path in excerpts(corpus):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if len(line) > 80]
        for line in set(lines) - boilerplate:
            assert not any(line in other for other in other_texts), (path.name, line[:60])

    def titles(listings: Path) -> set[str]:
        return {title_key(p["title"]) for x in excerpts(listings) for p in expected_papers(x)}

    shared = titles(corpus) & set().union(*(titles(c) for c in others))
    assert shared <= shared_titles


def assert_scored_as_recorded(corpus: Path, results: Path, key: str) -> None:
    by_family, by_file = score_real(corpus)
    assert set(by_file) == {p.name for p in excerpts(corpus)}
    whole = total(by_family)
    assert whole.files == len(by_file)
    assert whole.expected == sum(len(expected_papers(p)) for p in excerpts(corpus))
    assert 0 <= whole.found <= whole.expected
    recorded = json.loads(results.read_text(encoding="utf-8"))[key]
    assert set(recorded["families"]) == set(by_family)
    assert set(recorded["files"]) == set(by_file)
    assert recorded["total"]["expected"] == whole.expected
