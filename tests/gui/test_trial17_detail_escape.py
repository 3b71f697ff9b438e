"""Trial 17: Esc in a detail field left the focus there; the next Down moved a cursor in the
field instead of going on in the list. Esc now hands the focus back to the paper table, the
edit kept as leaving the field always keeps it (a title, authors, tags saved; a note saved)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from papershelf.gui.main_window import MainWindow


def focused(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_esc_in_the_title_saves_it_and_goes_back_to_the_table(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    first, second = window.model.ids[:2]
    window.view.highlight([first])
    title = window.detail.title
    focused(qtbot, title)
    qtbot.keyClick(title, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(title, " (read twice)")
    qtbot.keyClick(title, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.table
    assert window.library.paper(first)["title"].endswith(" (read twice)")
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.view.current_id() == second


def test_esc_in_the_tags_saves_them_and_goes_back_to_the_table(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    first = window.model.ids[0]
    window.view.highlight([first])
    tags = window.detail.tags
    focused(qtbot, tags)
    qtbot.keyClicks(tags, "reread")
    qtbot.keyClick(tags, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.table
    assert "reread" in window.library.paper(first)["tags"]


def test_esc_in_a_note_saves_it_and_goes_back_to_the_table(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    first = window.model.ids[0]
    window.view.highlight([first])
    window.detail.add_note()
    editor = window.detail.note_edit
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "Key idea")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.table
    # At once, not on the typing timer: Ctrl+Z on the table undoes it from here.
    assert [n["body"] for n in window.library.paper(first)["note_records"]] == ["Key idea"]


def test_esc_in_the_authors_date_rating_and_status_goes_back_to_the_table(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    window.view.highlight([window.model.ids[0]])
    detail = window.detail
    for field in (detail.authors, detail.date, detail.stars, detail.status, detail.key):
        focused(qtbot, field)
        qtbot.keyClick(field, Qt.Key.Key_Escape)
        assert QApplication.focusWidget() is window.table, field
