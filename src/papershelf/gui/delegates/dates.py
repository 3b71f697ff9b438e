"""The Date column: a listing's date without a year reads "Feb 26 (year?)" where the column
has room, "Feb 26 ?" where it has not (never "Feb 26 (y…"); the tooltip says it in full."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from papershelf.gui.models.paper_table import YEARLESS

SHORT_YEARLESS = " ?"


def fitted_date(text: str, metrics: QFontMetrics, room: int) -> str:
    """`text` where it fits in `room` pixels, else a yearless date with its short mark."""
    if not text.endswith(YEARLESS) or metrics.horizontalAdvance(text) <= room:
        return text
    return text.removesuffix(YEARLESS) + SHORT_YEARLESS


class DateDelegate(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        # The text margins a plain cell keeps on either side (QCommonStyle's item layout).
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        room = option.rect.width() - 2 * margin
        text = option.text
        option.text = fitted_date(text, QFontMetrics(option.font), room)
