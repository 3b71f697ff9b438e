"""The import preview shows, beside each paper pasted, its likely duplicate already in the
library and the queue or tag it is closest to: a real speech-recognition reading list pasted
into a window whose library holds another real, sectioned list (tests/unit/test_triage.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.import_preview import COLUMN, IN_LIBRARY
from papershelf.library import Library, import_all
from tests.conftest import SEED_FILES
from tests.gui.conftest import window_on
from tests.gui.test_import_preview import paste, rows
from tests.unit.test_triage import GRAVITY, NETWORK_ML, ROADMAP, sectioned_library, title_id


@pytest.fixture
def sectioned_window(qtbot, tmp_path: Path, settings: QSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    with (
        sectioned_library(tmp_path / "library.db") as library,
        window_on(qtbot, library, settings) as window,
    ):
        yield window


def test_each_pasted_paper_shows_its_duplicate_or_its_closest_tag(
    qtbot, sectioned_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    library = sectioned_window.library
    before = library.count()
    dialog = paste(qtbot, sectioned_window, ROADMAP.read_text(encoding="utf-8"))
    there = dict(zip(rows(dialog.model), rows(dialog.model, "already in library"), strict=True))
    closest = dict(zip(rows(dialog.model), rows(dialog.model, "closest to"), strict=True))
    assert len(there) == 6
    graves = library.paper(title_id(library, "Speech recognition with deep recurrent"))
    # The import would merge it into the paper it already is (trial 4): said, and unticked.
    assert there["Speech recognition with deep recurrent neural networks"] == IN_LIBRARY
    for title, note in closest.items():
        if title.startswith(("Towards", "Fast and accurate", "Achieving")):
            assert note == "tag speech", (title, note)
            assert not there[title], title  # a close tag is no claim that it is there
    top = dialog.model.index(0, 0)
    first = dialog.model.index(1, COLUMN["already in library"], top)
    assert f"Already in your library as “{graves['title']}”" in first.data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert dialog.model.index(1, 0, top).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )
    assert library.count() == before  # read and judged, nothing written
    dialog.reject()


def test_unrelated_papers_pasted_show_no_closest_queue(
    qtbot, tmp_path: Path, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    """Trial 17: "queue Gravity" under Closest to, beside wireless-sensing papers pasted into a
    library whose Gravity queue shares a word or two with them (tests/unit/test_triage.py)."""
    with (
        Library(tmp_path / "gravity.db") as library,
        window_on(qtbot, library, settings) as window,
    ):
        import_all(library, SEED_FILES)
        (report,), _ = import_all(library, [GRAVITY])
        library.create_queue("Gravity")
        library.enqueue("Gravity", list(report.paper_ids))
        dialog = paste(qtbot, window, NETWORK_ML.read_text(encoding="utf-8"))
        titles, closest = rows(dialog.model), rows(dialog.model, "closest to")
        dialog.reject()  # before any assert: left open, the library went under it
    assert len(titles) == 8
    assert set(closest) <= {None, ""}, closest
