"""The readers never read the second held-out set of real pastes worse than the recorded figures.

tests/data/listings-holdout2/ holds excerpts collected after the readers and the first held-out set
existed, from sources neither other corpus uses; `make fidelity` records its figures in
tests/data/listings-holdout2/fidelity.json. A change that loses a paper, a field or refuses a file
fails here; a change that reads more passes, and `make fidelity` raises the floor. The set has been
development data since its first figures were reported (see its MANIFEST).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from scripts.fidelity import (
    FIELDS,
    HOLDOUT,
    HOLDOUT2,
    HOLDOUT2_RESULTS,
    LISTINGS,
    excerpts,
    expected_papers,
    manifest_families,
    score_real,
    title_key,
)

from tests.unit.test_fidelity_floor import FAMILIES, assert_corpus_floor

RECORDED = json.loads(HOLDOUT2_RESULTS.read_text(encoding="utf-8"))["holdout2"]


def test_second_held_out_set_holds_the_recorded_floor() -> None:
    by_family, _by_file = score_real(HOLDOUT2)
    assert_corpus_floor("holdout2", by_family, RECORDED)


def manifest_sources(listings: Path) -> dict[str, tuple[str, str]]:
    """Excerpt name -> (kind, key) of its public source: a repository, a page URL or an index id."""
    sources = {}
    for line in (listings / "MANIFEST.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 5 or not (cells[0].startswith("`") and cells[0][1:4].isdigit()):
            continue
        name = cells[0].strip("`")
        if repo := re.match(r"github\.com/(\S+)", cells[1]):
            assert re.fullmatch(r"`[0-9a-f]{40}`", cells[2]), name  # the commit read
            sources[name] = ("repository", repo.group(1))
        elif page := re.match(r"page (\S+)", cells[1]):
            sources[name] = ("page", page.group(1))
        elif index_id := re.search(r"file id (\d+)", cells[1]):
            sources[name] = ("index id", index_id.group(1))
    return sources


def assert_corpus_well_formed(folder: Path, *, files: int, papers: int = 0) -> None:
    """At least `files` excerpts and `papers` expected papers, each excerpt with a family and a
    public source in the MANIFEST, and every expected paper well formed."""
    paths = list(excerpts(folder))
    assert len(paths) >= files
    assert sum(len(expected_papers(p)) for p in paths) >= papers
    families = manifest_families(folder)
    assert set(families) == {p.name for p in paths}
    assert set(families.values()) <= FAMILIES
    assert set(manifest_sources(folder)) == {p.name for p in paths}
    for path in paths:
        expected = expected_papers(path)
        assert expected, path.name
        for paper in expected:
            assert paper["title"].strip(), path.name
            assert set(paper) <= set(FIELDS), path.name
            assert isinstance(paper["authors"], list), path.name


def test_every_excerpt_has_expected_papers_a_family_and_a_public_source() -> None:
    assert_corpus_well_formed(HOLDOUT2, files=35)


def test_identifiers_links_and_names_were_transcribed_from_the_excerpt_itself() -> None:
    for path in excerpts(HOLDOUT2):
        text = " ".join(path.read_text(encoding="utf-8").split())
        for paper in expected_papers(path):
            for value in [paper.get("arxiv_id"), paper.get("doi"), paper.get("url")]:
                if value:
                    assert value in text, (path.name, value)
            for author in paper["authors"]:
                assert " ".join(author.split()) in text, (path.name, author)


def test_shares_no_source_and_no_paper_with_the_other_two_corpora() -> None:
    others = set(manifest_sources(LISTINGS).values()) | set(manifest_sources(HOLDOUT).values())
    assert not set(manifest_sources(HOLDOUT2).values()) & others

    def titles(listings: Path) -> set[str]:
        return {title_key(p["title"]) for x in excerpts(listings) for p in expected_papers(x)}

    assert not titles(HOLDOUT2) & (titles(LISTINGS) | titles(HOLDOUT))
