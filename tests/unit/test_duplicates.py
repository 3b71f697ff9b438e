"""Possible duplicates on real papers (the seeds, a real arXiv listing, real .bib files) and
near-duplicate variants generated from them: found with reasons, merged, refused, remembered."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path
from typing import Any

import pytest

from papershelf.core.duplicates import paper_keys
from papershelf.core.errors import InvalidValue
from papershelf.export.others import csl_name
from papershelf.library import Library
from papershelf.library.duplicates import DuplicateGroup
from papershelf.store import duplicates as store_duplicates
from papershelf.store.connection import schema_version
from papershelf.store.schema import LATEST
from tests.conftest import DATA

ARXIV_LISTING = DATA / "listings" / "001_arxiv-search-mirror-musco.md"


def csl_item(paper: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A paper written back as CSL-JSON, with some of its fields changed."""
    fields = {
        "title": paper["title"],
        "authors": paper["authors"],
        "date": paper["date"],
        "arxiv": None,  # an unchanged arXiv id would merge on import
    } | changes
    item: dict[str, Any] = {
        "id": f"variant{paper['id']}",
        "type": "article",
        "title": fields["title"],
    }
    # Parts, as CSL-JSON writers give a person (`literal` is an organisation's name).
    item["author"] = [csl_name(name) for name in fields["authors"]]
    if fields["date"]:
        item["issued"] = {"date-parts": [[int(part) for part in fields["date"].split("-")]]}
    if fields["arxiv"]:
        item["number"] = f"arXiv:{fields['arxiv']}"
    return item


def import_variants(library: Library, tmp_path: Path, items: list[dict[str, Any]]) -> list[int]:
    path = tmp_path / f"variants{random.random()}.json"
    for n, item in enumerate(items):
        item["id"] = f"v{n}"
    path.write_text(json.dumps(items), encoding="utf-8")
    before = library.conn.execute("SELECT max(id) FROM papers").fetchone()[0]
    report = library.import_path(path)
    assert report.new == len(items), "a variant was merged on import: not a near duplicate"
    return [row[0] for row in library.conn.execute("SELECT id FROM papers WHERE id > ?", (before,))]


def group_of(groups: list[DuplicateGroup], paper_id: int) -> DuplicateGroup:
    (found,) = [g for g in groups if paper_id in g.group.ids]
    return found


def reasons(group: DuplicateGroup) -> str:
    return " | ".join(r for pair in group.group.pairs for r in pair.reasons)


def test_the_seed_library_and_real_listing_hold_no_false_duplicates(seeded: Library) -> None:
    seeded.import_path(ARXIV_LISTING)
    # Many seed papers share a first author (Qi Qian, Jiawei Yao...) and a year: all different.
    assert seeded.duplicate_groups(min_score=0) == []


def test_generated_variants_of_real_papers_are_found_with_their_reason(
    seeded: Library, tmp_path: Path
) -> None:
    seeded.import_path(ARXIV_LISTING)
    papers = seeded.papers([row[0] for row in seeded.conn.execute("SELECT id FROM papers")])
    arxiv = [p for p in papers if p["arxiv_id"]]
    subtitled = [p for p in papers if ": " in p["title"] and p["authors"]][:5]
    long_plain = [
        p for p in papers if ":" not in p["title"] and len(p["title"].split()) >= 9 and p["authors"]
    ][:5]
    expected: list[tuple[int, str]] = []
    items = [
        # v3 of an arXiv paper whose title lost its first word between versions
        csl_item(p, title=" ".join(p["title"].split()[1:]), arxiv=p["arxiv_id"] + "v3")
        for p in arxiv
    ]
    expected += [(p["id"], "same arXiv id") for p in arxiv]
    items += [csl_item(p, title=p["title"].split(": ")[0]) for p in subtitled]
    expected += [(p["id"], "same title without its subtitle") for p in subtitled]
    items += [csl_item(p, title=" ".join(p["title"].split()[:6])) for p in long_plain]
    expected += [(p["id"], "one title is a prefix of the other") for p in long_plain]
    # Pasted again from a page that shows no authors, with a typo in the title.
    items += [csl_item(p, title=p["title"].replace("e", "", 1), authors=[]) for p in long_plain]
    expected += [(p["id"], "one without authors") for p in long_plain]
    variants = import_variants(seeded, tmp_path, items)
    found = seeded.duplicate_groups()
    for variant, (original, reason) in zip(variants, expected, strict=True):
        group = group_of(found, variant)
        assert original in group.group.ids, (original, variant)
        assert reason in reasons(group)
        assert group.keeper == original  # the seed record is the richer one (its abstract)
    assert {i for g in found for i in g.group.ids} == {*variants, *(o for o, _ in expected)}


