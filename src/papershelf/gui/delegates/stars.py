"""Rating stars painted in the table and set with a click (Qt's star-delegate example).

The stars are drawn as polygons, not as a font's ★ glyph: a glyph's size depends on the font
(DejaVu's ★ at 16 px is some 11 px of ink), a polygon is as large as asked everywhere."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from papershelf.gui.colours import GOLD, GRAPHIC_CONTRAST, readable
from papershelf.gui.models.paper_table import PAPER_ID_ROLE, RATING_ROLE, PaperTableModel

STAR_WIDTH = 18
STAR_RADIUS = 8.5  # a star 15 px high and 16 px wide: readable, and a comfortable click target
STAR_INSET = 4  # the first star's distance from the cell's left edge
# Five stars (hovered, each is a click target) after the inset, and the pixel the fifth one's
# antialiased point may reach: what the Rating column needs, and no more (trial 12).
STARS_CELL_WIDTH = STAR_INSET + 5 * STAR_WIDTH + 1


def star_polygon(centre: QPointF, radius: float = STAR_RADIUS) -> QPolygonF:
    """A five-pointed star, point up, its height 1.81 × radius, set in its box's middle."""
    inner = radius * 0.42
    # The points reach `radius` above the centre but only cos 36° × radius below: shift it
    # down by half the difference so the star sits in the middle of its box.
    shift = radius * (1 - math.cos(math.pi / 5)) / 2
    points = []
    for n in range(10):
        r = radius if n % 2 == 0 else inner
        angle = -math.pi / 2 + n * math.pi / 5
        points.append(
            QPointF(centre.x() + r * math.cos(angle), centre.y() + shift + r * math.sin(angle))
        )
    return QPolygonF(points)


def paint_stars(
    painter: QPainter, rect: QRect, rating: int, colour: QColor, *, hollow: bool
) -> None:
    """`rating` filled stars from the left of `rect`, each STAR_WIDTH wide; the rest as
    outlines when `hollow`."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for n in range(5 if hollow else rating):
        centre = QPointF(rect.left() + n * STAR_WIDTH + STAR_WIDTH / 2, rect.center().y() + 0.5)
        if n < rating:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour))
        else:
            painter.setPen(QPen(colour, 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(star_polygon(centre, STAR_RADIUS if n < rating else STAR_RADIUS - 0.6))
    painter.restore()


def star_colour(palette: QPalette) -> QColor:
    return readable(GOLD, palette.color(QPalette.ColorRole.Base), GRAPHIC_CONTRAST)


def rating_of(index: QModelIndex | QPersistentModelIndex) -> int:
    """Asked of the model in Python: painting must not depend on the binding's None handling,
    which PySide6 6.12.0 gets wrong (every empty data() answer spends a reference to None)."""
    model = index.model()
    if isinstance(model, PaperTableModel):
        return model.rating_at(index.row())
    return int(index.data(RATING_ROLE))  # the role always holds an int


def paper_id_of(index: QModelIndex | QPersistentModelIndex) -> int:
    model = index.model()
    if isinstance(model, PaperTableModel):
        return model.paper_id_at(index.row())
    return int(index.data(PAPER_ID_ROLE))


# A click with these picks rows (Zotero's Ctrl+click and Shift+click), wherever it lands.
PICKING = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def star_at(x: int, rect: QRect) -> int:
    """Clicking star n sets n stars; clicking the first star of a 1-star paper clears it."""
    return max(0, min(5, (x - rect.left()) // STAR_WIDTH + 1))


class StarDelegate(QStyledItemDelegate):
    def __init__(self, on_rate: Callable[[int, int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_rate = on_rate

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rating = rating_of(index)
        super().paint(painter, option, index)  # background and selection; the cell has no text
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        colour = (
            option.palette.highlightedText().color() if selected else star_colour(option.palette)
        )
        rect = option.rect.adjusted(STAR_INSET, 0, 0, 0)
        paint_stars(painter, rect, rating, colour, hollow=hovered)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(STARS_CELL_WIDTH, int(2 * STAR_RADIUS) + 8)

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem, index) -> bool:  # type: ignore[no-untyped-def]
        if event.type() != QEvent.Type.MouseButtonRelease or not isinstance(event, QMouseEvent):
            return False
        if event.button() != Qt.MouseButton.LeftButton or event.modifiers() & PICKING:
            return False  # Ctrl or Shift picks rows, on the stars too (trial 37: it rated)
        stars = star_at(int(event.position().x()), option.rect.adjusted(STAR_INSET, 0, 0, 0))
        current = rating_of(index)
        self.on_rate(paper_id_of(index), 0 if stars == current == 1 else stars)
        return True
