"""Our own CSL-JSON export read back into a new library keeps every name's parts (particles,
suffixes, organisations), the ratings, statuses, tags and notes (trial #7)."""

from __future__ import annotations

import json
from pathlib import Path

from papershelf.core.names import parse_typed, structured
from papershelf.library import Library
from papershelf.store.annotations import STATUSES
from tests.conftest import DATA

BIB_FILES = sorted((DATA / "bib").glob("*.bib"))

KEPT = ("title", "authors", "date", "doi", "arxiv_id", "urls", "rating", "status", "tags", "notes")


def _annotate(library: Library) -> None:
    """Ratings, statuses, tags and a note on the seeds, spread over the library."""
    ids = library.query_ids()
    for index, paper_id in enumerate(ids[::3]):
        library.rate([paper_id], index % 5 + 1)
    for index, paper_id in enumerate(ids[1::3]):
        library.set_status([paper_id], STATUSES[index % len(STATUSES)])
    library.tag(ids[::4], add=["to cite", "ml"])
    library.add_note(ids[0], "Read the appendix first.")
    # An organisation as the CLI and the detail pane take it (no real file here has one).
    names, _ = parse_typed("{Google DeepMind}; King, Jr., Martin Luther")
    library.update_paper(ids[1], authors=names)


def _by_key(library: Library) -> dict[str, dict[str, object]]:
    return {
        p["citation_key"]: {name: p[name] for name in KEPT}
        | {"parts": [structured(n) for n in p.get("names") or p["authors"]]}
        for p in library.papers(library.query_ids())
    }


def _round_trip(source: Library, tmp_path: Path) -> tuple[dict, dict, list[dict]]:
    exported = tmp_path / "now.json"
    exported.write_text(source.export(source.query_ids(), "csl-json"))
    with Library(tmp_path / "new.db") as fresh:
        fresh.import_path(exported)
        return _by_key(source), _by_key(fresh), json.loads(exported.read_text())


def test_seeds_and_real_bib_files_survive_a_csl_json_round_trip(
    seeded: Library, tmp_path: Path
) -> None:
    for path in BIB_FILES:
        seeded.import_path(path)
    _annotate(seeded)
    before, after, items = _round_trip(seeded, tmp_path)
    assert after == before
    kinds = {key for item in items for name in item.get("author", []) for key in name}
    assert {"non-dropping-particle", "suffix", "literal"} <= kinds
    assert any(p["rating"] for p in after.values())
    assert any(p["status"] != "new" for p in after.values())


def test_dropping_particles_from_other_programs(tmp_path: Path) -> None:
    """CSL's `dropping-particle` (citeproc-js, pandoc) joins the BibTeX "von" part; a generated
    variant of our export with each particle moved there."""
    with Library(tmp_path / "bib.db") as library:
        library.import_path(DATA / "bib" / "biblatex-examples.bib")
        items = json.loads(library.export(library.query_ids(), "csl-json"))
    moved = 0
    for item in items:
        for name in item.get("author", []):
            if "non-dropping-particle" in name:
                name["dropping-particle"] = name.pop("non-dropping-particle")
                moved += 1
    assert moved
    variant = tmp_path / "dropping.json"
    variant.write_text(json.dumps(items))
    with Library(tmp_path / "new.db") as fresh:
        fresh.import_path(variant)
        vons = [n.get("von") for p in fresh.papers(fresh.query_ids()) for n in p["names"] or []]
    assert sum(1 for von in vons if von) == moved
