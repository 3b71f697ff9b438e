"""Trial 4, the table's columns: a listing's date without a year is never cut to "Feb 26 (y…"
(the narrowest Date column shows "Feb 26 ?", the tooltip the rest); a Tags column coming back
beside the title shows a chip, not only "+N"; at first start Title has the room the other
columns do not need."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from papershelf.gui.delegates.chips import GAP, chip_width
from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN
from tests.gui.test_table_cells import review_row
from tests.gui.test_table_look import cell_image, coloured_pixels


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


def test_a_tags_column_coming_back_shows_a_chip(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """As in the trial: a paper rated (Rating comes back), then tagged with four tags while
    Tags is hidden: the column comes back wide enough to show the first tag, cut, and "+3"."""
    library, paper = window.library, window.model.ids[0]
    header = window.table.horizontalHeader()
    assert header.isSectionHidden(COLUMN["tags"])
    window.view.apply(library.rate([paper], 4))
    window.view.apply(library.tag([paper], add=["diffusion-models", "offline", "rl", "to-cite"]))
    window.view.apply(library.set_tag_colour("diffusion-models", "#ff6666"))
    QApplication.processEvents()
    assert not header.isSectionHidden(COLUMN["tags"])
    window.table.clearSelection()
    cell = cell_image(window, 0, "tags")
    # The first tag's chip (the reader's red), cut short, beside the "+N" chip.
    assert coloured_pixels(cell, hue=range(10)) > 80
    metrics = QFontMetrics(window.table.font())
    first = header.sectionSize(COLUMN["tags"]) - chip_width(metrics, "+3") - GAP - 7
    assert first >= chip_width(metrics, "dif…")


def test_at_first_start_title_has_the_room_the_others_do_not_need(window: MainWindow) -> None:
    """1400x820, a fresh start on the seeds (Rating and Tags hidden while blank): Authors two
    short names wide, Status, Date and Added as wide as what they show, Title the rest."""
    header = window.table.horizontalHeader()
    table_font = window.table.font()
    metrics = QFontMetrics(table_font)
    italic = QFont(table_font)
    italic.setItalic(True)
    sizes = {
        key: header.sectionSize(COLUMN[key])
        for key in ("title", "authors", "date", "status", "added")
    }
    assert not any(header.isSectionHidden(COLUMN[key]) for key in sizes)
    assert sizes["authors"] <= 120
    date = QFontMetrics(italic).horizontalAdvance("Sep 30 (year?)")
    assert date < sizes["date"] <= date + 12  # a yearless date whole, and no more
    assert sizes["added"] <= metrics.horizontalAdvance("2026-12-01") + 12
    viewport = window.table.viewport().width()
    assert sum(sizes.values()) == viewport  # no blank band, no sideways scroll
    assert sizes["title"] >= 0.52 * viewport
