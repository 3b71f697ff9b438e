"""The window never dies: a bug in a slot ends in a dialog and a log entry, and it goes on."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from papershelf.gui import app as gui_app
from papershelf.gui.main_window import MainWindow
from papershelf.gui.tasks import ImportJob


@pytest.fixture
def shown_boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: boxes.append(self) or 0)
    return boxes


@pytest.fixture
def log_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "papershelf.log"
    monkeypatch.setattr(gui_app, "log_file", lambda: path)
    handler = logging.FileHandler(path)
    gui_app.log.addHandler(handler)
    yield path
    gui_app.log.removeHandler(handler)
    handler.close()


def test_bug_in_a_slot_shows_details_and_is_logged(
    qtbot,
    window: MainWindow,
    shown_boxes,
    log_to: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    gui_app.install_exception_hook()

    def broken(_stars: int) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(window.paper_actions, "rate_selected", broken)
    with qtbot.capture_exceptions() as caught:
        window.table.setFocus()
        window.table.selectRow(0)
        for action in window.table.actions():
            if action.shortcut().toString() == "3":
                action.trigger()
    assert caught and isinstance(caught[0][1], ZeroDivisionError)
    gui_app.report_exception(*caught[0], parent=window)
    (box,) = shown_boxes
    assert "a bug" in box.text() and "ZeroDivisionError" in box.detailedText()
    assert "ZeroDivisionError: a bug" in log_to.read_text()
    monkeypatch.delattr(window.paper_actions, "rate_selected")
    window.paper_actions.rate_selected(2)  # the window still works
    assert window.library.paper(window.view.current_id())["rating"] == 2


def test_user_error_gets_a_plain_message_not_a_traceback(
    window: MainWindow,
    shown_boxes,
    log_to: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from papershelf.core.errors import InvalidValue

    error = InvalidValue("a queue named 'x' exists already")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    gui_app.report_exception(InvalidValue, error, None, parent=window)
    assert warnings == ["a queue named 'x' exists already"]
    assert not log_to.exists() or "exists already" not in log_to.read_text()


def test_hostile_file_in_the_window_ends_in_the_summary(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 10)
    before = list(window.library.conn.iterdump())
    window.file_actions.start_import(ImportJob(paths=[binary]))
    # The worker may finish before a signal spy could attach: wait for the outcome.
    qtbot.waitUntil(lambda: window.file_actions.last_import is not None, timeout=10000)
    assert (
        f"{binary}:1: is a binary file" in window.file_actions.import_summary.details.toPlainText()
    )
    assert window.file_actions.import_summary.windowTitle() == "Import finished with errors"
    assert list(window.library.conn.iterdump()) == before


def test_a_damaged_library_gets_a_dialog_not_a_crash(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    library = tmp_path / "library.db"
    library.write_bytes(b"this is not an SQLite file, just some text " * 100)
    before = library.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(gui_app, "setup_logging", lambda: None)
    assert gui_app.run(library) == 8  # not a library (3 is kept for damage)
    assert shown and "not a Papershelf library" in shown[0]
    assert library.read_bytes() == before


def test_daily_backup_runs_off_the_gui_thread(qtbot, seeded_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QThreadPool

    from papershelf.gui.tasks import BackupTask

    task = BackupTask(seeded_path)
    task.setAutoDelete(False)
    QThreadPool.globalInstance().start(task)
    qtbot.waitUntil(lambda: task.made is not None or task.error is not None, timeout=10000)
    assert task.error is None and task.made is not None and task.made.exists()
    assert task.made.parent == seeded_path.parent / "backups"


def test_a_second_window_on_one_library_says_so_and_ends(
    qtbot, seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Trial 7: a second window opened on the same library without a word; the two undid each
    other's changes unseen. Zotero says it is already running."""
    first = gui_app.window_lock(seeded_path)
    assert first is not None and first.isLocked()
    assert gui_app.window_lock(seeded_path) is None  # what a second start meets
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(gui_app, "setup_logging", lambda: None)
    before = seeded_path.read_bytes()
    assert gui_app.run(seeded_path) == 4  # busy
    assert shown and "already open in another Papershelf window" in shown[0]
    assert seeded_path.read_bytes() == before
    first.unlock()
    again = gui_app.window_lock(seeded_path)
    assert again is not None and again.isLocked()  # free once the first window has gone
    again.unlock()


def test_a_killed_window_leaves_no_lock_that_keeps_the_next_one_out(seeded_path: Path) -> None:
    """The lock of a window killed with SIGKILL (no chance to unlock) is stale at once."""
    import signal
    import subprocess
    import sys

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from papershelf.gui.app import window_lock\n"
            "lock = window_lock(Path(sys.argv[1]))\n"
            "print('held' if lock is not None and lock.isLocked() else 'not', flush=True)\n"
            "time.sleep(60)\n",
            str(seeded_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert gui_app.window_lock(seeded_path) is None  # held by a live window
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        holder.stdout.close()
    lock = gui_app.window_lock(seeded_path)
    assert lock is not None and lock.isLocked()
    lock.unlock()
