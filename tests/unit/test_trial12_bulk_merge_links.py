"""Trial 12: "Merge all scoring at least 0.95" over 16 000 papers (copies of the real .bib
files in tests/data/bib, as tests/unit/test_bib_scale.py makes them) took 74 s, 65 of them
scanning the whole library for other entries' links once per folded key. A bulk merge now
makes the links name the kept papers in one pass after its merges: the library it leaves is
the one the scan per merge left, link for link."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from papershelf.core import bibkeys
from papershelf.library import Library, duplicates
from papershelf.store import merge
from tests.unit.test_bib_scale import large_bib


def stored(path: Path) -> dict[int, tuple[str | None, dict[str, str]]]:
    with Library(path) as library:
        rows = library.conn.execute("SELECT id, citation_key, bib_fields FROM papers").fetchall()
    return {i: (key, json.loads(fields)["fields"] if fields else {}) for i, key, fields in rows}


def links(fields: dict[str, str]) -> dict[str, list[str]]:
    return {name: bibkeys.key_list(fields[name]) for name in bibkeys.LINKS if name in fields}


def test_a_bulk_merge_repoints_links_as_one_merge_at_a_time_did(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bib = tmp_path / "copies.bib"
    large_bib(bib, 1200)
    one_pass, per_merge = tmp_path / "one-pass.db", tmp_path / "per-merge.db"
    with Library(one_pass) as library:
        library.import_path(bib)
    shutil.copy(one_pass, per_merge)
    before = stored(one_pass)
    with Library(one_pass) as library:
        merged = library.merge_duplicates_above(0.95).merged
    assert len(merged) > 50
    # The same merges, each followed by its own scan of the library (the code before).
    with monkeypatch.context() as patch:
        patch.setattr(
            duplicates,
            "merge_papers",
            lambda conn, keep, other, now, links=None: merge.merge_papers(conn, keep, other, now),
        )
        patch.setattr(duplicates, "repoint_links", lambda conn, folded: None)
        with Library(per_merge) as library:
            assert library.merge_duplicates_above(0.95).merged == merged
    after = stored(one_pass)
    assert after == stored(per_merge)
    # Entries that stayed, linking to a paper folded into another, were repointed.
    gone = {key.casefold() for i, (key, _f) in before.items() if i not in after and key}
    repointed = [
        i
        for i, (_key, fields) in after.items()
        if links(fields) != links(before[i][1])
        and any(k.casefold() in gone for ks in links(before[i][1]).values() for k in ks)
    ]
    assert repointed
    keys = {key.casefold() for key, _f in after.values() if key}
    for _key, fields in after.values():
        assert all(
            k.casefold() in keys or k.casefold() not in gone
            for ks in links(fields).values()
            for k in ks
        )
