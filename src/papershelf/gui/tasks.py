"""Long work off the GUI thread: a QRunnable with its own SQLite connection and signals."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from papershelf.core.errors import ImportFailed, PapershelfError
from papershelf.library import ImportCancelled, ImportReport, Library, checkpoint_file


@dataclass
class ImportJob:
    paths: list[Path] = field(default_factory=list)
    text: str | None = None  # pasted listing text
    name: str = "clipboard"


@dataclass
class ImportOutcome:
    reports: list[ImportReport] = field(default_factory=list)
    failures: list[ImportFailed] = field(default_factory=list)
    cancelled: bool = False
    unticked: int = 0  # the preview's rows left unticked: read, not imported


# Papers indexed per transaction after a big import: the window's own writes wait at most
# one chunk (~0.5 s) while the index catches up behind it.
INDEX_CHUNK = 5000


def index_after_import(library_path: Path) -> None:
    """The listing index catches up with a big import once the window shows its papers."""
    try:
        with Library(library_path) as library:
            while library.index_pending(limit=INDEX_CHUNK):
                pass
    except (OSError, sqlite3.Error, PapershelfError):
        pass  # the papers still waiting are indexed by the next search (store.fts.ready)


def megabytes(size: int) -> str:
    return f"{size / 2**20:.1f}"


class TaskSignals(QObject):
    progress = Signal(str, int, int)  # what, done, total
    finished = Signal(object)  # the result (ImportOutcome for imports)
    failed = Signal(str)
    cancelled = Signal()


ImportSignals = TaskSignals
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Library, Progress, Cancelled], object]


class ImportTask(QRunnable):
    def __init__(self, library_path: Path, job: ImportJob) -> None:
        super().__init__()
        self.library_path = library_path
        self.job = job
        self.signals = TaskSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        outcome = ImportOutcome()
        try:
            with Library(self.library_path) as library:
                if self.job.text is not None:
                    outcome.reports.append(library.import_text(self.job.text, self.job.name))
                for path in self.job.paths:
                    if self._cancel.is_set():
                        raise ImportCancelled(str(path))
                    self._import_one(library, path, outcome)
        except ImportFailed as error:
            outcome.failures.append(error)
        except ImportCancelled:
            outcome.cancelled = True
        except PapershelfError as error:
            self.signals.failed.emit(str(error))
            return
        self.signals.finished.emit(outcome)
        index_after_import(self.library_path)

    def _import_one(self, library: Library, path: Path, outcome: ImportOutcome) -> None:
        files = len(self.job.paths)
        which = f" (file {self.job.paths.index(path) + 1} of {files})" if files > 1 else ""

        def progress(done: int, total: int) -> None:
            # What the reader waits for: the file, and how much of it is read (bytes here).
            self.signals.progress.emit(
                f"Importing {path.name}{which}: {megabytes(done)} of {megabytes(total)} MB read",
                done,
                total,
            )

        try:
            outcome.reports.append(
                library.import_path(path, progress=progress, cancelled=self._cancel.is_set)
            )
        except ImportFailed as error:
            outcome.failures.append(error)


class LibraryTask(QRunnable):
    """One long library operation (export, undo, merge, empty trash) on its own connection.

    `work(library, progress, cancelled)` returns the result. Cancel also interrupts the SQL
    statement running, so one long transaction stops at once and rolls back whole; work that
    polls `cancelled` returns what it did (an export: False, nothing written).
    """

    def __init__(self, library_path: Path, label: str, work: Work) -> None:
        super().__init__()
        self.library_path = library_path
        self.label = label
        self.work = work
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self._lock = threading.Lock()  # the connection is interrupted only while it is open
        self._library: Library | None = None
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()
        with self._lock:
            if self._library is not None:
                self._library.conn.interrupt()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        if self.cancelled():  # cancelled before it started
            self.signals.cancelled.emit()
            return
        try:
            with Library(self.library_path) as library:
                with self._lock:
                    self._library = library
                try:
                    result = self.work(library, self._progress, self.cancelled)
                finally:
                    with self._lock:
                        self._library = None
        except (sqlite3.OperationalError, ImportCancelled) as error:
            if self.cancelled():
                self.signals.cancelled.emit()
            else:
                self.signals.failed.emit(str(error))
            return
        except (OSError, PapershelfError) as error:
            self.signals.failed.emit(str(error))
            return
        # Work that returned ran to its end (a late Cancel changes nothing): its result counts.
        self.signals.finished.emit(result)
        index_after_import(self.library_path)  # after an import of files chosen in a preview

    def _progress(self, done: int, total: int) -> None:
        self.signals.progress.emit(self.label, done, total)


class BackupTask(QRunnable):
    """The daily backup, on its own connection, so a large library never delays the window."""

    def __init__(self, library_path: Path) -> None:
        super().__init__()
        self.library_path = library_path
        self.made: Path | None = None
        self.error: str | None = None
        self.done = threading.Event()  # the window tells the reader when it failed

    def run(self) -> None:
        try:
            with Library(self.library_path) as library:
                self.made = library.auto_backup()
        except (OSError, sqlite3.Error, PapershelfError) as error:  # the reader goes on
            self.error = str(error)
        finally:
            self.done.set()


class CheckpointTask(QRunnable):
    """Folds the write-ahead log into the library file on a worker thread, on its own connection.

    Commits then only append to the log; the copy that follows a large change (~0.3 s after
    rating 10k papers) happens here instead of inside the action the reader waits for.
    """

    def __init__(self, library_path: Path) -> None:
        super().__init__()
        self.library_path = library_path
        self.error: str | None = None
        self.done = threading.Event()
        self.setAutoDelete(False)  # the window asks `done` before starting the next one

    def run(self) -> None:
        try:
            checkpoint_file(self.library_path)
        except sqlite3.Error as error:  # a busy or locked file is retried at the next tick
            self.error = str(error)
        finally:
            self.done.set()
