"""Several highlighted papers: the pane says how many and what they share, and acts on all."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from papershelf.gui.dialogs.prompts import TagDialog
from papershelf.gui.main_window import MainWindow
from tests.gui.test_main_window import select_rows


def test_several_papers_show_what_they_share(window: MainWindow) -> None:
    library = window.library
    ids = window.model.ids[:3]
    library.tag(ids, add=["vision"])
    library.tag(ids[:1], add=["later"])
    library.rate(ids, 4)
    window.view.refresh()
    select_rows(window, [0, 1, 2])
    assert window.detail_stack.currentWidget() is window.selection_pane
    text = window.selection_pane.summary.text()
    assert "3 papers selected" in text
    assert window.selection_pane.shown_rating() == "4"
    assert "<td>vision</td>" in text  # on all three
    assert "<td>later</td>" in text  # on some
    # A rating set on one of them makes the ratings mixed, and the pane follows.
    library.rate(ids[:1], 2)
    window.view.apply(library.last_changes)
    assert window.selection_pane.shown_rating() == "mixed"
    select_rows(window, [1])
    assert window.detail_stack.currentWidget() is window.detail
    assert window.detail.paper["id"] == ids[1]


def test_pane_buttons_act_on_the_whole_selection(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    select_rows(window, [0, 1, 2, 3])
    ids = window.view.selected_ids()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TagDialog)
        dialog.edit.setText("bulk")
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.selection_pane.buttons["Tag… (Ctrl+T)"].click()
    assert all("bulk" in p["tags"] for p in window.library.papers(ids))
    assert "Tagged 4 papers: +bulk" in window.statusBar().currentMessage()
    assert "<td>bulk</td>" in window.selection_pane.summary.text()
