"""GUI fixtures: a real MainWindow on a real seeded library file, settings in a temp dir."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from papershelf.gui.dialogs.import_preview import ImportPreviewDialog
from papershelf.gui.gc_guard import GuiThreadCollector
from papershelf.gui.main_window import MainWindow
from papershelf.library import Library


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(qapp) -> Iterator[GuiThreadCollector]:  # type: ignore[no-untyped-def]
    """As in the app: workers started by a test never run the cycle collector."""
    collector = GuiThreadCollector()
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def clipboard_emptied_after(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A QMimeData made here and handed to the clipboard is deleted by Qt's exit handlers,
    after Python has gone, unless the clipboard lets go of it first: pytest then ended with
    a segmentation fault (exit 139) after every test had passed."""
    yield
    QGuiApplication.clipboard().clear()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, seeded_path: Path, settings: QSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    library = Library(seeded_path)
    main = MainWindow(library, settings=settings)
    qtbot.addWidget(main)
    main.resize(1400, 820)  # the trial's screen, whatever the offscreen screen's size
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    library.close()


@contextmanager
def window_on(qtbot, library: Library, settings: QSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window on this library, shown and exposed; closed after."""
    window = MainWindow(library, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


@pytest.fixture
def empty_window(qtbot, tmp_path: Path, settings: QSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A window on a new, empty library: a paste's papers are the only ones."""
    with Library(tmp_path / "new.db") as library, window_on(qtbot, library, settings) as window:
        yield window


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Confirmation boxes are answered Yes, as a user would click."""
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )


def wait_for_preview(qtbot, window: MainWindow) -> ImportPreviewDialog:  # type: ignore[no-untyped-def]
    """The import preview the window opens once the worker has read the files or the paste."""
    qtbot.waitUntil(
        lambda: (
            window.file_actions.preview_dialog is not None
            and window.file_actions.preview_dialog.isVisible()
        ),
        timeout=20000,
    )
    dialog = window.file_actions.preview_dialog
    assert dialog is not None
    return dialog


def accept_preview(qtbot, window: MainWindow) -> ImportPreviewDialog:  # type: ignore[no-untyped-def]
    """Import every paper the preview shows, as a user pressing Import at once would."""
    dialog = wait_for_preview(qtbot, window)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.file_actions.last_import is not None, timeout=20000)
    return dialog


@pytest.fixture(autouse=True)
def no_window_or_key_left_behind(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Each test starts with no window of an earlier one on screen and no modifier held.

    A dialog an earlier test left open took the activation back when a progress dialog
    closed (CI: `activeWindow()` never returned to the window), and QTest's key clicks can leave
    Shift or Ctrl recorded as held, which turned `selectRow` into a toggle that cleared the
    selection (CI: a rating applied to nothing). Neither happens with a real keyboard."""
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        release_all_modifiers()


def release_all_modifiers() -> None:
    """A key release carrying no modifier is what Qt records the held modifiers from."""
    receiver = QWidget()
    for key in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
        QTest.keyRelease(receiver, key, Qt.KeyboardModifier.NoModifier)
    receiver.deleteLater()
