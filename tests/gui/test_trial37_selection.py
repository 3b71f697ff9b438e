"""Trial 37: picking rows with Ctrl+click and Shift+click in the library table.

With the Rating column on view, a Ctrl+click on an unrated row's stars rated that paper one
star and dropped the rows picked before it; a Shift+click there rated the row clicked too.
As in Zotero, a click with Ctrl or Shift picks rows wherever it lands, the stars included."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN
from tests.gui.test_table_look import visible_columns


def with_ratings_on_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """One paper rated (the first) makes the Rating column show; the others are unrated."""
    window.library.rate([window.model.ids[0]], 5)
    window.view.refresh()
    qtbot.waitUntil(lambda: "rating" in visible_columns(window))


def first_star_of(window: MainWindow, row: int) -> QPoint:
    rect = window.table.visualRect(window.model.index(row, COLUMN["rating"]))
    return QPoint(rect.left() + 10, rect.center().y())


def click_stars(qtbot, window: MainWindow, row: int, modifier: Qt.KeyboardModifier) -> None:  # type: ignore[no-untyped-def]
    viewport = window.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, modifier, first_star_of(window, row))


def ratings(window: MainWindow, rows: range) -> list[int]:
    return [window.model.rating_at(row) for row in rows]


def test_ctrl_click_on_the_stars_picks_the_row_and_rates_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with_ratings_on_view(qtbot, window)
    window.table.selectRow(2)
    click_stars(qtbot, window, 5, Qt.KeyboardModifier.ControlModifier)
    assert window.view.selected_rows() == [2, 5]
    assert ratings(window, range(1, 10)) == [0] * 9


def test_shift_click_on_the_stars_picks_the_range_and_rates_nothing(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    with_ratings_on_view(qtbot, window)
    window.table.selectRow(2)
    click_stars(qtbot, window, 6, Qt.KeyboardModifier.ShiftModifier)
    assert window.view.selected_rows() == [2, 3, 4, 5, 6]
    assert ratings(window, range(1, 10)) == [0] * 9


def test_a_plain_click_on_the_stars_still_rates(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with_ratings_on_view(qtbot, window)
    click_stars(qtbot, window, 5, Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(lambda: 1 in ratings(window, range(1, 10)))


def test_ctrl_click_on_a_picked_row_s_stars_lets_it_go(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with_ratings_on_view(qtbot, window)
    window.table.selectRow(2)
    click_stars(qtbot, window, 4, Qt.KeyboardModifier.ControlModifier)
    click_stars(qtbot, window, 6, Qt.KeyboardModifier.ControlModifier)
    click_stars(qtbot, window, 4, Qt.KeyboardModifier.ControlModifier)
    assert window.view.selected_rows() == [2, 6]
    assert ratings(window, range(1, 10)) == [0] * 9
