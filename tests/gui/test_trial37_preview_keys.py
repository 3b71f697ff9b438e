"""Trial 37: Space in the import preview.

A row clicked anywhere but on its title (its authors, its date) took no tick from Space: the
tick box lives in the Title column, and Space toggled only a current cell there. A range picked
with Shift+click had only its last row toggled by Space, the other highlighted rows kept theirs.
Space now ticks or unticks every highlighted row, as the current one goes, whichever its cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from papershelf.gui.dialogs.import_preview import ImportPreviewDialog
from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.import_preview import COLUMN
from tests.conftest import DATA
from tests.gui.test_import_preview import paste

READING_LIST = DATA / "listings" / "009_reading-list-network-ml.md"  # eight papers, all ticked


def paper(dialog: ImportPreviewDialog, row: int, column: str = "title") -> QModelIndex:
    model = dialog.model
    return model.index(row, COLUMN[column], model.index(0, 0))


def click(
    qtbot,
    dialog: ImportPreviewDialog,
    row: int,
    column: str,
    modifier=Qt.KeyboardModifier.NoModifier,
) -> None:  # type: ignore[no-untyped-def]
    """A click in the middle of the paper's cell, as a user picks a row."""
    rect = dialog.tree.visualRect(paper(dialog, row, column))
    qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def ticks(dialog: ImportPreviewDialog) -> list[bool]:
    role = Qt.ItemDataRole.CheckStateRole
    return [paper(dialog, row).data(role) == Qt.CheckState.Checked for row in range(8)]


def test_space_unticks_a_row_clicked_on_its_authors(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = paste(qtbot, window, READING_LIST.read_text())
    click(qtbot, dialog, 2, "authors")
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert ticks(dialog) == [True, True, False, True, True, True, True, True]
    assert dialog.import_button.text() == "Import 7 papers"


def test_space_unticks_then_ticks_every_row_of_a_shift_click_range(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    dialog = paste(qtbot, window, READING_LIST.read_text())
    click(qtbot, dialog, 1, "title")
    click(qtbot, dialog, 4, "date", Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert ticks(dialog) == [True, False, False, False, False, True, True, True]
    assert dialog.import_button.text() == "Import 4 papers"
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert ticks(dialog) == [True] * 8


def test_space_follows_the_current_row_over_ctrl_picked_ones(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Rows picked with Ctrl+click all take the state the current row is given."""
    dialog = paste(qtbot, window, READING_LIST.read_text())
    click(qtbot, dialog, 0, "title")
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)  # the first row unticked alone
    click(qtbot, dialog, 3, "identifiers", Qt.KeyboardModifier.ControlModifier)
    click(qtbot, dialog, 6, "title", Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert ticks(dialog) == [False, True, True, False, True, True, False, True]


def test_enter_after_tick_all_neither_presses_it_again_nor_imports(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Untick all, Tick all clicked, then Enter: it pressed Tick all again, the button the
    click had left the focus on (trial 37). Enter imports nowhere since trial 17: Ctrl+Enter
    does, from the button too."""
    dialog = paste(qtbot, window, READING_LIST.read_text())
    for button in (dialog.untick_all_button, dialog.tick_all_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is dialog.tick_all_button
    qtbot.keyClick(dialog.tick_all_button, Qt.Key.Key_Return)
    assert dialog.isVisible() and window.file_actions.last_import is None
    assert dialog.model.ticked_count() == 8
    qtbot.keyClick(dialog.tick_all_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.file_actions.last_import is not None, timeout=20000)
    assert not dialog.isVisible()
    assert sum(report.new for report in window.file_actions.last_import.reports) == 8


def test_space_on_a_focused_button_still_presses_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = paste(qtbot, window, READING_LIST.read_text())
    dialog.untick_all_button.setFocus()
    qtbot.keyClick(dialog.untick_all_button, Qt.Key.Key_Space)
    assert dialog.model.ticked_count() == 0 and dialog.isVisible()
