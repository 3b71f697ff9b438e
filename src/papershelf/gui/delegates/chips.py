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
MARGIN_LEFT, MARGIN_RIGHT = 3, 2  # between the cell's edges and its chips


def chip_width(metrics: QFontMetrics, name: str) -> int:
    return metrics.horizontalAdvance(name) + 2 * PAD_X


def chips_that_fit(widths: list[int], room: int, plus: Callable[[int], int]) -> int:
    """How many chips, from the first, fit whole in `room` pixels, leaving room for a "+N"
    chip (`plus(N)` wide) where some are left over."""
    used = 0
    for shown, width in enumerate(widths):
        rest = len(widths) - shown - 1
        if used + width + (GAP + plus(rest) if rest else 0) > room:
            return shown
        used += width + GAP
    return len(widths)


def cell_width(metrics: QFontMetrics, names: list[str]) -> int:
    """The least cell width that shows these chips whole, side by side."""
    chips = sum(chip_width(metrics, name) for name in names) + GAP * (len(names) - 1)
    # + 2: the table's grid line takes the section's last pixel, and a cell's right() is the
    # last pixel inside it.
    return MARGIN_LEFT + chips + MARGIN_RIGHT + 2


def tags_least_width(metrics: QFontMetrics) -> int:
    """The narrowest Tags cell that still names a tag: its first letters cut short ("dif…")
    and a "+N" chip for the rest; narrower, a paper with several tags showed "+4" alone."""
    first = chip_width(metrics, "dif…")
    return MARGIN_LEFT + first + GAP + chip_width(metrics, "+9") + MARGIN_RIGHT + 2


def status_width(metrics: QFontMetrics) -> int:
    """Wide enough for the longest status badge ("Skimmed") whole."""
    return max(cell_width(metrics, [label]) for label in STATUS_HUES)


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
    """Paints the cell's text as chips: one badge for a status, one chip per tag, as many
    as fit whole and then "+N" for the rest (the cell's tooltip names them all)."""

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
        x = option.rect.left() + MARGIN_LEFT
        room = option.rect.right() - MARGIN_RIGHT - x
        widths = [chip_width(metrics, name) for name in chips]
        whole = chips_that_fit(widths, room, lambda rest: chip_width(metrics, f"+{rest}"))
        for name, width in zip(chips[:whole], widths, strict=False):
            self._chip(
                painter, QRectF(x, top, width, height), name, self.colours(name, option.palette)
            )
            x += width + GAP
        hidden = chips[whole:]
        if whole == 0:
            # The first chip cut short tells more than a bare count, where it can say anything.
            more = chip_width(metrics, f"+{len(hidden) - 1}") + GAP if len(hidden) > 1 else 0
            width = option.rect.right() - MARGIN_RIGHT - x - more
            if width >= chip_width(metrics, hidden[0][:1] + "…"):
                name = hidden.pop(0)
                self._chip(
                    painter, QRectF(x, top, width, height), name, self.colours(name, option.palette)
                )
                x += width + GAP
        if hidden:
            label = f"+{len(hidden)}"
            rect = QRectF(x, top, chip_width(metrics, label), height)
            self._chip(painter, rect, label, chip_colours(None, option.palette))
        painter.restore()

    @staticmethod
    def _chip(painter: QPainter, rect: QRectF, name: str, colours: tuple[QColor, QColor]) -> None:
        """One rounded chip, its text cut with an ellipsis where the rect is short of it."""
        fill, ink = colours
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        painter.setPen(ink)
        room = int(rect.width() - 2 * PAD_X) + 1  # + 1: a fractional advance rounds down
        shown = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, room)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        chips = chips_of(index, status=self.status)
        width = sum(metrics.horizontalAdvance(c) + 2 * PAD_X + GAP for c in chips) + 6
        return QSize(width, metrics.height() + 8)
