"""Trial 11: at 1024x640 the Trash notice read "In the Trash since 2026-12-02 (Edi…"."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from papershelf.gui.main_window import MainWindow
from tests.gui.test_trial4_trash import show_node


def test_the_trash_notice_shows_how_to_restore_in_a_1024x640_window(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    """One line at the pane's 220 px cut the restore hint: the notice wraps to two lines, the
    hint whole on the second, for a paper in the Trash (the others keep one line)."""
    window.resize(1008, 592)  # a 1024x640 screen less openbox's frame
    paper, other = window.model.ids[:2]
    window.view.highlight([other])
    QApplication.processEvents()
    review = window.detail.review
    one_line = review.height()
    window.view.apply(window.library.trash([paper]))
    show_node(window, "trash")
    qtbot.waitUntil(lambda: window.model.ids == [paper])
    window.view.highlight([paper])
    qtbot.waitUntil(lambda: review.text().startswith("In the Trash since"))
    QApplication.processEvents()
    shown = review.shown_text()
    assert review.shown_lines()[1] == "(Edit › Restore from Trash)"
    assert "…" not in shown
    assert review.height() > one_line
    assert review.width() <= window.detail.width()
