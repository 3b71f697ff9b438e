"""What the table's cells show when there is more than fits, checked as painted on the real
window (trial 3, items 5 and 14i): a paper's tags as many chips as fit and "+N", with all of
them in the tooltip; status badges whole, in a narrow window too; a listing's date without a
year shown as such, not as a date."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication

from papershelf.core.textfmt import STATUS_LABELS
from papershelf.gui.delegates.chips import GAP, PAD_X, chip_colours
from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN
from tests.gui.test_column_drag import drag_border
from tests.gui.test_table_look import cell_image, coloured_pixels

# Tags a reader gave colours (Zotero's red, blue and green), in the order the cell lists them.
TAGS = {"meta-learning": "#ff6666", "to-cite": "#576dd9", "vision": "#5fb236"}
RED, BLUE, GREEN = range(10), range(220, 240), range(95, 115)


def chip_span(metrics: QFontMetrics, names: list[str]) -> int:
    """Chips side by side, as the Tags column paints them, from the first chip's left edge."""
    return sum(metrics.horizontalAdvance(n) + 2 * PAD_X for n in names) + GAP * (len(names) - 1)


def exactly(image: QImage, colour: QColor) -> int:
    return sum(
        image.pixel(x, y) == colour.rgb()
        for x in range(image.width())
        for y in range(image.height())
    )


def test_tags_show_as_many_chips_as_fit_then_a_count(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library, paper = window.library, window.model.ids[0]
    window.view.apply(library.tag([paper], add=list(TAGS)))
    for name, colour in TAGS.items():
        window.view.apply(library.set_tag_colour(name, colour))
    window.table.clearSelection()
    tags = window.model.index(0, COLUMN["tags"])
    tip = tags.data(Qt.ItemDataRole.ToolTipRole)
    assert all(name in tip for name in TAGS)
    metrics = QFontMetrics(window.table.font())
    header = window.table.horizontalHeader()
    # Wide enough for two chips and a "+1", not for the third: the reader drags it there.
    two = chip_span(metrics, ["meta-learning", "to-cite", "+1"]) + 8
    drag_border(header, "tags", two - header.sectionSize(COLUMN["tags"]))
    assert header.sectionSize(COLUMN["tags"]) == two
    cell = cell_image(window, 0, "tags")
    assert coloured_pixels(cell, hue=RED) > 50 and coloured_pixels(cell, hue=BLUE) > 50
    assert coloured_pixels(cell, hue=GREEN) == 0
    neutral, _ink = chip_colours(None, window.table.palette())
    assert exactly(cell, neutral) > 40  # the "+1" chip
    # Room for all three: no count.
    drag_border(header, "tags", chip_span(metrics, list(TAGS)) + 8 - two)
    cell = cell_image(window, 0, "tags")
    assert coloured_pixels(cell, hue=GREEN) > 50
    assert exactly(cell, neutral) == 0


def badge_width(image: QImage, fill: QColor) -> int:
    """The badge's width on the cell's middle line: from its first fill pixel to its last."""
    y = image.height() // 2
    xs = [x for x in range(image.width()) if image.pixel(x, y) == fill.rgb()]
    return xs[-1] - xs[0] + 1 if xs else 0


def test_status_badges_are_whole_in_a_narrow_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for key in ("rating", "tags"):  # every column in play, as for a reader who rates and tags
        window.table_header.show_column(COLUMN[key], True)
    ids = window.model.ids[: len(STATUS_LABELS)]
    for paper, status in zip(ids, STATUS_LABELS, strict=True):
        window.view.apply(window.library.set_status([paper], status))
    window.table.clearSelection()
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024)
    QApplication.processEvents()
    metrics = QFontMetrics(window.table.font())
    for row in range(len(ids)):
        label = window.model.index(row, COLUMN["status"]).data()
        fill, _ink = window.table.itemDelegateForColumn(COLUMN["status"]).colours(
            label, window.table.palette()
        )
        whole = metrics.horizontalAdvance(label) + 2 * PAD_X
        assert badge_width(cell_image(window, row, "status"), fill) >= whole, label


def review_row(window: MainWindow, printed: str) -> int:
    rows = [
        r for r, p in enumerate(window.model.ids) if window.library.paper(p)["date_text"] == printed
    ]
    assert len(rows) == 1, printed
    return rows[0]


def test_a_date_without_a_year_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.sidebar.setCurrentIndex(window.sidebar_model.find("review"))
    qtbot.waitUntil(lambda: window.view.node.key == "review")
    model = window.model
    cells = {}
    for printed, shown in (("Mar 4", "Mar 4 (year?)"), ("Nov 24 2", "Nov 24 (year?)")):
        cell = model.index(review_row(window, printed), COLUMN["date"])
        assert cell.data() == shown
        assert f"\u201c{printed}\u201d" in cell.data(Qt.ItemDataRole.ToolTipRole)
        font = cell.data(Qt.ItemDataRole.FontRole)
        assert isinstance(font, QFont) and font.italic()
        muted = cell.data(Qt.ItemDataRole.ForegroundRole)
        assert isinstance(muted, QColor) and muted != window.table.palette().text().color()
        cells[shown] = font
    assert "no year" in model.index(review_row(window, "Mar 4"), COLUMN["date"]).data(
        Qt.ItemDataRole.ToolTipRole
    )
    # A full date: as it is, upright, no tooltip.
    window.sidebar.setCurrentIndex(window.sidebar_model.find("all"))
    dated = next(r for r in range(model.rowCount()) if window.library.paper(model.ids[r])["date"])
    full = model.index(dated, COLUMN["date"])
    assert full.data() == window.library.paper(model.ids[dated])["date"]
    assert full.data(Qt.ItemDataRole.FontRole) is None
    assert full.data(Qt.ItemDataRole.ToolTipRole) is None
    # The column is wide enough for both, whole.
    width = window.table.horizontalHeader().sectionSize(COLUMN["date"])
    italic = QFont(window.table.font())
    italic.setItalic(True)
    assert QFontMetrics(italic).horizontalAdvance("Nov 24 (year?)") + 8 <= width
    assert QFontMetrics(window.table.font()).horizontalAdvance("2024-12-31") + 8 <= width
