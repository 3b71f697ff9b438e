"""Trial 12 (a leftover of trials 10-11): with more notes than the list shows, the note being
edited went out of sight when the window was made smaller (at 1008x592 the list showed notes
1-3 while the editor held note 8)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from papershelf.gui.main_window import MainWindow


def test_the_note_being_edited_stays_in_sight_when_the_list_shrinks(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    window.table.selectRow(0)
    detail = window.detail
    detail.tabs.setCurrentIndex(detail.tabs.indexOf(detail.notes.parentWidget()))
    for n in range(1, 9):
        detail.add_note()
        detail.note_edit.setPlainText(f"Note {n}.")
        detail.flush_note()
    assert detail.notes.count() == 8
    detail.notes.setCurrentRow(7)
    QApplication.processEvents()
    notes = detail.notes
    assert notes.viewport().rect().contains(notes.visualItemRect(notes.currentItem()))
    window.resize(1008, 592)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1008, 592))
    QApplication.processEvents()
    assert notes.currentItem().text().startswith("Note 8.")
    qtbot.waitUntil(
        lambda: notes.viewport().rect().contains(notes.visualItemRect(notes.currentItem()))
    )
