"""Trial 11: undo puts the highlight on what it brought back, in the Trash too."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from papershelf.gui.main_window import MainWindow
from tests.gui.test_narrow_window import show


def test_undoing_a_delete_for_good_highlights_the_paper_back_in_the_trash(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    answer_yes: None,
) -> None:
    """In the Trash, Del and Yes, then Ctrl+Z: the paper was back in the list, nothing was
    highlighted and the pane was empty, though the table had the focus (trial 11)."""
    paper = window.model.ids[3]
    window.library.trash([paper])
    window.view.refresh()
    show(qtbot, window, "trash")
    window.view.highlight([paper])
    window.paper_actions.delete_for_good([paper])
    qtbot.waitUntil(lambda: paper not in window.model.ids)
    window.paper_actions.undo()
    QApplication.processEvents()
    assert window.model.ids == [paper]
    assert window.view.selected_ids() == [paper]
    assert window.detail.paper is not None and window.detail.paper["id"] == paper
