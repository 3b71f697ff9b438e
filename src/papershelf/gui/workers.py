"""The window's long jobs on the thread pool: a progress dialog with Cancel, and their results.

While one runs the window keeps painting; the library changes it makes are the window's own,
so the watch for changes made elsewhere waits for it to end.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from papershelf.gui.tasks import ImportTask, LibraryTask, Work

if TYPE_CHECKING:
    from papershelf.gui.main_window import MainWindow

PROGRESS_DELAY_MS = 300  # quick jobs finish before a dialog would flash


Task = ImportTask | LibraryTask
HELD_BACK = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Shortcut,
    QEvent.Type.Drop,
}


class InputGate(QObject):
    """Holds back keys, clicks and shortcuts meant for the window while its own job writes.

    A write started on the GUI thread then would wait for the worker's lock with the window
    frozen. Once up, the progress dialog is modal anyway; this covers the 0.3 s before it shows.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in HELD_BACK:
            return False
        if isinstance(watched, QAction):
            return watched.parent() is self.window
        if isinstance(watched, QWidget):
            return watched.window() is self.window
        return False


class Workers:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.pool = QThreadPool.globalInstance()
        self.running: set[Task] = set()  # the tasks and their signals outlive the caller
        self.gate = InputGate(window)

    def busy(self) -> bool:
        return bool(self.running)

    def run(
        self,
        label: str,
        work: Work,
        *,
        done: Callable[[object], None],
        title: str | None = None,
        parent: QWidget | None = None,
    ) -> LibraryTask:
        """`work(library, progress, cancelled)` on a worker; `done(result)` back on this thread."""
        task = LibraryTask(self.window.library.path, label, work)
        self.start(task, title=title or label, label=f"{label}…", done=done, parent=parent)
        return task

    def start(
        self,
        task: Task,
        *,
        title: str,
        label: str,
        done: Callable[[object], None],
        parent: QWidget | None = None,
    ) -> QProgressDialog:
        """Run `task` with a progress dialog (modal to `parent`, else the window)."""
        progress = QProgressDialog(label, "Cancel", 0, 0, parent or self.window)
        progress.setWindowTitle(title)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.canceled.connect(task.cancel)
        progress.setValue(0)  # starts the clock for the minimum duration
        signals = task.signals

        def progressed(what: str, now: int, total: int) -> None:
            progress.setLabelText(f"{what}…")
            progress.setMaximum(total)
            progress.setValue(min(now, total))

        def finished(result: object) -> None:
            self._end(task, progress)
            if not self.window.closing:  # a closed window shows nothing more
                done(result)

        def failed(message: str) -> None:
            self._end(task, progress)
            if self.window.closing:
                return
            # What the task wrote before failing (an export's keys) is the window's own: the
            # watch, ticking while the box is read, called it a change made elsewhere.
            self.window.view.seen_version = self.window.library.data_version()
            self.window.show_error(f"{title} failed", message)
            self.window.view.refresh()

        def cancelled() -> None:
            self._end(task, progress)
            if self.window.closing:
                return
            self.window.statusBar().showMessage(f"{title}: cancelled; nothing changed.", 4000)
            self.window.view.refresh()

        signals.progress.connect(progressed)
        signals.finished.connect(finished)
        signals.failed.connect(failed)
        signals.cancelled.connect(cancelled)
        if not self.running:
            _application().installEventFilter(self.gate)
        self.running.add(task)
        self.pool.start(task)
        return progress

    def _end(self, task: Task, progress: QProgressDialog) -> None:
        self.running.discard(task)
        if not self.running:
            _application().removeEventFilter(self.gate)
        progress.canceled.disconnect()
        owner = progress.parentWidget()
        shown = progress.isVisible()
        # A dialog still due would open inside the event loop of whatever `done` shows next
        # (a modal box), window-modal over it: reset() stops its minimum-duration timer.
        progress.reset()
        progress.close()
        progress.deleteLater()
        if shown and owner is not None and QApplication.activeWindow() is None:
            owner.activateWindow()  # not every platform hands the keys back to the window

    def cancel_all(self) -> None:
        for task in list(self.running):
            task.cancel()


def _application() -> QCoreApplication:
    app = QCoreApplication.instance()
    assert app is not None  # the window exists, so the application does
    return app
