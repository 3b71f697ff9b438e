"""Sync in the window: File › Sync folder…, a status indicator, and exchanges while the window
is open (every few seconds and whenever the folder changes), each on a worker thread with its
own connection; the window picks up what arrived through its watch for outside changes."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from papershelf import sync
from papershelf.core.errors import PapershelfError
from papershelf.library import Library
from papershelf.sync.engine import configured, folder_of

if TYPE_CHECKING:
    from papershelf.gui.main_window import MainWindow

EXCHANGE_INTERVAL_MS = 5000


class ExchangeSignals(QObject):
    finished = Signal(object)  # the status after the exchange (sync.status)
    failed = Signal(str)


class ExchangeTask(QRunnable):
    """One exchange (or `sync init` when `folder` is given) on its own connection."""

    def __init__(self, library_path: Path, folder: Path | None = None) -> None:
        super().__init__()
        self.library_path = library_path
        self.folder = folder
        self.signals = ExchangeSignals()
        self.done = threading.Event()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            with Library(self.library_path) as library:
                if self.folder is not None:
                    report = sync.init(library, self.folder)
                else:
                    report = sync.exchange(library)
                state = sync.status(library, unsent=False) | {"messages": report.messages()}
            self.signals.finished.emit(state)
        except (PapershelfError, OSError) as error:
            self.signals.failed.emit(str(error))
        finally:
            self.done.set()


def describe(state: dict[str, Any]) -> str:
    """The status bar's words for the sync state."""
    if state.get("folder") is None:
        return ""
    when = (state.get("last_exchange") or "never").replace("T", " ")[-8:]
    peers = len(state.get("peers") or [])
    waiting = state.get("pending") or 0
    text = f"Synced {when} · {peers} peer{'s' if peers != 1 else ''}"
    if waiting:
        text += f" · {waiting} file{'s' if waiting != 1 else ''} arriving"
    return text


class SyncController(QObject):
    """Runs exchanges for the window, one at a time, never on the GUI thread."""

    exchanged = Signal(object)  # the status after each exchange

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel("")
        self.label.setObjectName("syncStatus")
        window.statusBar().addPermanentWidget(self.label)
        self.running: ExchangeTask | None = None
        self.again = False  # something changed while an exchange ran
        self.timer = QTimer(self)
        self.timer.setInterval(EXCHANGE_INTERVAL_MS)
        self.timer.timeout.connect(self.exchange)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self.exchange)
        folder = folder_of(window.library)
        if folder is not None:
            self.start(folder)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, "Sync folder")
        if folder:
            self.run(ExchangeTask(self.window.library.path, Path(folder)))

    def start(self, folder: Path) -> None:
        devices = folder / "devices"
        for path in (folder, devices, *(devices.iterdir() if devices.is_dir() else ())):
            if path.is_dir() and str(path) not in self.watcher.directories():
                self.watcher.addPath(str(path))
        self.timer.start()
        self.exchange()

    def stop(self) -> None:
        self.timer.stop()
        if self.running is not None:
            self.running.done.wait()  # an exchange is one short transaction

    def exchange(self) -> None:
        if self.window.closing or not configured(self.window.library):
            return
        self.run(ExchangeTask(self.window.library.path))

    def run(self, task: ExchangeTask) -> None:
        if self.running is not None:
            self.again = True
            return
        self.running = task
        task.signals.finished.connect(self._finished)
        task.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(task)

    def _finished(self, state: dict[str, Any]) -> None:
        first = not self.timer.isActive()
        self._ended()
        self.label.setText(describe(state))
        self.label.setToolTip("\n".join(state.get("messages") or []) or state.get("folder", ""))
        self.exchanged.emit(state)
        if first and state.get("folder"):
            self.start(Path(state["folder"]))

    def _failed(self, message: str) -> None:
        self._ended()
        self.label.setText("Sync: not synced")
        self.label.setToolTip(message)
        if not self.timer.isActive():  # a folder chosen just now: say why it was refused
            QMessageBox.warning(self.window, "Sync folder", message)

    def _ended(self) -> None:
        self.running = None
        if self.again and not self.window.closing:
            self.again = False
            QTimer.singleShot(0, self.exchange)
