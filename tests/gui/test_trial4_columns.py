"""Trial 4, the table's columns: a listing's date without a year is never cut to "Feb 26 (y…"
(the narrowest Date column shows "Feb 26 ?", the tooltip the rest); a Tags column coming back
beside the title shows a chip, not only "+N"; at first start Title has the room the other
columns do not need."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN
from tests.gui.test_table_cells import review_row


def shown_text(window: MainWindow, row: int, key: str) -> str:
    """The text the column's delegate paints in the cell, as laid out on the window."""
    index = window.model.index(row, COLUMN[key])
    option = QStyleOptionViewItem()
    option.rect = window.table.visualRect(index)  # type: ignore[attr-defined]
    option.font = window.table.font()  # type: ignore[attr-defined]
    window.table.itemDelegateForColumn(COLUMN[key]).initStyleOption(option, index)  # type: ignore[attr-defined]
    return str(option.text)  # type: ignore[attr-defined]


def every_column_at_1024(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for key in ("rating", "tags"):  # every column in play, as for a reader who rates and tags
        window.table_header.show_column(COLUMN[key], True)
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024)
    QApplication.processEvents()


def test_a_yearless_date_is_shortened_not_cut(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.sidebar.setCurrentIndex(window.sidebar_model.find("review"))
    qtbot.waitUntil(lambda: window.view.node.key == "review")
    row = review_row(window, "Mar 4")
    assert shown_text(window, row, "date") == "Mar 4 (year?)"  # room: in full
    every_column_at_1024(qtbot, window)
    header = window.table.horizontalHeader()
    width = header.sectionSize(COLUMN["date"])
    italic = QFont(window.table.font())
    italic.setItalic(True)
    assert width < QFontMetrics(italic).horizontalAdvance("Sep 30 (year?)")  # no room
    assert shown_text(window, row, "date") == "Mar 4 ?"
    assert QFontMetrics(italic).horizontalAdvance("Sep 30 ?") + 8 <= width  # whole
    tip = window.model.index(row, COLUMN["date"]).data(Qt.ItemDataRole.ToolTipRole)
    assert "“Mar 4”" in tip and "no year" in tip
    window.sidebar.setCurrentIndex(window.sidebar_model.find("all"))
    qtbot.waitUntil(lambda: window.view.node.key == "all")
    dated = next(
        r
        for r in range(window.model.rowCount())
        if window.library.paper(window.model.ids[r])["date"]
    )
    assert (
        shown_text(window, dated, "date") == window.library.paper(window.model.ids[dated])["date"]
    )
