"""The table's columns as a reader sizes them with the mouse (trial 3, items 5, 6 and 14i):
Title dragged wider and narrower by its border, on the real header."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHeaderView

from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN
from tests.gui.test_table_look import visible_columns


def drag_border(header: QHeaderView, key: str, by: int) -> None:
    """Press on the right border of the column, move in small steps as a hand does, release."""
    number = COLUMN[key]
    x = header.sectionViewportPosition(number) + header.sectionSize(number) - 1
    y = header.height() // 2
    viewport = header.viewport()
    QTest.mouseMove(viewport, QPoint(x, y))
    QTest.mousePress(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y)
    )
    step = 10 if by > 0 else -10
    for moved in [*range(step, by, step), by]:  # the last step lands on `by` exactly
        QTest.mouseMove(viewport, QPoint(x + moved, y))
        QApplication.processEvents()
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x + by, y)
    )
    QApplication.processEvents()


def test_title_border_drags_wider_and_narrower(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    header = window.table.horizontalHeader()
    viewport = window.table.viewport().width()
    title = header.sectionSize(COLUMN["title"])
    assert title >= int(viewport * 0.4)  # its share at first show
    drag_border(header, "title", 40)
    wider = header.sectionSize(COLUMN["title"])
    assert wider >= title + 35
    assert header.length() == viewport  # the others made the room: no sideways scrolling
    # Further than the others can give: they stop at their least widths, nothing scrolls.
    drag_border(header, "title", 300)
    widest = header.sectionSize(COLUMN["title"])
    least = window.table_header.least
    assert widest > wider
    for key in visible_columns(window) - {"title"}:
        assert header.sectionSize(COLUMN[key]) == least[key], key
    assert header.length() == viewport and window.table.horizontalScrollBar().maximum() == 0
    # Narrower: the border follows the mouse, the others take the room back.
    drag_border(header, "title", -250)
    narrower = header.sectionSize(COLUMN["title"])
    assert widest - 250 - 10 <= narrower <= widest - 250 + 10
    assert header.length() == viewport  # no empty band on the right either


def test_a_dragged_title_width_is_remembered(qtbot, window: MainWindow, settings) -> None:  # type: ignore[no-untyped-def]
    header = window.table.horizontalHeader()
    drag_border(header, "title", 60)
    dragged = header.sectionSize(COLUMN["title"])
    window.close()
    again = MainWindow(window.library, settings=settings)
    qtbot.addWidget(again)
    again.resize(1400, 820)
    again.show()
    qtbot.waitExposed(again)
    QApplication.processEvents()
    assert abs(again.table.horizontalHeader().sectionSize(COLUMN["title"]) - dragged) <= 2
    again.close()
