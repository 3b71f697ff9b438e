"""Trial 12: every import preview of a session stayed in memory, closed, with the papers it
had read, its rows and its tree (a child of the window, never deleted): the window grew by
30-50 MB for each preview of a 5 000-entry .bib that was cancelled (189 -> 380 MB after four).
A new preview now lets the last closed one go."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from papershelf.gui.main_window import MainWindow
from tests.gui.conftest import wait_for_preview

BIB = Path(__file__).parents[1] / "data" / "bib" / "xampl.bib"


def test_a_new_preview_lets_the_last_closed_one_go(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.file_actions.import_paths([BIB])
    first = wait_for_preview(qtbot, window)
    first.reject()
    window.file_actions.import_paths([BIB])
    qtbot.waitUntil(lambda: window.file_actions.preview_dialog is not first, timeout=20000)
    second = wait_for_preview(qtbot, window)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(first)
    assert shiboken6.isValid(second) and second.isVisible()
    second.reject()


def test_a_new_export_dialog_lets_the_last_closed_one_go(window: MainWindow) -> None:
    first = window.file_actions.export_selection()
    first.reject()
    second = window.file_actions.export_selection()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(first)
    assert shiboken6.isValid(second) and second.isVisible()
    second.reject()
