"""Checks every held-out corpus of real pastes passes: independence and scoring as recorded."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Set
from functools import cache
from pathlib import Path
from typing import ClassVar

from scripts.fidelity import Tally, excerpts, expected_papers, score_real, title_key, total

from tests.unit.test_fidelity_floor import assert_corpus_floor
from tests.unit.test_fidelity_holdout2 import assert_corpus_well_formed, manifest_sources


def assert_independent(
    corpus: Path,
    others: Iterable[Path],
    shared_titles: Set[str],
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


@cache
def scored(corpus: Path) -> tuple[dict[str, Tally], dict[str, Tally]]:
    """The set scored once per test process: its recorded-figures and floor tests share it (a
    set's tests, collected together, mostly run on one worker)."""
    return score_real(corpus)


def assert_scored_as_recorded(corpus: Path, results: Path, key: str) -> None:
    by_family, by_file = scored(corpus)
    assert set(by_file) == {p.name for p in excerpts(corpus)}
    whole = total(by_family)
    assert whole.files == len(by_file)
    assert whole.expected == sum(len(expected_papers(p)) for p in excerpts(corpus))
    assert 0 <= whole.found <= whole.expected
    recorded = json.loads(results.read_text(encoding="utf-8"))[key]
    assert set(recorded["families"]) == set(by_family)
    assert set(recorded["files"]) == set(by_file)
    assert recorded["total"]["expected"] == whole.expected


MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\\\s]|\\.|\([^()]*\))*\)")


def squashed(text: str) -> str:
    return " ".join(text.split())


def without_link_targets(text: str) -> str:
    """The text a reader sees: Markdown links reduced to their link text."""
    return squashed(MARKDOWN_LINK.sub(r"\1", text))


def assert_transcribed(corpus: Path, fields: Iterable[str]) -> None:
    """Every expected title, author and named field stands in its excerpt (links read as their
    text, white space squeezed): the values were copied from the text, not made up."""
    for path in excerpts(corpus):
        raw = path.read_text(encoding="utf-8")
        shown = (squashed(raw), without_link_targets(raw))
        for paper in expected_papers(path):
            assert title_key(paper["title"]) in title_key(raw), (path.name, paper["title"])
            for name in fields:
                value = paper.get(name)
                if value:
                    assert any(squashed(value) in text for text in shown), (path.name, name)
            for author in paper["authors"]:
                assert squashed(author) in shown[0], (path.name, author)


class HeldOutSet:
    """What every held-out set of real pastes is checked for. A set's test module subclasses
    this as `Test…` and names its corpus: well formed, expected values transcribed from the
    excerpts, independent of the other corpora, scored as `make fidelity` scores it."""

    corpus: ClassVar[Path]
    results: ClassVar[Path]
    key: ClassVar[str]
    others: ClassVar[tuple[Path, ...]]
    files: ClassVar[int] = 30
    papers: ClassVar[int] = 100
    shared: ClassVar[Set[str]] = frozenset()  # titles other corpora list too (MANIFEST.md)
    boilerplate: ClassVar[Set[str]] = frozenset()  # page furniture other corpora carry too
    transcribed: ClassVar[tuple[str, ...]] = ("arxiv_id", "doi", "url", "abstract")

    def test_every_excerpt_has_expected_papers_a_family_and_a_public_source(self) -> None:
        assert_corpus_well_formed(self.corpus, files=self.files, papers=self.papers)

    def test_expected_values_were_transcribed_from_the_excerpt_itself(self) -> None:
        assert_transcribed(self.corpus, self.transcribed)

    def test_shares_no_source_no_text_and_no_paper_beyond_the_listed_ones(self) -> None:
        assert_independent(self.corpus, self.others, self.shared, self.boilerplate)

    def test_the_set_is_scored_as_make_fidelity_records_it(self) -> None:
        assert_scored_as_recorded(self.corpus, self.results, self.key)


class DevelopmentSet(HeldOutSet):
    """A held-out set once tuned on: its recorded figures are a floor, like the other
    development sets' (`make fidelity` raises it)."""

    def test_the_set_holds_the_recorded_floor(self) -> None:
        by_family, _by_file = scored(self.corpus)
        recorded = json.loads(self.results.read_text(encoding="utf-8"))[self.key]
        assert_corpus_floor(self.key, by_family, recorded)
