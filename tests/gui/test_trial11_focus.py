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


def test_enter_after_ctrl_e_saves_the_title_and_goes_back_to_the_table(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    """Ctrl+E on the table, a title typed, Enter: saved, and the focus stayed in the title
    box, so the next Down moved its cursor instead of going on in the list (trial 11)."""
    first, second = window.model.ids[:2]
    window.view.highlight([first])
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    window.paper_actions.edit_title()
    title = window.detail.title
    assert title.hasFocus()
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " (annotated)")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.library.paper(first)["title"].endswith(" (annotated)")
    assert QApplication.focusWidget() is window.table
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.view.current_id() == second


def test_enter_in_a_title_clicked_into_keeps_the_focus_there(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    """Only an edit begun on the table goes back to it: a title clicked into stays put."""
    window.view.highlight([window.model.ids[0]])
    title = window.detail.title
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is title
