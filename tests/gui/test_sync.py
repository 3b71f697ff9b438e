"""The window syncs: File › Sync folder…, the status indicator, exchanges off the GUI thread,
and a peer's edit arriving in the table while the window is open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from papershelf import sync
from papershelf.gui import file_dialogs
from papershelf.gui.main_window import MainWindow
from papershelf.library import Library


def test_a_peer_edit_arrives_in_the_open_window(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "Sync"
    folder.mkdir()
    monkeypatch.setattr(file_dialogs, "existing_folder", lambda *a, **k: str(folder))
    (action,) = [a for a in window.menuBar().actions()[0].menu().actions() if "Sync" in a.text()]
    with qtbot.waitSignal(window.sync.exchanged, timeout=30_000):
        action.trigger()
    assert window.sync.timer.isActive()
    gid = window.library.conn.execute("SELECT gid FROM papers WHERE id = 1").fetchone()[0]
    with Library(tmp_path / "peer.db") as peer:
        sync.init(peer, folder, name="Lab machine")
        (peer_id,) = peer.conn.execute("SELECT id FROM papers WHERE gid = ?", (gid,)).fetchone()
        peer.tag([peer_id], add=["from-the-peer"])
        sync.exchange(peer)
    # The folder changed: the window exchanges by itself (watcher or timer), on a worker.
    qtbot.waitUntil(lambda: "from-the-peer" in window.library.paper(1)["tags"], timeout=30_000)
    qtbot.waitUntil(lambda: "1 peer: Lab machine" in window.sync.label.text(), timeout=30_000)
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
    monkeypatch.setattr(file_dialogs, "existing_folder", lambda *a, **k: str(other))
    monkeypatch.setattr(
        "papershelf.gui.sync.QMessageBox.warning", lambda _p, _t, text: warnings.append(text)
    )
    window.sync.timer.stop()
    window.sync.choose_folder()
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "another library" in warnings[0]
    assert window.sync.label.text().startswith("Not synced: ")
    assert "another library" in window.sync.label.text()


def start_syncing(qtbot, window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(file_dialogs, "existing_folder", lambda *a, **k: str(folder))
    with qtbot.waitSignal(window.sync.exchanged, timeout=30_000):
        window.sync.choose_folder()
    assert window.sync.timer.isActive()


def next_exchange(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The controller's next tick (not forced: a stuck controller would never emit)."""
    window.sync.timer.setInterval(200)
    with qtbot.waitSignal(window.sync.exchanged, timeout=30_000):
        pass


def test_a_failed_exchange_says_why_and_the_next_tick_recovers(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "Sync"
    start_syncing(qtbot, window, folder, monkeypatch)
    window.sync.timer.setInterval(200)
    # The folder goes away (an unmounted share): a PapershelfError.
    folder.rename(tmp_path / "Elsewhere")
    qtbot.waitUntil(lambda: window.sync.label.text().startswith("Not synced:"), timeout=30_000)
    assert "not a sync folder" in window.sync.label.text()
    (tmp_path / "Elsewhere").rename(folder)
    qtbot.waitUntil(lambda: window.sync.label.text().startswith("Synced"), timeout=30_000)
    # A damaged value in the library's sync state: not a PapershelfError, which used to
    # escape the worker and leave the controller waiting for it for good.
    (good,) = window.library.conn.execute(
        "SELECT value FROM sync_state WHERE key = 'hlc'"
    ).fetchone()
    with sqlite3.connect(window.library.path) as damage:
        damage.execute("UPDATE sync_state SET value = 'not a clock' WHERE key = 'hlc'")
    window.library.rate([1], 4)  # something to send, so the exchange reads its clock
    qtbot.waitUntil(lambda: window.sync.label.text().startswith("Not synced:"), timeout=30_000)
    assert "ValueError" in window.sync.label.text()
    assert window.sync.running is None
    with sqlite3.connect(window.library.path) as repair:
        repair.execute("UPDATE sync_state SET value = ? WHERE key = 'hlc'", (good,))
    qtbot.waitUntil(lambda: window.sync.label.text().startswith("Synced"), timeout=30_000)
    assert sync.status(window.library)["unsent"] is False  # the rating went out after all


def status_messages(window: MainWindow) -> list[str]:
    shown: list[str] = []
    window.statusBar().messageChanged.connect(lambda text: shown.append(text))
    return shown


def test_only_another_programs_change_is_news_from_elsewhere(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown = status_messages(window)
    folder = tmp_path / "Sync"
    start_syncing(qtbot, window, folder, monkeypatch)
    elsewhere = "The library was changed elsewhere; view refreshed."
    # The reader's own edit, then exchanges that send it and exchanges with nothing new.
    window.view.highlight([2], current=2)
    window.paper_actions.rate_selected(3)
    for _ in range(3):
        next_exchange(qtbot, window)
        qtbot.wait(1200)  # the view's watch for outside changes runs every second
    assert sync.status(window.library)["unsent"] is False
    assert elsewhere not in shown
    # A peer's change arrives: the view shows it, the sync label says so, the message stays.
    window.statusBar().showMessage("Rated 1 paper 3★")
    gid = window.library.conn.execute("SELECT gid FROM papers WHERE id = 1").fetchone()[0]
    with Library(tmp_path / "peer.db") as peer:
        sync.init(peer, folder, name="Office desk")
        (peer_id,) = peer.conn.execute("SELECT id FROM papers WHERE gid = ?", (gid,)).fetchone()
        peer.tag([peer_id], add=["from-the-peer"])
        peer.rate([peer_id], 5)
        sync.exchange(peer)
    qtbot.waitUntil(lambda: "from Office desk" in window.sync.label.text(), timeout=30_000)
    assert "1 change from Office desk" in window.sync.label.text()  # the peer's own name
    assert "from-the-peer" in window.library.paper(1)["tags"]
    assert window.view.seen_version == window.library.data_version()  # the view shows it
    qtbot.wait(1200)
    assert elsewhere not in shown
    assert window.statusBar().currentMessage() == "Rated 1 paper 3★"
    # Another program's change is still news.
    window.sync.timer.stop()
    qtbot.waitUntil(lambda: window.sync.running is None, timeout=30_000)
    with Library(window.library.path) as other:
        other.rate([3], 1)
    qtbot.waitUntil(lambda: elsewhere in shown, timeout=10_000)
