"""Trial 12: an export that failed to write (a full disk) had assigned its papers' keys on the
worker before the write; while the reader read the box saying why, the window's watch took
those keys for a change made elsewhere and the status bar said "The library was changed
elsewhere". What a failed task of the window wrote is the window's own."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from papershelf import files
from papershelf.gui.main_window import WATCH_INTERVAL_MS, MainWindow


def test_a_failed_export_is_not_called_a_change_made_elsewhere(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    def disk_full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    shown: list[str] = []

    def read_slowly(_parent: object, _title: str, text: str) -> None:
        shown.append(text)
        qtbot.wait(2 * WATCH_INTERVAL_MS)  # the reader reads the box; the watch ticks meanwhile

    monkeypatch.setattr(files.os, "fsync", disk_full)
    monkeypatch.setattr(QMessageBox, "warning", read_slowly)
    ids = window.model.ids[:3]
    window.view.highlight(ids)
    dialog = window.file_actions.export_selection()
    dialog.save(tmp_path / "three.bib")
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "No space left on device" in shown[0]
    assert not (tmp_path / "three.bib").exists()
    assert "elsewhere" not in window.statusBar().currentMessage()
