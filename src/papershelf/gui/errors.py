"""What the window tells the user when the library cannot be used, in the CLI's words."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from papershelf.core.errors import LibraryError
from papershelf.gui.tasks import BackupTask
from papershelf.store import health

TITLE = "Papershelf"


def library_problem(error: BaseException, path: Path | str) -> LibraryError | None:
    """The user-facing form of a library failure (busy, full, read-only, damaged…), if any."""
    if isinstance(error, LibraryError):
        return error
    if isinstance(error, sqlite3.DatabaseError):
        return health.classify(error, path)
    if isinstance(error, json.JSONDecodeError):  # the library's own JSON no longer parses
        return health.from_stored_data(error, path)
    return None


def show_cannot_open(error: LibraryError) -> int:
    """The library did not open: say why (only damage mentions backups); the exit code."""
    QMessageBox.critical(None, TITLE, str(error))
    return error.exit_code


def warn_damaged(parent: QWidget, path: Path, problem: str) -> QMessageBox:
    """A damaged library opens for reading only; the reader is told before the first change."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        TITLE,
        f"{health.damaged(path, problem)}.\n\nThe library is open for reading only: "
        "nothing you do will be saved into the damaged file.",
        parent=parent,
    )
    box.setModal(False)
    box.show()
    return box


class BackupWatcher(QObject):
    """Shows the reader a daily backup that failed (a full disk, a `backups` file…)."""

    INTERVAL_MS = 250

    def __init__(self, task: BackupTask, parent: QWidget) -> None:
        super().__init__(parent)
        self.task = task
        self.window = parent
        self.box: QMessageBox | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._poll)
        self.timer.start(self.INTERVAL_MS)

    def _poll(self) -> None:
        if not self.task.done.is_set():
            return
        self.timer.stop()
        if self.task.error:
            self.box = QMessageBox(
                QMessageBox.Icon.Warning,
                TITLE,
                f"Today's automatic backup could not be made:\n{self.task.error}\n\n"
                "Your library is unchanged; the backup will be tried again next time.",
                parent=self.window,
            )
            self.box.setModal(False)
            self.box.show()
