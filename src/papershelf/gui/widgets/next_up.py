"""A queue's "Next up" line above its table: always two lines high, the title cut to one."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

PREFIX = "Next up:"


class NextUpLabel(QLabel):
    """The next paper's title on one line, cut with "…" to the label's width (whole in the
    tooltip), its queue's progress under it. Wrapped, a long title made the label a line
    higher, and the table under it jumped down and back as papers were read or the queue
    changed (trial 17); on one unwrapped line it set the table's least width (trial 5)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.title = ""
        self.progress = ""

    def show_next(self, title: str, progress: str) -> None:
        self.title, self.progress = title, progress
        self.setToolTip(title)
        self._fill()

    def _fill(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        room = (
            self.contentsRect().width()
            - QFontMetrics(bold).horizontalAdvance(PREFIX + " ")
            - self.fontMetrics().horizontalAdvance(" ")  # the rich text's own rounding
        )
        shown = self.fontMetrics().elidedText(self.title, Qt.TextElideMode.ElideRight, max(0, room))
        self.setText(
            f"<b>{PREFIX}</b> {html.escape(shown)}<br><small>{html.escape(self.progress)}</small>"
        )

    def shown_title(self) -> str:
        """The title as shown: whole, or cut with "…"."""
        return self.text().split("</b> ", 1)[1].split("<br>", 1)[0]

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(0, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fill()
