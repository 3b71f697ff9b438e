"""The window keeps the library's kept-updated .bib files current, off the GUI thread.

Every change the window sees (its own writes, an import on a worker's connection, the CLI) moves
a cheap change counter; the first change starts a short single-shot timer, and when it fires a
worker renders and writes the files. A burst of changes costs one refresh, and no change waits
more than about two seconds. The worker only reads the library (entries it renders are not
cached, keys are assigned here first): a write on its connection would look to the window like
someone else's change and reload the view. Last writes and errors are recorded here afterwards.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from papershelf.core.errors import PapershelfError
from papershelf.library import Library
from papershelf.library.autoexport import Outcome
from papershelf.library.export import KeysMissing

POLL_MS = 400
DELAY_MS = 1000
CLOSE_WAIT_S = 10.0


class RefreshSignals(QObject):
    finished = Signal(list, bool)  # outcomes, whether to try again (keys were missing)


class RefreshTask(QRunnable):
    def __init__(self, library_path: Path) -> None:
        super().__init__()
        self.library_path = library_path
        self.signals = RefreshSignals()
        self.done = threading.Event()

    def run(self) -> None:
        outcomes: list[Outcome] = []
        retry = False
        try:
            with Library(self.library_path) as library:
                outcomes = library.write_autoexports(read_only=True)
        except KeysMissing:
            retry = True  # a paper arrived after the keys were assigned
        except (PapershelfError, sqlite3.Error):
            pass  # the library was busy or being restored: the next change tries again
        finally:
            self.done.set()
            self.signals.finished.emit(outcomes, retry)


class AutoExporter(QObject):
    refreshed = Signal(list)  # the outcomes of one refresh
    failed = Signal(str)  # a message for the status bar

    def __init__(
        self,
        library: Library,
        parent: QObject | None = None,
        *,
        poll_ms: int = POLL_MS,
        delay_ms: int = DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.pool = QThreadPool.globalInstance()
        self.task: RefreshTask | None = None
        self.seen: tuple[int, int] | None = None  # None: refresh once at start
        self.closed = False  # after flush(): the library may be closed under us
        self.poll = QTimer(self)
        self.poll.setInterval(poll_ms)
        self.poll.timeout.connect(self.check)
        self.delay = QTimer(self)
        self.delay.setSingleShot(True)
        self.delay.setInterval(delay_ms)
        self.delay.timeout.connect(self.start_refresh)
        self.poll.start()

    def _token(self) -> tuple[int, int]:
        return self.library.conn.total_changes, self.library.data_version()

    def check(self) -> None:
        """Schedule a refresh if the library changed; a pending one is not pushed back."""
        if self._token() != self.seen and not self.delay.isActive():
            self.delay.start()

    def start_refresh(self) -> None:
        if self.task is not None:  # one at a time: the change is picked up after this one
            self.delay.start()
            return
        if not self.library.autoexports():
            self.seen = self._token()
            return
        self.library.assign_missing_keys()  # the worker assigns none
        self.seen = self._token()  # a change from here on schedules another refresh
        task = RefreshTask(self.library.path)
        task.signals.finished.connect(self._finished)
        self.task = task
        self.pool.start(task)

    def _finished(self, outcomes: list[Outcome], retry: bool) -> None:
        self.task = None
        if self.closed:
            # Queued from a refresh flush() waited for: the window (and maybe the library) is
            # gone. The file is written; the next start refreshes and records anyway.
            return
        if retry:
            self.delay.start()
            return
        self._record(outcomes)

    def _record(self, outcomes: list[Outcome]) -> None:
        before = self.library.conn.total_changes
        self.library.record_autoexports(outcomes)
        if self.seen is not None and self.seen[0] == before:  # our own record is not a change
            self.seen = (self.library.conn.total_changes, self.seen[1])
        errors = [outcome.error for outcome in outcomes if outcome.error]
        if errors:
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            self.failed.emit(f"Kept-updated file not written: {errors[0]}{more}")
        self.refreshed.emit(outcomes)

    def flush(self) -> None:
        """The window is closing: let a running refresh end, and write what is pending."""
        self.poll.stop()
        self.closed = True
        if self.task is not None:
            self.task.done.wait(CLOSE_WAIT_S)
        if self.delay.isActive() or self._token() != self.seen:
            self.delay.stop()
            self.library.refresh_autoexports()
