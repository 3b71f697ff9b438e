"""The window keeps .bib files updated: within about two seconds, only when they change,
failures in the status bar, and the Keep updated… dialog."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView

from papershelf.gui.main_window import MainWindow
from papershelf.library import Library
from papershelf.library.autoexport import Selection


def test_a_change_in_the_window_reaches_the_file_within_two_seconds(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "refs.bib"
    window.library.add_autoexport(target, "bibtex", Selection())
    assert "rank5" not in target.read_text()
    start = time.monotonic()
    window.paper_actions.library.rate([1], 5)
    qtbot.waitUntil(lambda: "ranking = {rank5}" in target.read_text(), timeout=3000)
    assert time.monotonic() - start < 2.5


def test_a_change_from_elsewhere_reaches_the_file(
    qtbot, window: MainWindow, seeded_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "thesis.bib"
    window.library.tag([1], add=["thesis"])
    window.library.add_autoexport(target, "biblatex", Selection("tag", "thesis"))
    with Library(seeded_path) as other:  # as the CLI or a second window would
        other.tag([2], add=["thesis"])
    qtbot.waitUntil(lambda: target.read_text().count("@") == 2, timeout=3000)


def test_unrelated_changes_leave_the_file_untouched(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "thesis.bib"
    window.library.tag([1], add=["thesis"])
    window.library.add_autoexport(target, "bibtex", Selection("tag", "thesis"))
    with qtbot.waitSignal(window.autoexporter.refreshed, timeout=3000):
        pass  # the refresh the tagging scheduled
    before = target.stat()
    with qtbot.waitSignal(window.autoexporter.refreshed, timeout=3000) as blocker:
        window.library.rate([7], 2)
    assert blocker.args[0][0].written is False
    after = target.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_a_failure_shows_in_the_status_bar_and_the_dialog(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "paper"
    folder.mkdir()
    target = folder / "refs.bib"
    window.library.add_autoexport(target, "bibtex", Selection())
    shutil.rmtree(folder)
    window.library.rate([1], 3)
    qtbot.waitUntil(
        lambda: "Kept-updated file not written" in window.statusBar().currentMessage(),
        timeout=3000,
    )
    assert str(target) in window.statusBar().currentMessage()
    dialog = window.file_actions.keep_updated()
    qtbot.addWidget(dialog)
    assert "cannot write" in dialog.table.item(0, 4).text()


def test_the_dialog_adds_lists_and_removes(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.library.create_queue("thesis")
    window.library.enqueue("thesis", [9, 3])
    dialog = window.file_actions.keep_updated()
    qtbot.addWidget(dialog)
    target = tmp_path / "queue.bib"
    dialog.path.setText(str(target))
    dialog.format.setCurrentIndex(dialog.format.findData("biblatex"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("queue"))
    assert dialog.value.currentText() == "thesis"  # the queues are offered
    dialog.add_button.click()
    assert target.read_text().count("@") == 2 and "date = {" in target.read_text()
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, column).text() for column in range(5)]
    assert row[:3] == [str(target), "BibLaTeX", "queue: thesis"]  # as the Format list says
    assert row[3].endswith(" UTC") and row[4] == ""
    dialog.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    assert dialog.table.rowCount() == 0 and window.library.autoexports() == []
    assert target.exists()  # removing stops the updates; the file stays


def test_the_worker_only_reads_so_the_view_is_not_reloaded(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "refs.bib"
    window.library.add_autoexport(target, "biblatex", Selection())
    window.library.conn.execute("UPDATE papers SET citation_key = NULL WHERE id = 5")
    with qtbot.waitSignal(window.autoexporter.refreshed, timeout=3000):
        window.library.rate([1], 5)
    assert "rank5" in target.read_text()
    assert window.library.paper(5)["citation_key"]  # assigned on the window's connection
    # a write on the worker's connection would have moved data_version: "changed elsewhere"
    assert window.library.data_version() == window.view.seen_version
    assert window.autoexporter.task is None
