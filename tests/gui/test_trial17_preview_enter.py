"""Trial 17: Enter in the import preview imported at once, wherever the focus was (Import was
the dialog's default button): a user pressing Enter on a row, to tick it as in a list, or on a
layout combo, to confirm the layout picked, had the whole paste written. As in Zotero's "Select
Items", importing takes a deliberate press: the Import button, or Ctrl+Enter from anywhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from papershelf.gui.main_window import MainWindow
from tests.conftest import DATA
from tests.gui.test_import_preview import paste
from tests.gui.test_trial37_preview_keys import READING_LIST, click, ticks

AGENDA = DATA / "listings" / "022_reading-group-agenda.md"


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_on_a_row_does_not_import(qtbot, window: MainWindow, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    dialog = paste(qtbot, window, READING_LIST.read_text())
    click(qtbot, dialog, 2, "title")
    before = window.library.count()
    qtbot.keyClick(dialog.tree, key)
    qtbot.wait(200)
    assert dialog.isVisible()
    assert window.file_actions.last_import is None
    assert window.library.count() == before
    assert ticks(dialog) == [True] * 8  # nor did it untick the row
    assert not dialog.import_button.isDefault()  # no default frame promising otherwise


def test_enter_on_a_layout_combo_does_not_import(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = paste(qtbot, window, AGENDA.read_text())
    combo = dialog.combos[0]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.wait(200)
    assert dialog.isVisible() and window.file_actions.last_import is None


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_ctrl_enter_imports_from_the_list(qtbot, window: MainWindow, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    dialog = paste(qtbot, window, READING_LIST.read_text())
    assert "Ctrl+Enter" in dialog.import_button.toolTip()
    click(qtbot, dialog, 0, "title")
    qtbot.keyClick(dialog.tree, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.file_actions.last_import is not None, timeout=20000)
    assert not dialog.isVisible()
    assert sum(report.new for report in window.file_actions.last_import.reports) == 8


def test_ctrl_enter_on_cancel_imports_rather_than_cancels(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Enter means Import wherever the focus is, on a button too."""
    dialog = paste(qtbot, window, READING_LIST.read_text())
    dialog.untick_all_button.setFocus()
    qtbot.keyClick(dialog.untick_all_button, Qt.Key.Key_Space)
    assert dialog.model.ticked_count() == 0
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.wait(100)
    assert dialog.isVisible()  # nothing ticked: nothing to import, the dialog stays
    qtbot.mouseClick(dialog.tick_all_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: window.file_actions.last_import is not None, timeout=20000)
    assert not dialog.isVisible()
