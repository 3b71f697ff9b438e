"""Labels that never widen their pane: what does not fit ends in "…" (the whole text is their
`text()` and, where asked, their tooltip)."""

from __future__ import annotations

import html

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

NO_BREAK_SPACE = "\u00a0"


class ElidedLabel(QLabel):
    """A plain QLabel asks for its whole text's width: a long review flag in the detail pane
    pushed the splitter over until the table's Date and Added columns stepped aside, and the
    sidebar's names were cut (trial 7)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(0, super().sizeHint().height())

    def shown_text(self) -> str:
        """The text as painted: cut with an ellipsis to the label's width."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )


class ElidedLines(QLabel):
    """A wrapped label of at most `lines` lines whose last line ends in "…" when the text goes
    on (a plain wrapped label of a fixed height cut it off unmarked: "Queues: Con law week 1"
    read "Queues: Con", trial 9). The whole text is its `text()`."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setWordWrap(True)

    def shown_lines(self) -> list[str]:
        """The lines as painted, at the label's width."""
        return self._laid_out(self.text())

    def _laid_out(self, text: str) -> list[str]:
        width = self.contentsRect().width()
        layout = QTextLayout(text, self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        shown: list[str] = []
        layout.beginLayout()
        while len(shown) < self.lines and (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            start = line.textStart()
            if len(shown) == self.lines - 1:  # the last one: the rest of the text, cut
                rest = text[start:]
                elided = self.fontMetrics().elidedText(rest, Qt.TextElideMode.ElideRight, width)
                shown.append(elided)
            else:
                shown.append(text[start : start + line.textLength()].rstrip())
        layout.endLayout()
        return shown

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        area, step = self.contentsRect(), self.fontMetrics().lineSpacing()
        for number, line in enumerate(self.shown_lines()):
            self.style().drawItemText(
                painter,
                QRect(area.left(), area.top() + number * step, area.width(), step),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.palette(),
                self.isEnabled(),
                line,
                self.foregroundRole(),
            )


class ElidedNotice(ElidedLines):
    """ElidedLines that never widens its pane (as ElidedLabel) and whose height in lines is
    set as the text needs: one line for a flag, two for the Trash notice and its restore
    hint, which one line at 1024x640 cut to "In the Trash since 2026-12-02 (Edi…" (trial 11)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(1, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.set_lines(1)
        self.unbroken = ""  # words wrapped together, never split across two lines

    def shown_lines(self) -> list[str]:
        # Laid out with no-break spaces inside `unbroken`; painted (and text()) with spaces.
        text = self.text()
        if self.unbroken:
            text = text.replace(self.unbroken, self.unbroken.replace(" ", NO_BREAK_SPACE))
        return [line.replace(NO_BREAK_SPACE, " ") for line in self._laid_out(text)]

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(0, super().sizeHint().height())

    def set_lines(self, lines: int) -> None:
        self.lines = lines
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + 4)
        self.update()

    def shown_text(self) -> str:
        """The text as painted, its lines joined with a space."""
        return " ".join(self.shown_lines())


def without_scheme(url: str) -> str:
    """What a link shows in a narrow pane: the scheme is room the host and path need more."""
    for scheme in ("https://", "http://"):
        if url.startswith(scheme):
            return url[len(scheme) :]
    return url


class ElidedLinks(QLabel):
    """A paper's links, one a line, each cut in the middle to the label's width (the whole
    address is the link's target and in the tooltip), and a label that never widens its pane.

    A wrapped label asked for its longest unbreakable part: a link such as
    …github.io/CompressFeatNoisyLabels/ made the detail pane 52 px wider at 1024x640, the
    table's columns jumping at each such paper as one arrowed through a queue; held to the
    pane's width, the same link wrapped to four lines and was cut off by the rows below it
    (trial 11)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.urls: list[str] = []
        self.setTextFormat(Qt.TextFormat.RichText)

    def set_urls(self, urls: list[str]) -> None:
        self.urls = list(urls)
        self.setToolTip("\n".join(self.urls))
        self._render()

    def clear(self) -> None:
        self.urls = []
        self.setToolTip("")
        super().clear()

    def _render(self) -> None:
        if not self.urls:
            self.setText("—")
            return
        width = max(1, self.contentsRect().width())
        metrics = self.fontMetrics()
        self.setText(
            "<br>".join(
                f'<a href="{html.escape(url)}">'
                f"{html.escape(metrics.elidedText(shown, Qt.TextElideMode.ElideMiddle, width))}</a>"
                for url, shown in zip(self.urls, map(without_scheme, self.urls), strict=True)
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._render()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(0, super().sizeHint().height())
