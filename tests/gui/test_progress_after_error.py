"""A job that ends before its progress dialog was due never shows that dialog later (trial 5).

The "Nothing to import" box ran its own event loop while the finished job's progress dialog was
still due (0.3 s after the start); the dialog then opened over the box, window-modal, and
neither answered. The box is replaced here by the nested event loop any modal box runs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from papershelf.gui.main_window import MainWindow
from papershelf.gui.workers import PROGRESS_DELAY_MS


def _progress_shown() -> bool:
    return any(
        isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


@pytest.mark.parametrize("paste", ["\x00\x01\x02binary\x00" * 200, "   \n\t"])
def test_a_refused_paste_shows_its_message_and_no_progress_dialog_over_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, paste: str
) -> None:
    seen: list[tuple[str, bool]] = []
    shown_text: list[str] = []

    def modal_box(title: str, text: str) -> None:
        loop = QEventLoop()
        covered = []
        poll = QTimer()
        poll.timeout.connect(lambda: covered.append(_progress_shown()))
        poll.start(20)
        QTimer.singleShot(PROGRESS_DELAY_MS * 3, loop.quit)
        loop.exec()
        poll.stop()
        seen.append((title, any(covered)))
        shown_text.append(text)

    monkeypatch.setattr(window, "show_error", modal_box)
    QGuiApplication.clipboard().setText(paste)
    window.file_actions.paste_listing()
    if not paste.strip():
        assert "no text" in window.statusBar().currentMessage()
        return
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    ((title, covered),) = seen
    assert title == "Nothing to import"
    assert not covered
    qtbot.wait(PROGRESS_DELAY_MS * 2)
    assert not _progress_shown()
