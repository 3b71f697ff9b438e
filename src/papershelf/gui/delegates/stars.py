"""Rating stars painted in the table and set with a click (Qt's star-delegate example)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from papershelf.gui.colours import GOLD, GRAPHIC_CONTRAST, readable
from papershelf.gui.models.paper_table import PAPER_ID_ROLE, RATING_ROLE, PaperTableModel

STAR_WIDTH = 18
STAR_PIXELS = 16  # the glyph's size: readable, and a comfortable click target
FILLED, EMPTY = "★", "☆"


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


def stars_painted(rating: int, *, hovered: bool) -> str:
    """The glyphs a cell shows: filled stars, and the hollow rest only under the mouse."""
    return FILLED * rating + (EMPTY * (5 - rating) if hovered else "")


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
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.setPen(
            option.palette.highlightedText().color() if selected else star_colour(option.palette)
        )
        font = painter.font()
        font.setPixelSize(STAR_PIXELS)
        painter.setFont(font)
        text = stars_painted(rating, hovered=hovered)
        rect = option.rect.adjusted(4, 0, 0, 0)
        for n, star in enumerate(text):
            painter.drawText(
                QRect(rect.left() + n * STAR_WIDTH, rect.top(), STAR_WIDTH, rect.height()),
                Qt.AlignmentFlag.AlignCenter,
                star,
            )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(5 * STAR_WIDTH + 8, STAR_PIXELS + 8)

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem, index) -> bool:  # type: ignore[no-untyped-def]
        if event.type() != QEvent.Type.MouseButtonRelease or not isinstance(event, QMouseEvent):
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        stars = star_at(int(event.position().x()), option.rect.adjusted(4, 0, 0, 0))
        current = rating_of(index)
        self.on_rate(paper_id_of(index), 0 if stars == current == 1 else stars)
        return True
