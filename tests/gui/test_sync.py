"""The window syncs: File › Sync folder…, the status indicator, exchanges off the GUI thread,
and a peer's edit arriving in the table while the window is open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from papershelf import sync
from papershelf.gui.main_window import MainWindow
from papershelf.library import Library


def test_a_peer_edit_arrives_in_the_open_window(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "Sync"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    (action,) = [a for a in window.menuBar().actions()[0].menu().actions() if "Sync" in a.text()]
    with qtbot.waitSignal(window.sync.exchanged, timeout=30_000):
        action.trigger()
    assert window.sync.timer.isActive()
    gid = window.library.conn.execute("SELECT gid FROM papers WHERE id = 1").fetchone()[0]
    with Library(tmp_path / "peer.db") as peer:
        sync.init(peer, folder)
        (peer_id,) = peer.conn.execute("SELECT id FROM papers WHERE gid = ?", (gid,)).fetchone()
        peer.tag([peer_id], add=["from-the-peer"])
        sync.exchange(peer)
    # The folder changed: the window exchanges by itself (watcher or timer), on a worker.
    qtbot.waitUntil(lambda: "from-the-peer" in window.library.paper(1)["tags"], timeout=30_000)
    qtbot.waitUntil(lambda: "1 peer" in window.sync.label.text(), timeout=30_000)
    assert window.sync.label.text().startswith("Synced")
    window.detail.flush_note()


def test_a_folder_of_another_library_is_refused_in_a_dialog(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "Other"
    with Library(tmp_path / "stranger.db") as stranger:
        sync.init(stranger, other)
    sync.init(window.library, tmp_path / "Mine")
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(other))
    monkeypatch.setattr(
        "papershelf.gui.sync.QMessageBox.warning", lambda _p, _t, text: warnings.append(text)
    )
    window.sync.timer.stop()
    window.sync.choose_folder()
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "another library" in warnings[0]
    assert window.sync.label.text() == "Sync: not synced"
