"""Sidebar names, the search hint, empty states and the keyboard path, on the real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from papershelf.gui.main_window import MainWindow
from papershelf.library import Library
from papershelf.store.search import Filter


def sidebar_labels(window: MainWindow) -> list[str]:
    model = window.sidebar_model
    labels = []
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        labels.append(parent.data())
        labels += [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]
    return labels


def search(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    window.search.clear()
    qtbot.keyClicks(window.search, text)
    qtbot.waitUntil(lambda: not window.search_timer.isActive())


def test_sources_are_named_by_page_and_a_skimmed_node_exists(window: MainWindow) -> None:
    labels = sidebar_labels(window)
    assert not any(label.startswith("00") for label in labels)  # no hashed file names
    assert any(label.startswith("arXiv search · ") for label in labels)
    assert "Skimmed  (0)" in labels
    window.library.set_status(window.model.ids[:2], "skimmed")
    window.view.refresh()
    labels = sidebar_labels(window)
    assert "Skimmed  (2)" in labels and "Read  (2)" in labels  # Read counts skimmed too
    window.sidebar.setCurrentIndex(window.sidebar_model.find("status:skimmed"))
    assert window.model.rowCount() == 2


def test_switching_node_keeps_the_search_and_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    clip = library.query_ids(Filter(search="clip"))
    library.tag(clip[:2] + library.query_ids(Filter(search="distillation"))[:3], add=["mixed"])
    window.view.refresh()
    search(qtbot, window, "clip")
    window.sidebar.setCurrentIndex(window.sidebar_model.find("tag:mixed"))
    tagged = library.count(Filter(tags=["mixed"]))
    shown = library.count(Filter(tags=["mixed"], search="clip"))
    assert window.model.rowCount() == shown < tagged
    hint = window.search_hint
    assert hint.isVisible()
    assert "clip" in hint.text() and f"{shown} of {tagged}" in hint.text()
    hint.linkActivated.emit("#clear")
    assert window.search.text() == ""
    assert window.model.rowCount() == tagged
    assert not hint.isVisible()


def test_search_with_no_hits_says_so_and_clears_in_one_click(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, window, "zzzqqqnothing")
    assert window.model.rowCount() == 0
    empty = window.empty_state
    assert empty.isVisible()
    assert "No papers here match" in empty.text() and "zzzqqqnothing" in empty.text()
    assert "147 papers here are hidden" in empty.text()
    empty.linkActivated.emit("#clear")
    assert window.model.rowCount() == 147
    assert not empty.isVisible()


def test_empty_trash_and_empty_library_say_what_to_do(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    settings,  # type: ignore[no-untyped-def]
) -> None:
    window.sidebar.setCurrentIndex(window.sidebar_model.find("trash"))
    assert window.empty_state.isVisible()
    assert "The Trash is empty." in window.empty_state.text()
    window.sidebar.setCurrentIndex(window.sidebar_model.find("all"))
    assert not window.empty_state.isVisible()
    with Library(tmp_path / "new.db") as empty:
        fresh = MainWindow(empty, settings=settings)
        qtbot.addWidget(fresh)
        fresh.show()
        qtbot.waitExposed(fresh)
        text = fresh.empty_state.text()
        assert fresh.empty_state.isVisible()
        assert "library is empty" in text and "Ctrl+I" in text and "Ctrl+Shift+V" in text
        assert "href='#import'" in text and "href='#paste'" in text
        fresh.close()


def test_down_and_return_in_the_search_move_into_the_results(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.focus_search()
    qtbot.keyClicks(window.search, "clip")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)  # before the search timer: applied now
    assert window.table.hasFocus()
    assert window.model.rowCount() == 11
    assert window.view.current_id() == window.model.ids[0]
    window.focus_search()
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.table.hasFocus()
    window.focus_search()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert window.model.rowCount() == 147


def test_tab_moves_from_the_table_to_the_detail_pane_and_on(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is window.detail.title
    # Shift+Tab comes back to the table, not to a cell of it.
    qtbot.keyClick(focused, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is window.table
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.search


def test_an_empty_status_node_says_how_papers_get_there(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Read (0) said only "No papers in this view." (trial 3, item 14j)."""
    window.sidebar.setCurrentIndex(window.sidebar_model.find("status:read"))
    assert window.model.rowCount() == 0 and window.empty_state.isVisible()
    assert "Press R on a paper to mark it Read." in window.empty_state.text()
    window.sidebar.setCurrentIndex(window.sidebar_model.find("all"))
    window.table.selectRow(0)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_R)
    window.sidebar.setCurrentIndex(window.sidebar_model.find("status:read"))
    assert window.model.rowCount() == 1 and not window.empty_state.isVisible()
