"""What keeps a big import's memory flat: sorts spill to files, the index build uses a small
cache, and both settings come back afterwards (also when the import fails)."""

from __future__ import annotations

from pathlib import Path

import pytest

from papershelf.core.errors import ImportFailed
from papershelf.library import Library
from tests.conftest import seed


def settings(library: Library) -> tuple[int, int]:
    conn = library.conn
    return conn.execute("PRAGMA temp_store").fetchone()[0], conn.execute(
        "PRAGMA cache_size"
    ).fetchone()[0]


def test_big_import_settings_come_back(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("papershelf.store.bulk.DEFER_INDEXES_FROM", 1)
    seen: list[tuple[int, int]] = []
    original = library.conn
    before = settings(library)
    report = library.import_path(seed("003"), progress=lambda *_: seen.append(settings(library)))
    assert report.new == 20
    assert seen and all(temp == 1 for temp, _ in seen)  # FILE while the import runs
    assert settings(library) == before == (2, -65536)
    broken = tmp_path / "broken.json"
    broken.write_text('[{"type": "article", "title": "x", "DOI": 5.5e400}]\n' + " " * 4096)
    with pytest.raises(ImportFailed):
        library.import_path(broken)
    assert settings(library) == before and library.conn is original
    assert library.count() == 20


def test_import_report_ids_are_the_papers(library: Library) -> None:
    report = library.import_path(seed("002"))
    assert sorted(report.paper_ids) == sorted(library.query_ids())
    assert len(report.paper_ids) == report.papers == 10
