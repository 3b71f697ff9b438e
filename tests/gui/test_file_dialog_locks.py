"""Browsing the library's own folder in a file dialog keeps the window's SQLite locks (trial 5).

On Linux, closing any descriptor of a file drops every POSIX lock the process holds on it. Qt's
stock file dialog opens each listed file to sniff its type; when it showed the library's folder,
the window lost its locks, and the next `papershelf` command, believing itself the last user,
deleted the window's write-ahead log: a rating given in the window was lost on quit. These tests
keep a real library open in this process (as the window does), show the dialogs on its folder,
then run the real CLI in another process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileSystemModel
from pytestqt.qtbot import QtBot

from papershelf.gui import file_dialogs
from papershelf.gui.actions.files import LISTING_FILTER
from papershelf.gui.main_window import MainWindow
from papershelf.library import Library

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_486638357203a86b.txt"


def _cli(db: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "papershelf", "--db", str(db), *argv],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _show_and_close(qtbot: QtBot, dialog: QFileDialog, folder: Path) -> None:
    """Shown in the detailed view (with its Type column) until every file has its row."""
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.setNameFilter("All files (*)")
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    listed = {p.name for p in folder.iterdir()}

    def all_rows() -> bool:
        root = model.index(str(folder))
        names = {model.index(i, 0, root).data() for i in range(model.rowCount(root))}
        return listed <= names

    qtbot.waitUntil(all_rows, timeout=20000)
    root = model.index(str(folder))
    for row in range(model.rowCount(root)):  # asks for every type and icon, as painting does
        model.index(row, 2, root).data()
        model.index(row, 0, root).data(QFileSystemModel.Roles.FileIconRole)
    qtbot.wait(300)  # the gatherer thread answers
    dialog.close()


@pytest.fixture
def open_library(tmp_path: Path) -> Library:
    library = Library(tmp_path / "lib.db")
    library.import_path(SEED)
    library.rate(library.query_ids(), 2)  # a write that sits in the WAL while the window is open
    return library


@pytest.mark.parametrize("kind", ["import", "export", "folder"])
def test_the_library_s_folder_in_a_dialog_keeps_the_window_s_changes(
    qtbot: QtBot, tmp_path: Path, open_library: Library, kind: str
) -> None:
    library = open_library
    assert (tmp_path / "lib.db-wal").exists()
    dialogs = {
        "import": lambda: file_dialogs.safe_dialog(None, "Import", str(tmp_path), LISTING_FILTER),
        "export": lambda: file_dialogs.safe_dialog(None, "Export", str(tmp_path / "x.bib")),
        "folder": lambda: file_dialogs.safe_dialog(None, "Sync folder", str(tmp_path)),
    }
    _show_and_close(qtbot, dialogs[kind](), tmp_path)

    assert _cli(tmp_path / "lib.db", "summary").returncode == 0
    # The CLI saw another user and left the write-ahead log where the window writes.
    assert (tmp_path / "lib.db-wal").exists()
    assert os.path.getsize(tmp_path / "lib.db-wal") > 0

    first, second = library.query_ids()[:2]
    library.rate([first], 5)  # the window writes after the command
    rated = _cli(tmp_path / "lib.db", "rate", str(second), "4")  # and the command writes too
    assert rated.returncode == 0, rated.stderr
    shown = _cli(tmp_path / "lib.db", "show", str(first), "--json")
    assert '"rating": 5' in shown.stdout  # the command sees the window's write
    assert library.papers([second])[0]["rating"] == 4  # and the window the command's
    library.close()
    with Library(tmp_path / "lib.db") as reopened:  # both survive the window's quit
        assert reopened.papers([first])[0]["rating"] == 5
        assert reopened.papers([second])[0]["rating"] == 4


def test_the_dialog_names_types_without_opening_files(qtbot: QtBot, tmp_path: Path) -> None:
    provider = file_dialogs.NamesOnlyIconProvider()
    (tmp_path / "lib.db").write_bytes(b"SQLite format 3\x00")
    assert provider.type(QFileInfo(str(tmp_path / "lib.db"))) == "DB file"
    assert provider.type(QFileInfo(str(tmp_path))) == "Folder"
    assert not provider.icon(QFileInfo(str(tmp_path / "lib.db"))).isNull()


def test_importing_the_library_s_own_file_is_refused_unread(tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    assert _cli(db, "import", str(SEED)).returncode == 0
    refused = _cli(db, "import", str(db), str(SEED))
    assert refused.returncode == 1
    assert f"{db}: is this library's own file, not a listing" in refused.stderr
    assert "already imported" in refused.stdout  # the other file still went in


def test_the_window_refuses_its_own_library_file_in_an_import(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append((title, text)))
    own = window.library.path
    window.file_actions.import_paths([own, own.with_name(own.name + "-wal")])
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    ((title, text),) = shown
    assert title == "Nothing to import"
    assert text.count("is this library's own file") == 2
