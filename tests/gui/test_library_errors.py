"""The window says what the CLI says: a damaged library is read only, a failed daily backup is
shown, a lock is "busy" and never "damaged"."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QMessageBox

from papershelf.gui import app as gui_app
from papershelf.gui import errors
from papershelf.gui.main_window import MainWindow
from papershelf.gui.tasks import BackupTask
from papershelf.library import Library
from papershelf.store import connection
from tests.checks import damage_a_page


def test_a_failed_daily_backup_is_shown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    (window.library.path.parent / "backups").write_text("a file where the folder belongs")
    task = BackupTask(window.library.path)
    task.setAutoDelete(False)
    watcher = errors.BackupWatcher(task, window)
    QThreadPool.globalInstance().start(task)
    qtbot.waitUntil(lambda: watcher.box is not None, timeout=10000)
    assert watcher.box is not None and watcher.box.isVisible()
    assert "backup could not be made" in watcher.box.text()
    assert "a file is where the backups folder belongs" in watcher.box.text()
    watcher.box.close()


def test_a_damaged_library_opens_for_reading_only(
    qtbot, seeded_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    damage_a_page(seeded_path)
    before = seeded_path.read_bytes()
    library = Library(seeded_path)
    assert library.damaged is not None
    window = MainWindow(library, settings=settings)
    qtbot.addWidget(window)
    window.show()
    box = errors.warn_damaged(window, library.path, library.damaged)
    assert "restore a backup" in box.text() and "reading only" in box.text()
    box.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    try:
        window.library.tag([window.model.ids[0]], add=["x"])
    except Exception as error:
        gui_app.report_exception(type(error), error, error.__traceback__, parent=window)
    assert shown and "is damaged" in shown[0]
    window.close()
    library.close()
    assert seeded_path.read_bytes() == before


def test_a_lock_in_the_window_is_busy(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
    window.library.conn.execute("PRAGMA busy_timeout = 200")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
            "c.execute('BEGIN IMMEDIATE'); print('held', flush=True); sys.stdin.read()",
            str(window.library.path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        try:
            window.library.tag([window.model.ids[0]], add=["x"])
        except sqlite3.DatabaseError as error:
            gui_app.report_exception(type(error), error, error.__traceback__, parent=window)
    finally:
        holder.communicate("")
    assert shown and "another program is writing" in shown[0] and "damaged" not in shown[0]
