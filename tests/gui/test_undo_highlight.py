"""Undo puts the highlight back on what it changed: after "mark read" in a queue moved the
highlight to the next paper, undoing it highlights the paper that came back (the last trial's
leftover); a step whose papers are off view leaves the highlight and the node alone."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from papershelf.gui.main_window import MainWindow
from tests.gui.test_narrow_window import show


def highlighted(window: MainWindow) -> list[int]:
    return window.view.selected_ids()


def test_undoing_mark_read_in_a_queue_highlights_that_paper_again(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    first, second, third = window.model.ids[:3]
    library.create_queue("Reading group")
    library.enqueue("Reading group", [first, second, third])
    window.view.refresh()
    show(qtbot, window, "queue:Reading group")
    window.view.highlight([first])
    window.paper_actions.status_selected("read")
    QApplication.processEvents()
    assert highlighted(window) == [second]  # the step moved on to the next to read
    window.paper_actions.undo()
    QApplication.processEvents()
    assert library.paper(first)["status"] != "read"
    assert highlighted(window) == [first]
    assert window.detail.paper is not None and window.detail.paper["id"] == first
    window.paper_actions.redo()
    QApplication.processEvents()
    assert library.paper(first)["status"] == "read"
    assert highlighted(window) == [first]  # redone: the same paper, now marked


def test_undoing_a_step_off_view_keeps_the_highlight_and_the_node(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    first, second = window.model.ids[:2]
    library.create_queue("Later")
    library.enqueue("Later", [second])
    window.view.refresh()
    window.view.highlight([first])
    window.paper_actions.rate_selected(3)
    show(qtbot, window, "queue:Later")
    window.view.highlight([second])
    window.paper_actions.undo()  # the rating of `first`, which this queue does not hold
    QApplication.processEvents()
    assert library.paper(first)["rating"] in (0, None)
    assert window.view.node.key == "queue:Later"
    assert highlighted(window) == [second]