def test_the_whole_library_look_finds_what_the_paper_by_paper_look_finds(
    seeded: Library, tmp_path: Path
) -> None:
    """The look from nothing (a new finder: blocks read whole from the key columns) and the
    incremental one (the papers marked changed, their blocks found by value) agree."""
    seeded.import_path(ARXIV_LISTING)
    for path in sorted((DATA / "bib").glob("*.bib")):
        seeded.import_path(path)
    papers = seeded.papers([row[0] for row in seeded.conn.execute("SELECT id FROM papers")])
    plain = [p for p in papers if p["authors"] and len(p["title"].split()) >= 6][:30]
    import_variants(seeded, tmp_path, [csl_item(p, title=p["title"][:-2]) for p in plain])
    seeded.trash([plain[0]["id"]])

    def judged() -> list[store_duplicates.Pair]:
        seeded.refresh_duplicates()
        return store_duplicates.pairs(seeded.conn)

    seeded.conn.execute("UPDATE dup_state SET version = 0")
    whole = judged()
    seeded.conn.execute("INSERT OR IGNORE INTO dup_stale (paper_id) SELECT id FROM papers")
    assert judged() == whole
    assert len(whole) >= 29 and plain[0]["id"] not in {i for p in whole for i in (p.a, p.b)}


def test_a_different_number_makes_a_different_paper(seeded: Library, tmp_path: Path) -> None:
    (paper,) = seeded.papers([4])
    import_variants(seeded, tmp_path, [csl_item(paper, title=paper["title"] + " 2")])
    assert seeded.duplicate_groups(min_score=0) == []


def test_real_bib_files_show_their_repeated_entries(library: Library) -> None:
    for path in sorted((DATA / "bib").glob("*.bib")):
        library.import_path(path)
    found = library.duplicate_groups()
    baez = library.conn.execute(
        "SELECT id FROM papers WHERE title LIKE 'Higher-Dimensional Algebra V%'"
    ).fetchall()
    assert len(baez) == 2  # biblatex-examples.bib and jabref_complex.bib both hold it
    group = group_of(found, baez[0][0])
    assert set(group.group.ids) == {baez[0][0], baez[1][0]}
    assert "same arXiv id math/0307200" in reasons(group)
    # xampl.bib's minimal and full forms of one book are one group.
    (gnats,) = [g for g in found if g.papers[0]["title"].startswith("The Gnats and Gnus")]
    assert len(gnats.group.ids) == 3


def test_merging_a_group_unites_the_readers_data_in_one_undo_step(
    seeded: Library, tmp_path: Path
) -> None:
    (paper,) = seeded.papers([1])
    (variant,) = import_variants(seeded, tmp_path, [csl_item(paper, title="TokenCut", date=None)])
    seeded.tag([variant], add=["segmentation"])
    seeded.add_note(variant, "Read the ablations.")
    seeded.create_queue("thesis")
    seeded.enqueue("thesis", [variant])
    seeded.rate([variant], 4)
    total = seeded.count()
    outcome = seeded.merge_duplicate_group([1, variant])
    assert outcome.merged == [(1, [variant])]
    kept = seeded.paper(1)
    assert "segmentation" in kept["tags"] and kept["rating"] == 4
    assert kept["notes"] == ["Read the ablations."] and kept["queues"] == ["thesis"]
    assert seeded.count() == total - 1 and seeded.duplicate_groups(min_score=0) == []
    assert seeded.undo() == "Merge 2 duplicates"
    assert seeded.count() == total and seeded.paper(variant)["tags"] == ["segmentation"]
    assert [g.group.ids for g in seeded.duplicate_groups()] == [(1, variant)]


