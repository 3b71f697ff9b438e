"""Widgets that show keyboard focus where the style draws none: Fusion paints a focused tab
bar and a focused (non-editable) combo box exactly like unfocused ones, and both are Tab stops
of the detail pane. The native look stays; a highlight-coloured mark is painted over it."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QComboBox, QTabBar, QTabWidget, QWidget

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
    """Also never narrower than its tabs: every tab stays in sight, without scroll arrows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabBar(FocusTabBar(self))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.tabBar().sizeHint().width()), hint.height())


class FocusComboBox(QComboBox):
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 3, 3)
        painter.end()
