"""Status badges and tag chips in the table: rounded labels with a colour each, readable in a
light and a dark palette (the fill's lightness follows the palette's base colour; a colour the
reader gave a tag is used as it is, with black or white text, whichever reads better on it)."""

from __future__ import annotations

import zlib
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from papershelf.gui.colours import ink_on, is_dark

# Hues chosen to tell the statuses apart at a glance; "new" stays neutral.
STATUS_HUES = {
    "New": None,
    "To read": 210,
    "Reading": 35,
    "Read": 130,
    "Skimmed": 170,
    "Dropped": 0,
}
PAD_X, GAP, RADIUS = 6, 4, 7


def tag_hue(name: str) -> int:
    """A stable hue per tag name (crc32: the same colour on every run and machine)."""
    return zlib.crc32(name.encode("utf-8")) % 360


def chip_colours(hue: int | None, palette: QPalette) -> tuple[QColor, QColor]:
    """(fill, text) for a chip of this hue on this palette."""
    dark = is_dark(palette)
    if hue is None:
        fill = palette.color(QPalette.ColorRole.AlternateBase).darker(108 if not dark else 70)
        return fill, palette.color(QPalette.ColorRole.Text)
    if dark:
        return QColor.fromHsl(hue, 90, 60), QColor.fromHsl(hue, 60, 225)
    return QColor.fromHsl(hue, 140, 222), QColor.fromHsl(hue, 160, 60)


def chips_of(index: QModelIndex | QPersistentModelIndex, *, status: bool) -> list[str]:
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return []
    return [text] if status else [part for part in text.split(", ") if part]


class ChipDelegate(QStyledItemDelegate):
    """Paints the cell's text as chips: one badge for a status, one chip per tag."""

    def __init__(
        self,
        *,
        status: bool,
        colour_of: Callable[[str], str | None] = lambda _name: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.status = status
        self.colour_of = colour_of  # the colour the reader gave a tag, if any

    def colours(self, name: str, palette: QPalette) -> tuple[QColor, QColor]:
        """(fill, text) of the chip for this status or tag."""
        if self.status:
            return chip_colours(STATUS_HUES.get(name), palette)
        chosen = self.colour_of(name)
        if chosen is not None:
            fill = QColor(chosen)
            return fill, ink_on(fill)
        return chip_colours(tag_hue(name), palette)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        chips = chips_of(index, status=self.status)
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        if not chips:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(plain.font)  # measured and drawn in the same font, so nothing elides
        metrics = QFontMetrics(plain.font)
        height = min(option.rect.height() - 4, metrics.height() + 4)
        top = option.rect.top() + (option.rect.height() - height) / 2
        x = option.rect.left() + 3
        right = option.rect.right() - 2
        for name in chips:
            fill, ink = self.colours(name, option.palette)
            width = metrics.horizontalAdvance(name) + 2 * PAD_X
            if x + width > right:
                width = max(0, right - x)
                if width < 2 * PAD_X + metrics.horizontalAdvance("…"):
                    break
            rect = QRectF(x, top, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, RADIUS, RADIUS)
            painter.setPen(ink)
            room = int(width - 2 * PAD_X) + 1  # + 1: a fractional advance rounds down
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)
            x += width + GAP
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        chips = chips_of(index, status=self.status)
        width = sum(metrics.horizontalAdvance(c) + 2 * PAD_X + GAP for c in chips) + 6
        return QSize(width, metrics.height() + 8)