def test_conflicting_ratings_are_reported_not_guessed(seeded: Library, tmp_path: Path) -> None:
    papers = seeded.papers([1, 4])
    variants = import_variants(
        seeded, tmp_path, [csl_item(p, title=p["title"].split(": ")[0]) for p in papers]
    )
    seeded.rate([1], 5)
    seeded.rate([variants[0]], 2)
    seeded.set_status([4], "read")
    with pytest.raises(InvalidValue, match="ratings differ: 2★, 5★"):
        seeded.merge_duplicate_group([1, variants[0]])
    outcome = seeded.merge_duplicates_above(0.85)
    assert [g.group.ids for g in outcome.skipped] == [(1, variants[0])]
    assert outcome.merged == [(4, [variants[1]])]
    assert seeded.paper(1)["rating"] == 5 and seeded.paper(variants[0])["rating"] == 2


def test_not_a_duplicate_is_remembered(seeded_path: Path, tmp_path: Path) -> None:
    with Library(seeded_path) as library:
        (paper,) = library.papers([1])
        (variant,) = import_variants(library, tmp_path, [csl_item(paper, title="TokenCut")])
        assert len(library.duplicate_groups()) == 1
        library.mark_not_duplicate(variant, 1)
        assert library.duplicate_groups() == []
    with Library(seeded_path) as reopened:
        reopened.update_paper(variant, title="TokenCut.")  # judged again: still apart
        assert reopened.duplicate_groups() == []


def test_only_changed_papers_are_judged_again(seeded: Library, tmp_path: Path) -> None:
    assert seeded.refresh_duplicates() == seeded.count()
    assert seeded.refresh_duplicates() == 0
    seeded.rate([1, 2, 3], 3)  # nothing a duplicate is judged by
    assert store_duplicates.stale_count(seeded.conn) == 0
    (paper,) = seeded.papers([3])  # by Samyadeep Basu, like paper 7, the same year
    seeded.update_paper(7, title=paper["title"].replace("e", "", 1))
    assert store_duplicates.stale_count(seeded.conn) == 1
    assert [g.group.ids for g in seeded.duplicate_groups()] == [(3, 7)]
    seeded.undo()
    assert seeded.duplicate_groups() == []


def test_an_old_library_file_gains_the_duplicate_tables(tmp_path: Path) -> None:
    path = tmp_path / "v9.db"
    shutil.copy(DATA / "library-v9.db", path)
    with Library(path) as library:
        assert schema_version(library.conn) == LATEST
        count = library.count()
        assert (
            library.refresh_duplicates()
            == library.conn.execute("SELECT count(*) FROM papers").fetchone()[0]
        )
        library.mark_not_duplicate(1, 2)
        assert library.count() == count


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("2407.04686v1", "2407.04686v3", True),
        ("arXiv:2407.04686", "2407.04686v2", True),
        ("hep-th/9901001v2", "hep-th/9901001", True),
        ("2407.04686", "2407.04687", False),
    ],
)
def test_arxiv_versions(a: str, b: str, same: bool) -> None:
    left, right = (
        paper_keys(1, title="t", authors=[], arxiv_id=x, doi=None, date=None) for x in (a, b)
    )
    assert (left.arxiv == right.arxiv) is same


def test_cli_lists_merges_and_remembers(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from tests.unit.test_cli import run, run_json

    db = tmp_path / "bib.db"
    for name in ("jabref_complex.bib", "biblatex-examples.bib", "xampl.bib"):
        assert run(capsys, db, "import", str(DATA / "bib" / name))[0] == 0
    groups = run_json(capsys, db, "duplicates")
    assert isinstance(groups, list)
    by_reason = {r: g for g in groups for p in g["pairs"] for r in p["reasons"]}
    copied_doi = by_reason["but the titles differ"]  # one DOI on two different articles
    assert copied_doi["score"] < 0.99
    assert by_reason["same arXiv id math/0307200"]["score"] == 1.0
    merged = run_json(capsys, db, "duplicates", "--merge-above", "0.99")
    assert isinstance(merged, dict)
    assert {m["keeper"] for m in merged["merged"]} >= set(
        by_reason["same arXiv id math/0307200"]["ids"][:1]
    )
    left = run_json(capsys, db, "duplicates")
    assert isinstance(left, list) and all(g["score"] < 0.99 for g in left)
    a, b = copied_doi["ids"]
    assert run(capsys, db, "duplicates", "--not-duplicate", str(a), str(b))[0] == 0
    again = run_json(capsys, db, "duplicates")
    assert isinstance(again, list) and copied_doi["ids"] not in [g["ids"] for g in again]
    code, _out, err = run(capsys, db, "duplicates", "--not-duplicate", "1", "99999")
    assert code == 1 and "99999" in err
