"""Trial 11: keyboard focus in the real window under a window manager."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from papershelf.gui.main_window import MainWindow
from tests.gui.test_trial3_pane import tab_through_the_pane


def test_tab_goes_on_from_the_note_editor_instead_of_typing_into_the_note(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    """Tab walked the pane into the note editor and stayed there, each press a tab character
    in the note (trial 11): the README's ring, table → pane → sidebar → search, never closed."""
    detail = window.detail
    window.view.highlight([window.model.ids[0]])
    paper = window.view.current_id()
    assert paper is not None
    detail.tabs.setCurrentIndex(1)  # Notes, the editor on its Write tab as it opens
    assert detail.note_tabs.currentWidget() is detail.note_edit
    stops = tab_through_the_pane(qtbot, window)  # raises when Tab never reaches the sidebar
    assert stops[-1] is detail.note_edit
    assert detail.note_edit.toPlainText() == ""
    detail.flush_note()
    assert window.library.paper(paper)["notes"] == []
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.search
