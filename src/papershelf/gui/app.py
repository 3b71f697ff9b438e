"""Starting the window: logging, the error dialog for exceptions in slots, settings."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QLockFile,
    QObject,
    QSettings,
    QThread,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from papershelf import __version__
from papershelf.core.errors import LibraryBusy, LibraryError, PapershelfError
from papershelf.core.query import QueryError
from papershelf.gui import errors
from papershelf.gui.gc_guard import GuiThreadCollector
from papershelf.gui.resources import apply_look
from papershelf.gui.tasks import BackupTask
from papershelf.library import Library
from papershelf.paths import data_dir
from papershelf.store.search import SearchError

log = logging.getLogger("papershelf")


def log_file() -> Path:
    return data_dir() / "papershelf.log"


def setup_logging() -> None:
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def report_exception(
    kind: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
    *,
    parent: QWidget | None = None,
) -> None:
    """A user's mistake gets a plain message; a bug gets the details and a log entry."""
    if isinstance(error, (PapershelfError, QueryError, SearchError)):
        QMessageBox.warning(parent, "Papershelf", str(error))
        return
    known = errors.library_problem(error, _library_path(parent))
    if known is not None:  # busy, disk full, read-only, damaged: the user can act on it
        QMessageBox.warning(parent, "Papershelf", str(known))
        return
    details = "".join(traceback.format_exception(kind, error, tb))
    log.error("Unexpected error in the window:\n%s", details)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "Papershelf — unexpected error",
        f"Something went wrong: {error}\n\nThe app keeps running; your library is unchanged "
        f"by the failed action.\nDetails were written to {log_file()}.",
        parent=parent,
    )
    box.setDetailedText(details)
    box.exec()


def _library_path(parent: QWidget | None) -> Path | str:
    library = getattr(parent, "library", None)
    return getattr(library, "path", None) or "the library"


class _ToGuiThread(QObject):
    """Carries an exception raised on a worker thread to the GUI thread: a dialog made on a
    worker, parented to the window, is a cross-thread setParent (Qt refuses it, and worse)."""

    raised = Signal(object, object, object)


def install_exception_hook() -> None:
    app = QApplication.instance()
    relay = _ToGuiThread(app)  # lives on the GUI thread: its slot runs there
    relay.raised.connect(
        lambda kind, error, tb: report_exception(
            kind, error, tb, parent=QApplication.activeWindow()
        )
    )

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if QThread.currentThread() is relay.thread():
            report_exception(kind, error, tb, parent=QApplication.activeWindow())
        else:
            relay.raised.emit(kind, error, tb)

    sys.excepthook = hook


def make_application(argv: list[str] | None = None) -> QApplication:
    QCoreApplication.setOrganizationName("papershelf")
    QCoreApplication.setApplicationName("papershelf")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_look(app)
    return app


def window_lock(library_path: Path) -> QLockFile | None:
    """The lock only one window on this library holds, or None when another window holds it.

    Two windows on one library each kept their own view of it and undid each other's changes
    unseen (trial 7), so the second says so and ends, as Zotero does. A folder the lock cannot be
    written in (a read-only library) is no reason to refuse: the lock is then skipped."""
    lock = QLockFile(str(library_path.with_name(library_path.name + ".window-lock")))
    lock.setStaleLockTime(0)  # held for as long as the window is open; a dead holder is stale
    if lock.tryLock(0) or lock.error() != QLockFile.LockError.LockFailedError:
        return lock
    return None


def run(library_path: Path) -> int:
    app = make_application()
    setup_logging()
    lock = window_lock(library_path)
    if lock is None:
        busy = LibraryBusy(
            f"{library_path} is already open in another Papershelf window. "
            "Switch to that window, or close it and start Papershelf again."
        )
        return errors.show_cannot_open(busy)
    try:
        library = Library(library_path)
    except LibraryError as error:
        lock.unlock()
        return errors.show_cannot_open(error)
    from papershelf.gui.main_window import MainWindow

    install_exception_hook()
    collector = GuiThreadCollector(app)  # workers never run the cycle collector
    window = MainWindow(library, settings=QSettings())
    window.show()
    if library.damaged is not None:
        errors.warn_damaged(window, library.path, library.damaged)
    backup = BackupTask(library_path)
    backup.setAutoDelete(False)
    errors.BackupWatcher(backup, window)
    QThreadPool.globalInstance().start(backup)
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()
    collector.stop()
    if backup.error:
        log.warning("automatic backup failed: %s", backup.error)
    library.close()
    lock.unlock()
    return int(code)
