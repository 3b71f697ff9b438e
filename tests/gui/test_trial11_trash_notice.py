"""Trial 11: at 1024x640 the Trash notice read "In the Trash since 2026-12-02 (Edi…"."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from papershelf.gui.main_window import MainWindow
from papershelf.gui.widgets.detail import TRASH_HINT
from papershelf.gui.widgets.elided_label import ElidedNotice
from tests.gui.test_trial4_trash import show_node


def _flagged(window: MainWindow) -> set[int]:
    rows = window.library.conn.execute("SELECT paper_id FROM review_flags").fetchall()
    return {row[0] for row in rows}


def _notice_in_trash(qtbot, window: MainWindow, paper: int) -> ElidedNotice:  # type: ignore[no-untyped-def]
    window.view.apply(window.library.trash([paper]))
    show_node(window, "trash")
    qtbot.waitUntil(lambda: paper in window.model.ids)
    window.view.highlight([paper])
    review = window.detail.review
    qtbot.waitUntil(lambda: review.text().startswith("In the Trash since"))
    QApplication.processEvents()
    return review


def test_the_trash_notice_shows_how_to_restore_in_a_1024x640_window(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    """One line at the pane's 220 px cut the restore hint: the notice wraps to two lines, the
    hint whole on the second, for a paper in the Trash (the others keep one line)."""
    window.resize(1008, 592)  # a 1024x640 screen less openbox's frame
    flagged = _flagged(window)
    paper, other = [n for n in window.model.ids if n not in flagged][:2]
    window.view.highlight([other])
    QApplication.processEvents()
    one_line = window.detail.review.height()
    review = _notice_in_trash(qtbot, window, paper)
    assert review.shown_lines()[1] == TRASH_HINT
    assert "…" not in review.shown_text()
    assert review.height() > one_line
    assert review.width() <= window.detail.width()


def test_a_flagged_paper_in_the_trash_keeps_the_hint_whole_before_its_flag(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    """CI met a paper flagged for its year first: its flag follows the hint on the second
    line, cut there (the tooltip has it whole); the hint itself is never cut."""
    window.resize(1008, 592)
    paper = min(_flagged(window))
    review = _notice_in_trash(qtbot, window, paper)
    first, second = review.shown_lines()
    assert first.startswith("In the Trash since") and "…" not in first
    assert second.startswith(TRASH_HINT + " · ⚑")
    assert "Needs review" in review.toolTip()
