"""Long work never on the GUI thread: the window keeps painting, Cancel and closing stop it.

A generated library of LARGE papers (benchmarks/generate.py, the bench's own listings) is built
once per session; each test works on a copy.
"""

from __future__ import annotations

import itertools
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from benchmarks.generate import write_arxiv_listing
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from papershelf.gui.main_window import MainWindow
from papershelf.gui.tasks import ImportJob
from papershelf.library import Library
from papershelf.store.search import Filter
from tests.gui.conftest import window_on

LARGE = 5000


@pytest.fixture(scope="session")
def large_listing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_arxiv_listing(tmp_path_factory.mktemp("large") / "large.txt", LARGE, seed=7)


@pytest.fixture(scope="session")
def large_template(large_listing: Path) -> Path:
    path = large_listing.with_suffix(".db")
    with Library(path) as library:
        library.import_path(large_listing)
        library.checkpoint()
    return path


@pytest.fixture
def large_window(qtbot, large_template: Path, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    path = tmp_path / "large.db"
    shutil.copy(large_template, path)
    library = Library(path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with window_on(qtbot, library, settings) as window:
        yield window
    QThreadPool.globalInstance().waitForDone()
    library.close()


class PaintLog(QObject):
    """Times of the table's paints, asked for every 20 ms as a busy screen would."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.times: list[float] = []
        self.viewport = window.table.viewport()
        self.viewport.installEventFilter(self)
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.viewport.update)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.times.append(time.monotonic())
        return False

    def stop(self) -> None:
        self.timer.stop()
        self.viewport.removeEventFilter(self)


def assert_painted_throughout(qtbot, window: MainWindow, start) -> None:  # type: ignore[no-untyped-def]
    """Run `start()`, wait for the job, and check the window painted all along it."""
    log = PaintLog(window)
    began = time.monotonic()
    start()
    assert window.workers.busy()  # it went to a worker
    qtbot.waitUntil(lambda: not window.workers.busy(), timeout=60000)
    ended = time.monotonic()
    log.stop()
    during = [began, *[t for t in log.times if began <= t <= ended], ended]
    gaps = [b - a for a, b in itertools.pairwise(during)]
    # On the GUI thread the job would be one gap as long as itself.
    assert len(during) >= 5 and max(gaps) < (ended - began) / 2, (len(during), max(gaps))


def test_export_undo_and_empty_trash_of_a_large_library_keep_the_window_painting(
    qtbot, large_window: MainWindow, tmp_path: Path, answer_yes
) -> None:  # type: ignore[no-untyped-def]
    window, library = large_window, large_window.library
    ids = library.query_ids(Filter())
    assert len(ids) == LARGE

    target = tmp_path / "all.bib"
    dialog = window.file_actions.export_selection(ids)
    assert_painted_throughout(qtbot, window, lambda: dialog.save(target))
    assert dialog.saved_to == target
    assert target.read_text(encoding="utf-8").count("\n@") + 1 == LARGE

    library.rate(ids, 4)
    assert library.undo_size() >= LARGE
    assert_painted_throughout(qtbot, window, window.paper_actions.undo)
    assert library.count(Filter(search="rating:4")) == 0
    assert window.statusBar().currentMessage().startswith("Undid: Rate")

    library.trash(ids[: LARGE // 2])
    window.view.refresh()
    assert_painted_throughout(qtbot, window, window.paper_actions.empty_trash)
    assert library.count() == LARGE - LARGE // 2 == window.model.total()


def test_cancelling_an_export_writes_nothing(
    qtbot, large_window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "all.bib"
    dialog = large_window.file_actions.export_selection(large_window.library.query_ids(Filter()))
    task = dialog.save(target)
    assert task is not None
    (progress,) = dialog.findChildren(QProgressDialog)
    (cancel,) = progress.findChildren(QPushButton)
    cancel.click()  # while the export is under way
    qtbot.waitUntil(lambda: not large_window.workers.busy(), timeout=60000)
    assert not target.exists() and list(tmp_path.glob("*.part")) == []
    assert dialog.saved_to is None and dialog.isVisible()
    assert "cancelled" in large_window.statusBar().currentMessage() + dialog.windowTitle()


def test_closing_the_window_cancels_a_running_import(
    qtbot, large_listing: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with Library(tmp_path / "new.db") as library:
        window = MainWindow(library, settings=settings)
        qtbot.addWidget(window)
        window.show()
        seen: list[int] = []
        task = window.file_actions.start_import(ImportJob(paths=[large_listing]))
        task.signals.progress.connect(lambda _name, done, _total: seen.append(done))
        qtbot.waitUntil(lambda: bool(seen), timeout=30000)  # the first batch is in
        window.close()
        assert QThreadPool.globalInstance().waitForDone(30000)
        assert library.count() == 0 and library.undo_label() is None  # nothing half-written
        assert window.file_actions.import_summary is None  # no summary for a closed window


def test_keys_wait_while_a_job_writes_instead_of_freezing_the_window(
    qtbot, large_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window, library = large_window, large_window.library
    ids = library.query_ids(Filter())
    library.rate(ids, 2)
    window.view.refresh()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.table.setFocus()
    window.table.selectRow(0)
    first = window.view.current_id()
    assert first is not None
    window.paper_actions.undo()  # 5,000 rows: a worker's job
    assert window.workers.busy()
    qtbot.keyClick(window.table, Qt.Key.Key_5)  # held back: it would wait for the lock
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.workers.busy(), timeout=60000)
    assert library.paper(first)["rating"] == 0 and library.redo_label() == f"Rate {LARGE} papers 2★"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # back from the dialog
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_5)  # the window takes keys again
    assert library.paper(first)["rating"] == 5
