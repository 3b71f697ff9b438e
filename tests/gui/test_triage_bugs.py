"""Bugs found in an hour of real triage (issue 13), each on the real window, offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog

from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN
from papershelf.gui.tasks import ImportJob


def test_one_author_and_one_refused_file_are_singular(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    (single,) = window.library.conn.execute(
        "SELECT id FROM papers WHERE authors_text = '' AND author_count = 1 LIMIT 1"
    ).fetchone()
    row = window.model.ids.index(single)
    assert window.model.index(row, COLUMN["authors"]).data() == "1 author"
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    window.file_actions.start_import(ImportJob(paths=[empty]))
    qtbot.waitUntil(lambda: window.file_actions.last_import is not None, timeout=10000)
    summary = window.file_actions.import_summary
    assert summary is not None
    assert "0 warnings, 1 file refused" in summary.headline.text()


def test_every_shortcut_is_bound_once(window: MainWindow) -> None:
    bound: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key not in bound, f"{key}: {bound[key]!r} and {action.text()!r}"
            bound[key] = action.text()
    assert bound["Ctrl+Q"] == "&Quit"  # the standard, spelled out: offscreen has no key theme


def test_ctrl_q_quits_and_q_adds_to_a_queue(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.table.setFocus()
    window.table.selectRow(0)
    paper = window.view.current_id()
    asked: list[str] = []
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _p, title, *_a: (asked.append(title), ("thesis", True))[1]
    )
    qtbot.keyClick(window.table, Qt.Key.Key_Q)
    assert asked == ["Add to queue"] and window.library.queue_ids("thesis") == [paper]
    qtbot.keyClick(window.table, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert asked == ["Add to queue"]


def shown_in_detail(window: MainWindow) -> int | None:
    return window.detail.paper["id"] if window.detail.paper else None


def show_node(window: MainWindow, key: str) -> None:
    window.sidebar.setCurrentIndex(window.sidebar_model.find(key))
    assert window.view.node.key == key


@pytest.mark.parametrize("kind", ["queue", "tag"])
def test_deleting_the_viewed_node_shows_all_papers(
    qtbot, window: MainWindow, answer_yes, kind: str
) -> None:  # type: ignore[no-untyped-def]
    if kind == "queue":
        window.library.create_queue("thesis")
        window.library.enqueue("thesis", [10, 20])
    else:
        window.library.tag([10, 20], add=["thesis"])
    window.view.refresh()
    show_node(window, f"{kind}:thesis")
    assert window.model.rowCount() == 2
    window.node_actions.delete_node(window.view.node)
    window.view.check_external_changes()  # the next tick of the watch
    window.view.refresh()
    assert window.view.node.key == "all"
    assert window.sidebar.currentIndex() == window.sidebar_model.find("all")
    assert not window.sidebar_model.find(f"{kind}:thesis").isValid()
    assert window.model.rowCount() == window.library.count() == 147
    assert shown_in_detail(window) == window.view.current_id() is not None
    show_node(window, "trash")  # other nodes can be chosen again


def test_renaming_the_viewed_queue_keeps_showing_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.library.create_queue("thesis")
    window.library.enqueue("thesis", [20, 10])
    window.view.refresh()
    show_node(window, "queue:thesis")
    window.node_actions.rename_node(window.view.node, new_name="chapter 2")
    window.view.refresh()
    assert window.view.node.key == "queue:chapter 2"
    assert window.sidebar.currentIndex() == window.sidebar_model.find("queue:chapter 2")
    assert window.model.ids == [20, 10]


def test_undoing_the_viewed_queue_shows_all_papers(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.library.create_queue("thesis")
    window.view.refresh()
    show_node(window, "queue:thesis")
    window.paper_actions.undo()
    assert window.view.node.key == "all" and window.model.rowCount() == 147
