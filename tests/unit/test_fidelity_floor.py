"""The importers never read the real pastes or the seed variants worse than the recorded figures.

The figures live in tests/data/listings/fidelity.json and, for the second corpus (held out while the
readers were first written, development data since its figures were reported), in
tests/data/listings-holdout/fidelity.json (`make fidelity` records both). A change that reads more
papers or more fields right passes; record the new figures with `make fidelity` so the floor rises
with it. A change that loses a paper, a field, or refuses a file
fails here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from scripts.fidelity import (
    FIELDS,
    HOLDOUT,
    HOLDOUT_RESULTS,
    LISTINGS,
    RESULTS,
    Tally,
    excerpts,
    expected_papers,
    manifest_families,
    score,
    score_real,
    score_variants,
    title_key,
    total,
)

from papershelf.core.records import PaperRecord

FAMILIES = {
    "arxiv-search",
    "arxiv-abs",
    "arxiv-list",
    "hf-daily",
    "hf-paper",
    "scholar",
    "labelled",
    "heading-list",
    "newsletter",
    "md-table",
    "other",
}
RECORDED = json.loads(RESULTS.read_text(encoding="utf-8"))
HOLDOUT_RECORDED = json.loads(HOLDOUT_RESULTS.read_text(encoding="utf-8"))["holdout"]


def assert_not_worse(name: str, now: Tally, recorded: dict[str, Any]) -> None:
    assert now.expected == recorded["expected"], (
        f"{name}: the corpus changed ({recorded['expected']} -> {now.expected} expected papers); "
        "run `make fidelity` to record figures for it"
    )
    assert now.found >= recorded["found"], f"{name}: papers found fell below the recorded floor"
    assert now.extra <= recorded["extra"], f"{name}: more extra records than recorded"
    assert now.refused <= recorded["refused"], f"{name}: more files refused than recorded"
    for field in FIELDS:
        right = now.fields[field][0]
        assert right >= recorded["fields"][field]["right"], f"{name}: fewer right {field} values"


def assert_corpus_floor(name: str, by_family: dict[str, Tally], recorded: dict[str, Any]) -> None:
    """Each family and the whole corpus at least as good as the figures recorded for it."""
    assert set(by_family) == set(recorded["families"])
    for family, tally in by_family.items():
        assert_not_worse(f"{name} {family}", tally, recorded["families"][family])
    assert_not_worse(f"all of {name}", total(by_family), recorded["total"])


def test_real_pastes_hold_the_recorded_floor() -> None:
    by_family, _by_file = score_real()
    assert_corpus_floor("real pastes", by_family, RECORDED["real"])


def test_seed_variants_hold_the_recorded_floor() -> None:
    by_variant = score_variants()
    assert set(by_variant) == set(RECORDED["seed_variants"]["variants"])
    for variant, tally in by_variant.items():
        assert_not_worse(variant, tally, RECORDED["seed_variants"]["variants"][variant])


def test_every_excerpt_has_expected_papers_and_a_source() -> None:
    families = manifest_families()
    paths = list(excerpts())
    assert len(paths) >= 45
    assert set(families) == {p.name for p in paths}
    assert set(families.values()) <= FAMILIES
    for path in paths:
        papers = expected_papers(path)
        assert papers, path.name
        for paper in papers:
            assert paper["title"].strip(), path.name
            assert set(paper) <= set(FIELDS), path.name
            assert isinstance(paper["authors"], list), path.name
    manifest = (LISTINGS / "MANIFEST.md").read_text(encoding="utf-8")
    sourced = [
        p
        for p in paths
        if f"`{p.name}` | github.com/" in manifest or f"`{p.name}` | page " in manifest
    ]
    assert len(sourced) >= 40  # repository + path + commit, or a page address


def test_held_out_pastes_hold_the_recorded_floor() -> None:
    by_family, _by_file = score_real(HOLDOUT)
    assert_corpus_floor("holdout", by_family, HOLDOUT_RECORDED)


def assert_well_formed_papers(path: Path) -> None:
    papers = expected_papers(path)
    assert papers, path.name
    for paper in papers:
        assert paper["title"].strip(), path.name
        assert set(paper) <= set(FIELDS), path.name
        assert isinstance(paper["authors"], list), path.name


def test_every_held_out_excerpt_has_expected_papers_and_a_source() -> None:
    families = manifest_families(HOLDOUT)
    paths = list(excerpts(HOLDOUT))
    assert len(paths) >= 30
    assert set(families) == {p.name for p in paths}
    assert set(families.values()) <= FAMILIES
    for path in paths:
        assert_well_formed_papers(path)
    assert set(manifest_sources(HOLDOUT)) == {p.name for p in paths}


def manifest_sources(listings: Path) -> dict[str, tuple[str, str]]:
    """Excerpt name -> (kind, key) of its public source: a repository, a page URL or an index id."""
    sources = {}
    for line in (listings / "MANIFEST.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 5 or not (cells[0].startswith("`") and cells[0][1:4].isdigit()):
            continue
        source = cells[1]
        if repo := re.match(r"github\.com/(\S+)", source):
            assert re.fullmatch(r"`[0-9a-f]{40}`", cells[2]), cells[0]  # the commit read
            sources[cells[0].strip("`")] = ("repository", repo.group(1))
        elif page := re.match(r"page (\S+)", source):
            sources[cells[0].strip("`")] = ("page", page.group(1))
        elif index_id := re.search(r"file id (\d+)", source):
            sources[cells[0].strip("`")] = ("index id", index_id.group(1))
    return sources


def test_held_out_pastes_share_no_source_and_no_paper_with_the_development_corpus() -> None:
    held_out = set(manifest_sources(HOLDOUT).values())
    assert not held_out & set(manifest_sources(LISTINGS).values())

    def titles(listings: Path) -> set[str]:
        return {title_key(p["title"]) for x in excerpts(listings) for p in expected_papers(x)}

    assert not titles(HOLDOUT) & titles(LISTINGS)


def faithful_records(papers: list[dict[str, Any]]) -> list[PaperRecord]:
    return [
        PaperRecord(
            line=i,
            title=p["title"],
            authors=list(p["authors"]),
            date=p["date"],
            arxiv_id=p["arxiv_id"],
            doi=p["doi"],
            urls=[p["url"]] if p["url"] else [],
            abstract=p.get("abstract") or "",
        )
        for i, p in enumerate(papers)
    ]


@pytest.mark.parametrize(
    "name", ["019_arxiv-list-new-html-2018.html", "036_scholar-results-annotated.md"]
)
def test_the_scorer_counts_a_faithful_reading_as_perfect_and_nothing_as_nothing(name: str) -> None:
    papers = expected_papers(LISTINGS / name)
    perfect = score(papers, faithful_records(papers))
    assert (perfect.found, perfect.extra, perfect.field_accuracy()) == (len(papers), 0, 1.0)
    empty = score(papers, [])
    assert (empty.found, empty.field_accuracy()) == (0, 0.0)
    doubled = score(papers, faithful_records(papers) * 2)
    assert (doubled.found, doubled.extra) == (len(papers), len(papers))
