"""Trial 17: moving papers in a queue (Ctrl+Up / Ctrl+Down, to the top or bottom, a drag) said
nothing in the status bar, where adding to and removing from a queue say what they did. It says
"Moved 2 papers up in queue NAME — Ctrl+Z to undo"; a move that changed nothing (the top paper
moved up) says so, with no way back offered for a step never taken."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from papershelf.gui.main_window import MainWindow


def open_queue(window: MainWindow, ids: list[int]) -> None:
    window.library.create_queue("Gravity")
    window.library.enqueue("Gravity", ids)
    window.view.refresh()
    window.sidebar.setCurrentIndex(window.sidebar_model.find("queue:Gravity"))
    assert window.model.ids == ids


@pytest.mark.parametrize(
    ("where", "said", "order"),
    [
        ("up", "Moved 2 papers up in queue Gravity", [1, 3, 2, 5, 4, 6]),
        ("down", "Moved 2 papers down in queue Gravity", [1, 2, 4, 3, 6, 5]),
        ("top", "Moved 2 papers to the top of queue Gravity", [3, 5, 1, 2, 4, 6]),
        ("bottom", "Moved 2 papers to the bottom of queue Gravity", [1, 2, 4, 6, 3, 5]),
    ],
)
def test_a_move_in_a_queue_is_said_in_the_status_bar(
    qtbot, window: MainWindow, where: str, said: str, order: list[int]
) -> None:  # type: ignore[no-untyped-def]
    open_queue(window, [1, 2, 3, 4, 5, 6])
    window.view.highlight([3, 5])
    window.queue_actions.move_selected(where)
    assert window.library.queue_ids("Gravity") == order
    assert window.statusBar().currentMessage() == f"{said} — Ctrl+Z to undo"


def test_ctrl_up_on_the_table_says_it_too(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    open_queue(window, [1, 2, 3])
    window.view.highlight([2])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.library.queue_ids("Gravity") == [2, 1, 3]
    assert (
        window.statusBar().currentMessage() == "Moved 1 paper up in queue Gravity — Ctrl+Z to undo"
    )


def test_the_top_paper_moved_up_says_it_is_at_the_top_already(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    open_queue(window, [1, 2, 3])
    window.view.highlight([1])
    window.queue_actions.move_selected("up")
    assert window.library.queue_ids("Gravity") == [1, 2, 3]
    assert window.statusBar().currentMessage() == "The paper is already at the top of queue Gravity"
    window.view.highlight([2, 3])
    window.queue_actions.move_selected("bottom")
    assert window.statusBar().currentMessage() == (
        "The 2 papers are already at the bottom of queue Gravity"
    )


def test_a_drag_in_a_queue_is_said_too(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    open_queue(window, [1, 2, 3, 4])
    mime = window.model.mimeData([window.model.index(3, 0)])
    window.model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert window.library.queue_ids("Gravity") == [4, 1, 2, 3]
    assert window.statusBar().currentMessage() == "Moved 1 paper in queue Gravity — Ctrl+Z to undo"
