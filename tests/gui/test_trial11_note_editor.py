"""Trial 11: at 1024x640 the note editor was one line high."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from papershelf.gui.main_window import MainWindow


@pytest.mark.parametrize("size", [(1024, 640), (1008, 592)])  # 1008x592: less openbox's frame
def test_the_note_editor_shows_three_lines_in_a_1024x640_window(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    size: tuple[int, int],
) -> None:
    """The notes list and its two stacked buttons beside it took the Notes page's room: the
    editor under them was one line high, 18 px (trial 11, 1024x640 under openbox)."""
    window.table.selectRow(0)
    detail = window.detail
    detail.add_note()
    detail.tabs.setCurrentIndex(detail.tabs.indexOf(detail.notes.parentWidget()))
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    QApplication.processEvents()
    editor = detail.note_edit
    lines = editor.fontMetrics().lineSpacing() * 3
    margins = 2 * editor.document().documentMargin()
    assert editor.viewport().height() >= lines + margins
    # The list still shows its first note whole, and the buttons are in sight.
    first = detail.notes.visualItemRect(detail.notes.item(0))
    assert detail.notes.viewport().rect().contains(first)
    for button in (detail.new_note, detail.delete_note):
        assert button.isVisible() and button.width() >= button.sizeHint().width()
    # Beside Write and Preview, the buttons leave both tabs whole (no scroll arrows) ...
    bar = detail.note_tabs.tabBar()
    assert bar.tabRect(bar.count() - 1).right() < bar.width()
    # ... and ask no room of the table: the pane is no wider for them.
    assert detail.width() <= 240
