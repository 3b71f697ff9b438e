"""Sync in the window: File › Sync folder…, a status indicator, and exchanges while the window
is open (every few seconds and whenever the folder changes), each on a worker thread with its
own connection; the window picks up what arrived through its watch for outside changes."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox

from papershelf import sync
from papershelf.core.errors import PapershelfError
from papershelf.gui import errors, file_dialogs
from papershelf.library import Library
from papershelf.sync import folder as files
from papershelf.sync.identity import configured, folder_of

if TYPE_CHECKING:
    from papershelf.gui.main_window import MainWindow

EXCHANGE_INTERVAL_MS = 5000
REASON_CHARS = 90  # the status bar's share of a failure's message; the tooltip has it all

log = logging.getLogger("papershelf")


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
        """Every way this can end emits `finished` or `failed`: an exception escaping a
        QRunnable would leave the controller waiting for this task for good."""
        try:
            with Library(self.library_path) as library:
                version = library.data_version()
                if self.folder is not None:
                    report = sync.init(library, self.folder)
                else:
                    report = sync.exchange(library)
                state = sync.status(library, unsent=False) | {
                    "messages": report.messages(),
                    "changed": report.changed,
                    "from_devices": len(report.devices),
                    "from_names": sorted(names_of(library, report.devices)),
                    # Whether another connection (the window's, another program's) wrote
                    # while this one exchanged: its own writes do not move its data version.
                    "others_wrote": library.data_version() != version,
                }
            self.signals.finished.emit(state)
        except Exception as error:  # whatever it was, the next tick tries again
            self.signals.failed.emit(self._explain(error))
        finally:
            self.done.set()

    def _explain(self, error: Exception) -> str:
        if isinstance(error, (PapershelfError, OSError)):
            return str(error)
        known = errors.library_problem(error, self.library_path)
        if known is not None:  # busy, disk full, read-only, damaged
            return str(known)
        log.exception("Sync exchange failed")
        return f"{type(error).__name__}: {error}"


def names_of(library: Library, devices: set[str]) -> set[str]:
    """The names the devices gave themselves (those that did)."""
    folder = folder_of(library)
    if folder is None:
        return set()
    return {name for d in devices if (name := files.read_device_name(folder, d))}


def describe(state: dict[str, Any]) -> str:
    """The status bar's words for the sync state."""
    if state.get("folder") is None:
        return ""
    when = state.get("checked") or (state.get("last_exchange") or "never").replace("T", " ")[-8:]
    peers = state.get("peers") or []
    waiting = state.get("pending") or 0
    text = f"Synced {when} · {len(peers)} peer{'s' if len(peers) != 1 else ''}"
    if peers:
        text += ": " + ", ".join(peer.get("name") or peer["device"][:8] for peer in peers)
    if waiting:
        text += f" · {waiting} file{'s' if waiting != 1 else ''} arriving"
    return text


def arrival(state: dict[str, Any]) -> str:
    """What the last exchange brought from elsewhere ("" when nothing)."""
    changed, devices = state.get("changed") or 0, state.get("from_devices") or 0
    if not changed:
        return ""
    what = f"{changed} change{'s' if changed != 1 else ''}"
    names = state.get("from_names") or []
    if names and len(names) == devices:
        source = ", ".join(names)
    else:
        source = "another machine" if devices <= 1 else f"{devices} other machines"
    return f"{state.get('checked', '')}: {what} from {source}".lstrip(": ")


def not_synced(message: str) -> str:
    reason = message.splitlines()[0] if message else "unknown reason"
    place, colon, rest = reason.partition(": ")
    if colon and "/" in place:  # the folder's name says which; its whole path is in the tooltip
        reason = f"{Path(place).name}: {rest}"
    if len(reason) > REASON_CHARS:
        reason = reason[: REASON_CHARS - 1] + "…"
    return f"Not synced: {reason}"


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
        self.view_current = False  # the view was up to date when the running exchange began
        self.last_arrival = ""  # what the latest exchange that brought something brought
        self.changes_before = 0  # the window connection's writes when that exchange began
        self.timer = QTimer(self)
        self.timer.setInterval(EXCHANGE_INTERVAL_MS)
        self.timer.timeout.connect(self.exchange)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self.exchange)
        folder = folder_of(window.library)
        if folder is not None:
            self.start(folder)

    def choose_folder(self) -> None:
        folder = file_dialogs.existing_folder(self.window, "Sync folder")
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
        # Whether the view was up to date as the exchange began: if so, and the exchange
        # changed no paper, whatever it wrote (its own bookkeeping) is not news for the view.
        view = self.window.view
        self.view_current = view.seen_version == self.window.library.data_version()
        self.changes_before = self.window.library.conn.total_changes
        task.signals.finished.connect(self._finished)
        task.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(task)

    def _finished(self, state: dict[str, Any]) -> None:
        first = not self.timer.isActive()
        state = state | {"checked": time.strftime("%H:%M:%S")}
        self._ended()
        news = arrival(state)
        if news:
            self.last_arrival = news
        self.label.setText(" · ".join(filter(None, [describe(state), self.last_arrival])))
        self.label.setToolTip("\n".join(state.get("messages") or []) or state.get("folder", ""))
        self._show_in_view(state)
        self.exchanged.emit(state)
        if first and state.get("folder"):
            self.start(Path(state["folder"]))

    def _show_in_view(self, state: dict[str, Any]) -> None:
        """Papers a peer changed are shown at once, quietly: the status bar's message stays
        the reader's own (the sync label says what arrived). Only a change by another
        program still makes the view say that the library was changed elsewhere."""
        view = self.window.view
        own_edits = self.window.library.conn.total_changes != self.changes_before
        if state.get("changed"):
            view.refresh()
        elif not self.view_current:
            return  # something from elsewhere was news before: the view's watch says so
        elif not state.get("others_wrote"):
            view.seen_version = self.window.library.data_version()  # only sync's bookkeeping
        elif own_edits:  # the reader's edits and maybe someone else's: no telling, no message
            view.refresh()

    def _failed(self, message: str) -> None:
        self._ended()
        self.label.setText(not_synced(message))
        self.label.setToolTip(message)
        if not self.timer.isActive():  # a folder chosen just now: say why it was refused
            QMessageBox.warning(self.window, "Sync folder", message)

    def _ended(self) -> None:
        self.running = None
        if self.again and not self.window.closing:
            self.again = False
            QTimer.singleShot(0, self.exchange)
