"""The detail pane's rating: five stars painted as the table paints them, one Tab stop.

Click star n for n stars (the current rating's last star clears it); from the keyboard the
digits 0–5 set the rating and Left/Right step it, as a slider does. `None` shows no stars
filled and "mixed" beside them (several papers that differ)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from papershelf.gui.delegates.stars import STAR_WIDTH, paint_stars, star_at, star_colour

FRAME = 3  # room for the focus frame round the stars
HEIGHT = 24


class StarRating(QWidget):
    rated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("starRating")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.value: int | None = 0
        self.hovered = 0  # the star under the mouse (0: none)
        self.setToolTip("Rating: click a star, or keys 0–5 (Left/Right step it)")
        self.setAccessibleName("Rating")

    def set_value(self, value: int | None) -> None:
        self.value = value
        self.update()

    def stars_rect(self) -> QRect:
        return QRect(FRAME + 1, 0, 5 * STAR_WIDTH, self.height())

    def sizeHint(self) -> QSize:
        mixed = self.fontMetrics().horizontalAdvance("  mixed")
        return QSize(5 * STAR_WIDTH + 2 * FRAME + 2 + mixed, HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        shown = self.hovered or (self.value or 0)
        paint_stars(painter, self.stars_rect(), shown, star_colour(palette), hollow=True)
        if self.value is None and not self.hovered:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            text = self.rect().adjusted(self.stars_rect().right() + 6, 0, 0, 0)
            painter.drawText(text, Qt.AlignmentFlag.AlignVCenter, "mixed")
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(
                QRect(1, 1, 5 * STAR_WIDTH + 2 * FRAME, self.height() - 2), 3, 3
            )
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = int(event.position().x())
        inside = self.stars_rect().left() <= x < self.stars_rect().right()
        self.hovered = star_at(x, self.stars_rect()) if inside else 0
        self.update()

    def leaveEvent(self, _event: object) -> None:
        self.hovered = 0
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        x = int(event.position().x())
        if self.stars_rect().left() <= x < self.stars_rect().right():
            n = star_at(x, self.stars_rect())
            self.rated.emit(0 if n == self.value else n)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        current = self.value or 0
        digit = key.value - Qt.Key.Key_0.value
        steps = {
            Qt.Key.Key_Right: current + 1,
            Qt.Key.Key_Up: current + 1,
            Qt.Key.Key_Left: current - 1,
            Qt.Key.Key_Down: current - 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: 5,
        }
        if 0 <= digit <= 5 and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            wanted = digit
        elif key in steps and not event.modifiers():
            wanted = max(0, min(5, steps[key]))
        else:
            super().keyPressEvent(event)
            return
        if wanted != self.value:
            self.rated.emit(wanted)
