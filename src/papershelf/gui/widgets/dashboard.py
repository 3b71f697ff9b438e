"""The reading dashboard: papers read per week (a plot), counts per status and tag, oldest unread."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from papershelf.core.changes import STATUS, TAGS, TEXT, TRASH, OpChanges
from papershelf.core.textfmt import STATUS_LABELS
from papershelf.gui.colours import GRAPHIC_CONTRAST, readable_on
from papershelf.library import Library

# What the figures are read from: a change to any of these reads them again.
SHOWN = frozenset({STATUS, TAGS, TRASH, TEXT})


class WeeklyBars(QWidget):
    """Bars of papers read per week; the axis labels the first week of each month."""

    def __init__(self, series: list[tuple[str, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series = series
        self.setMinimumSize(560, 200)

    def bar_heights(self, height: float) -> list[float]:
        top = max((count for _, count in self.series), default=0) or 1
        return [height * count / top for _, count in self.series]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, bottom, top_margin = 30.0, 30.0, 14.0
        width = self.width() - left - 8
        height = self.height() - bottom - top_margin
        painter.setPen(self.palette().text().color())
        painter.drawLine(
            int(left), int(top_margin + height), int(left + width), int(top_margin + height)
        )
        step = width / max(1, len(self.series))
        peak = max((count for _, count in self.series), default=0)
        painter.drawText(
            QRectF(0, top_margin - 7, left - 4, 14), Qt.AlignmentFlag.AlignRight, str(peak)
        )
        previous_month, last_label_x = "", -1e9
        for n, ((monday, count), bar) in enumerate(
            zip(self.series, self.bar_heights(height), strict=True)
        ):
            x = left + n * step
            painter.fillRect(
                QRectF(x + 2, top_margin + height - bar, step - 4, bar),
                readable_on("#2d7dd2", self.palette(), GRAPHIC_CONTRAST),
            )
            if count:
                painter.drawText(
                    QRectF(x, top_margin + height - bar - 14, step, 14),
                    Qt.AlignmentFlag.AlignCenter,
                    str(count),
                )
            if monday[:7] != previous_month:
                previous_month = monday[:7]
                if x - last_label_x >= 40:  # a month that starts right after the first bar
                    last_label_x = x
                    label = date.fromisoformat(monday).strftime("%b")
                    painter.drawText(
                        QRectF(x, top_margin + height + 4, 40, 16),
                        Qt.AlignmentFlag.AlignLeft,
                        label,
                    )
        painter.end()


class Dashboard(QDialog):
    def __init__(
        self, library: Library, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Reading dashboard")
        self.library, self.today = library, today
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        layout.addWidget(self.heading)
        self.bars = WeeklyBars([], self)
        layout.addWidget(self.bars, 1)
        grid = QGridLayout()
        self.status_line = QLabel(self)
        grid.addWidget(self.status_line, 0, 0, 1, 2)
        self.tags = QTableWidget(0, 3, self)
        self.tags.setHorizontalHeaderLabels(["Tag", "Papers", "Read"])
        self.tags.verticalHeader().hide()
        # Figures to read, not to edit (trial 7: keys typed here replaced a tag's name); the
        # names take the width the counts leave, on one line.
        self.tags.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tags.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        grid.addWidget(QLabel("<b>Per tag</b>", self), 1, 0)
        grid.addWidget(self.tags, 2, 0)
        self.oldest = QListWidget(self)
        # Long titles end in "…" (whole in the tooltip) rather than behind a sideways scrollbar.
        self.oldest.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.oldest.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Papers planned (To read) or begun (Reading), not the untriaged inbox that the search
        # `status:unread` also holds: a whole fresh import would fill the list otherwise.
        grid.addWidget(QLabel("<b>Oldest to read</b>", self), 1, 1)
        grid.addWidget(self.oldest, 2, 1)
        layout.addLayout(grid, 1)
        self.reload()
        self.resize(820, 560)

    def follow(self, changes: OpChanges) -> None:
        """After an operation: read the figures again if it changed any of them (a status,
        a tag, the trash, a title in the list, or anything at all: an import, an undo)."""
        if changes.recount or changes.tag_list or changes.reads_any(SHOWN):
            self.reload()

    def reload(self) -> None:
        self.data: dict[str, Any] = self.library.dashboard(today=self.today)
        total = sum(count for _, count in self.data["read_per_week"])
        self.heading.setText(f"<b>Papers read per week</b> — {total} in the last 26 weeks")
        self.bars.series = self.data["read_per_week"]
        self.bars.update()
        statuses = " · ".join(f"{STATUS_LABELS[s]}: {n}" for s, n in self.data["statuses"].items())
        self.status_line.setText(statuses)
        self.tags.setRowCount(len(self.data["tags"]))
        for row, (name, papers, read) in enumerate(self.data["tags"]):
            for column, value in enumerate((name, str(papers), str(read))):
                self.tags.setItem(row, column, QTableWidgetItem(value))
        self.oldest.clear()
        for paper in self.data["oldest_unread"]:
            self.oldest.addItem(f"{paper['added'][:10]}  {paper['title']}")
            self.oldest.item(self.oldest.count() - 1).setToolTip(str(paper["title"]))
        if not self.data["oldest_unread"]:
            self.oldest.addItem("Nothing is To read or Reading: press T on a paper to plan it.")
