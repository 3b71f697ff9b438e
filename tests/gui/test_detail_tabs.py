"""Every tab of the detail pane is in sight at 1024x640, without scroll arrows (trial 2,
item 5): the real window at that size, its tab bars measured as laid out."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTabWidget, QToolButton

from papershelf.gui.main_window import MainWindow


def all_tabs_in_sight(tabs: QTabWidget) -> bool:
    bar = tabs.tabBar()
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    inside = all(bar.rect().contains(bar.tabRect(i)) for i in range(bar.count()))
    return not arrows and inside and bar.width() <= tabs.width()


def test_the_detail_tabs_fit_at_1024x640(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024)
    QApplication.processEvents()
    tabs = window.detail.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Abstract",
        "Notes",
        "Sources",
        "Related",
    ]
    assert all_tabs_in_sight(tabs), (tabs.width(), tabs.tabBar().sizeHint())
    assert all_tabs_in_sight(window.detail.note_tabs)
    assert window.table.horizontalScrollBar().maximum() == 0  # not at the table's expense
