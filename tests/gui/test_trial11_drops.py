"""Trial 11 (a real window under a window manager, files dragged from another program)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from papershelf.gui.main_window import MainWindow
from tests.conftest import DATA
from tests.gui.conftest import wait_for_preview

BIB = DATA / "bib" / "mendeley_neuro.bib"  # six papers
ALL_ACTIONS = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction


def file_drag(*paths: Path) -> QMimeData:
    """What a file manager's drag carries: the files' addresses, as URLs and as text."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    mime.setText("\r\n".join(QUrl.fromLocalFile(str(path)).toString() for path in paths))
    return mime


Answer = tuple[bool, Qt.DropAction]  # accepted, and as what


def drag_in_and_drop(target: QWidget, mime: QMimeData) -> tuple[Answer, Answer]:
    """The events a real drag sends the widget under the cursor, with a Move proposed as Qt's
    own drag sources propose it (the trial's did): here Shift proposes it, as it does there."""
    at = QPointF(target.rect().center())
    shift = Qt.KeyboardModifier.ShiftModifier
    enter = QDragEnterEvent(at.toPoint(), ALL_ACTIONS, mime, Qt.MouseButton.LeftButton, shift)
    assert enter.proposedAction() == Qt.DropAction.MoveAction
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(at, ALL_ACTIONS, mime, Qt.MouseButton.LeftButton, shift)
    QApplication.sendEvent(target, drop)
    # Plain values: pytest's repr of a Qt event in a failed assertion crashed the interpreter.
    return (enter.isAccepted(), enter.dropAction()), (drop.isAccepted(), drop.dropAction())


def test_a_file_dropped_on_the_note_editor_is_imported_not_written_as_a_note(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    window.view.highlight([window.model.ids[0]])
    paper = window.view.current_id()
    assert paper is not None
    notes_before = window.library.paper(paper)["notes"]
    editor = window.detail.note_edit
    _enter, drop = drag_in_and_drop(editor.viewport(), file_drag(BIB))
    assert drop == (True, Qt.DropAction.CopyAction)
    dialog = wait_for_preview(qtbot, window)
    assert "6 papers" in dialog.headline.text()
    assert editor.toPlainText() == ""
    window.detail.flush_note()
    assert window.library.paper(paper)["notes"] == notes_before
    dialog.reject()


def test_files_dropped_on_the_search_box_and_the_title_are_imported(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    window.view.highlight([window.model.ids[0]])
    title = window.detail.title.toPlainText()
    for target in (window.search, window.detail.title.viewport()):
        drag_in_and_drop(target, file_drag(BIB))
        wait_for_preview(qtbot, window).reject()
        qtbot.waitUntil(lambda: not window.file_actions.preview_dialog.isVisible())
    assert window.search.text() == ""
    assert window.detail.title.toPlainText() == title


def test_a_file_drop_on_the_window_is_a_copy_whatever_the_source_proposed(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    """A source that offers Move deletes its file when the drop says it moved it."""
    enter, drop = drag_in_and_drop(window.table.viewport(), file_drag(BIB))
    assert enter == drop == (True, Qt.DropAction.CopyAction)
    wait_for_preview(qtbot, window).reject()


def test_a_web_link_dragged_on_the_window_is_refused_not_dropped_into_nothing(
    window: MainWindow,
) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("https://arxiv.org/abs/2106.09685")])
    (entered, _action), _drop = drag_in_and_drop(window.table.viewport(), mime)
    assert not entered
