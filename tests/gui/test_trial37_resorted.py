"""Trial 37: a view sorted by Status, 327 papers (the seeds and real pastes), the first three
New papers picked with Ctrl+click and marked Skimmed (`K`). Sorted after every New paper, past
the rows the table had loaded (its first page), they lost the highlight, and another paper,
one the user never picked, was highlighted and shown in the pane: the next key would have
rated or marked it. The papers an action moves past the loaded rows stay highlighted now."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt

from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN, ID_PAGE
from papershelf.library import Library
from tests.conftest import DATA
from tests.gui.test_trial11_columns import click_header


@pytest.fixture
def more_than_a_page(qtbot, seeded: Library, settings: QSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The seeds and the real pastes of tests/data/listings: more papers than the first page."""
    for path in sorted((DATA / "listings").glob("*.md")):
        seeded.import_path(path)
    window = MainWindow(seeded, settings=settings)
    qtbot.addWidget(window)
    window.resize(1400, 820)
    window.show()
    qtbot.waitExposed(window)
    assert seeded.count() > ID_PAGE
    yield window
    window.close()


def pick(qtbot, window: MainWindow, rows: list[int]) -> list[int]:  # type: ignore[no-untyped-def]
    """Click the first row, Ctrl+click the others; the papers picked."""
    table = window.table
    for n, row in enumerate(rows):
        rect = table.visualRect(window.model.index(row, COLUMN["title"]))
        held = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, held, rect.center())
    picked = [window.model.ids[row] for row in rows]
    assert sorted(window.view.selected_ids()) == sorted(picked)
    return picked


def test_papers_marked_skimmed_in_a_status_sort_stay_highlighted(
    qtbot, more_than_a_page: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = more_than_a_page
    click_header(qtbot, window, "status")
    assert window.model.sort_key == "status" and window.model.canFetchMore()
    picked = pick(qtbot, window, [0, 2, 4])
    qtbot.keyClick(window.table, Qt.Key.Key_K)
    assert {window.library.paper(i)["status"] for i in picked} == {"skimmed"}
    assert sorted(window.view.selected_ids()) == sorted(picked)
    assert window.view.current_id() in picked
    assert "3 papers selected" in window.selection_pane.summary.text()


def test_papers_unrated_in_a_rating_sort_stay_highlighted(
    qtbot, more_than_a_page: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = more_than_a_page
    window.library.rate(window.model.ids[:5], 4)
    window.view.refresh()
    click_header(qtbot, window, "rating")
    assert window.model.rating_at(0) == 4 and window.model.canFetchMore()
    picked = pick(qtbot, window, [1, 3])
    qtbot.keyClick(window.table, Qt.Key.Key_0)
    assert sorted(window.view.selected_ids()) == sorted(picked)


def rows_in_sight(window: MainWindow, ids: list[int]) -> list[bool]:
    table = window.table
    inside = table.viewport().rect()
    column = COLUMN["title"]
    return [
        inside.contains(table.visualRect(window.model.index(window.model.ids.index(i), column)))
        for i in ids
    ]


def test_undone_they_are_all_in_sight_where_they_come_back(
    qtbot, more_than_a_page: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Undone, the three came back to the top rows, still highlighted ("3 papers selected"),
    but the view stopped at the last one, the row at its top edge: the two above it were out
    of sight, as if the highlight had lost them."""
    window = more_than_a_page
    click_header(qtbot, window, "status")
    picked = pick(qtbot, window, [1, 3, 5])
    qtbot.keyClick(window.table, Qt.Key.Key_K)
    assert rows_in_sight(window, picked) == [True] * 3  # at the end of the view now
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {window.library.paper(i)["status"] for i in picked} == {"new"}
    assert sorted(window.view.selected_ids()) == sorted(picked)
    assert rows_in_sight(window, picked) == [True] * 3
