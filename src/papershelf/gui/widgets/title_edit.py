"""The detail pane's title: wrapped whole, as in Zotero's item pane, and edited in place."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

# At least three lines high, so that the fields under a title of up to three lines stay where
# they were from one paper to the next (a click meant for Tags must not land on Status); a
# longer title grows the box, up to TITLE_MOST_LINES, rather than hide its end (trial 5: a
# four-line title cut in a queue's detail pane). Longer still, it scrolls. The extra lines are
# asked for, not required: a window too low for them (a 1024x640 screen) scrolls the title
# rather than grow taller than the screen (trial 8: a five-line title made it 657 px high).
TITLE_LINES = 3
TITLE_MOST_LINES = 8


class TitleEdit(QPlainTextEdit):
    """A title that wraps instead of scrolling out of sight; Enter or leaving the field saves."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wanted = 0  # the height that shows the title's lines (see fit)
        # Where Enter sends the focus once the title is saved: the table, for an edit begun
        # there with Ctrl+E (trial 11: the focus stayed here and the next Down moved the
        # cursor, not the highlight). Cleared as the focus leaves by any other way.
        self.return_focus_to: QWidget | None = None
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Wrapped at the width, it never scrolls sideways (a squeezed box with its vertical
        # bar showed a horizontal one as well).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.textChanged.connect(self.fit)  # a title typed longer grows its box as it wraps

    def wrapped_lines(self) -> int:
        """The lines the title wraps to at the box's width, without a scroll bar."""
        margin = self.document().documentMargin()
        width = self.width() - self.frameWidth() * 2 - 2 * margin
        layout = QTextLayout(self.toPlainText(), self.font())
        option = QTextOption()
        option.setWrapMode(self.wordWrapMode())
        layout.setTextOption(option)
        layout.beginLayout()
        lines = 0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(max(1.0, width))
            lines += 1
        layout.endLayout()
        return max(1, lines)

    def fit(self) -> None:
        """As many lines high as the title wraps to, within TITLE_LINES..TITLE_MOST_LINES."""
        wrapped = self.wrapped_lines()
        lines = max(TITLE_LINES, min(TITLE_MOST_LINES, wrapped))
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        document = int(2 * self.document().documentMargin())
        # A pixel to spare: a box exactly as high as its lines counts the last one as cut.
        spare = 2
        line = self.fontMetrics().lineSpacing()
        wanted = lines * line + margins + document + spare
        self.setMinimumHeight(TITLE_LINES * line + margins + document + spare)
        self.setMaximumHeight(wanted)
        if wanted != self._wanted:
            self._wanted = wanted
            self.updateGeometry()
        cut = wrapped > TITLE_MOST_LINES or self.height() < wanted
        policy = Qt.ScrollBarPolicy
        self.setVerticalScrollBarPolicy(
            policy.ScrollBarAsNeeded if cut else policy.ScrollBarAlwaysOff
        )

    def sizeHint(self) -> QSize:
        """As high as the lines fit shows, where the pane has the room."""
        return QSize(super().sizeHint().width(), self._wanted or super().sizeHint().height())

    def text(self) -> str:
        return " ".join(self.toPlainText().split())

    def setText(self, text: str) -> None:
        self.setPlainText(text)
        self.fit()

    def selectAll(self) -> None:
        super().selectAll()

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(position)
        self.setTextCursor(cursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.editingFinished.emit()  # a title is one line: Enter saves it
            back, self.return_focus_to = self.return_focus_to, None
            if back is not None:
                back.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.return_focus_to = None
        self.editingFinished.emit()
        super().focusOutEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()
