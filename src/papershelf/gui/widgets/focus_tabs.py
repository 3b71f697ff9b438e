"""Tab widgets whose tab bar shows keyboard focus: the style draws none on a tab bar (Fusion
paints the focused tab exactly like the others), and the bar is a Tab stop of the pane."""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget

FOCUS_LINE = 3


class FocusTabBar(QTabBar):
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus() or self.currentIndex() < 0:
            return
        rect = self.tabRect(self.currentIndex()).adjusted(2, 0, -2, 0)
        painter = QPainter(self)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        painter.fillRect(rect.left(), rect.bottom() - FOCUS_LINE, rect.width(), FOCUS_LINE, colour)
        painter.end()


class FocusTabWidget(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabBar(FocusTabBar(self))
