"""Related papers in the window: a list filled off the GUI thread (the pane never waits), and
"More like these" for a selection or a queue."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from papershelf.core.errors import PapershelfError
from papershelf.library import Library


class RelatedSignals(QObject):
    found = Signal(int, object)  # generation, [related paper dicts]


class RelatedTask(QRunnable):
    """One related-papers query on its own connection (read only: nothing to cancel)."""

    def __init__(
        self, path: Path, ids: list[int], generation: int, limit: int, known: dict[str, int]
    ) -> None:
        super().__init__()
        self.path, self.ids, self.generation, self.limit = path, ids, generation, limit
        self.known = known
        self.signals = RelatedSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            with Library(self.path) as library:
                found = library.related(self.ids, limit=self.limit, known=self.known)
        except (sqlite3.Error, OSError, PapershelfError):
            found = []  # a busy or changed library: the list stays empty until the next paper
        # The window may have closed while the query ran and taken the task's signal object
        # with it (seen once in a trial, at quitting): nobody is left to show the answer to.
        with contextlib.suppress(RuntimeError):
            self.signals.found.emit(self.generation, found)


class RelatedList(QListWidget):
    """The papers closest to the shown one, with their reasons; activating one emits its id."""

    paper_activated = Signal(int)
    filled = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None, *, limit: int = 5) -> None:
        super().__init__(parent)
        self.setObjectName("relatedList")
        self.path, self.limit = path, limit
        self.generation = 0
        self._ids: list[int] = []  # the papers listed, by row (not asked back from the items)
        self.tasks: dict[int, RelatedTask] = {}  # kept alive until their signal arrives
        # Word -> papers counts, shared by the tasks (each opens its own connection); a
        # statistic, so a few changes later they still serve.
        self.known: dict[str, int] = {}
        self.setWordWrap(True)
        self.itemActivated.connect(self._activated)

    def show_for(self, ids: list[int]) -> None:
        self.generation += 1
        self.clear()
        self._ids = []
        if not ids:
            return
        self.addItem("Finding related papers…")
        task = RelatedTask(self.path, ids, self.generation, self.limit, self.known)
        task.signals.found.connect(self._found)
        self.tasks[self.generation] = task
        QThreadPool.globalInstance().start(task)

    def _found(self, generation: int, found: list[dict[str, Any]]) -> None:
        self.tasks.pop(generation, None)
        if generation != self.generation:
            return  # the reader has moved on to another paper
        self.clear()
        self._ids = [int(paper["id"]) for paper in found]
        for paper in found:
            item = QListWidgetItem(f"{paper['title']}\n    {paper['reason']}")
            item.setToolTip(f"score {paper['score']:.2f}")
            self.addItem(item)
        if not found:
            self.addItem("No related papers in the library.")
        self.filled.emit()

    def shown_ids(self) -> list[int]:
        return list(self._ids)

    def _activated(self, item: QListWidgetItem) -> None:
        row = self.row(item)
        if 0 <= row < len(self._ids):
            self.paper_activated.emit(self._ids[row])


class MoreLikeThese(QDialog):
    """The papers closest to a selection or a queue, found in the background. Double-click
    opens one in the window; the papers picked can be tagged or queued from here."""

    tag_requested = Signal(list)  # the ids picked
    queue_requested = Signal(list)

    def __init__(self, path: Path, ids: list[int], title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"More like {title}")
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Closest to {title}, from titles, abstracts, authors, tags:"))
        self.list = RelatedList(path, self, limit=15)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.tag_button = buttons.addButton("Tag…", QDialogButtonBox.ButtonRole.ActionRole)
        self.queue_button = buttons.addButton(
            "Add to queue…", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.tag_button.clicked.connect(lambda: self._request(self.tag_requested))
        self.queue_button.clicked.connect(lambda: self._request(self.queue_requested))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemSelectionChanged.connect(self._picked)
        self._picked()
        self.list.show_for(ids)

    def picked_ids(self) -> list[int]:
        shown = self.list.shown_ids()
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        return [shown[row] for row in rows if 0 <= row < len(shown)]

    def _picked(self) -> None:
        for button in (self.tag_button, self.queue_button):
            button.setEnabled(bool(self.picked_ids()))

    def _request(self, signal: SignalInstance) -> None:
        ids = self.picked_ids()
        if ids:
            signal.emit(ids)
