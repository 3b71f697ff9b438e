"""Trial 11: a folder dropped on the window was refused; its listing files are imported."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from papershelf.gui.main_window import MainWindow
from tests.gui.conftest import accept_preview
from tests.gui.test_import_preview import errors, expected, listing  # noqa: F401
from tests.gui.test_trial11_drops import BIB, drag_in_and_drop, file_drag


def test_a_folder_dropped_imports_the_listing_files_directly_inside_it(
    qtbot,  # type: ignore[no-untyped-def]
    empty_window: MainWindow,
    tmp_path: Path,
    errors: list[tuple[str, str]],  # noqa: F811
) -> None:
    """As the file dialog would offer them (Listings: .txt .md .html .htm .bib .json): a .pdf
    beside them is left alone, a subfolder is not searched, and a file that reads as no
    listing is named as refused, as in a drop of several files."""
    window = empty_window
    folder = tmp_path / "reading group"
    folder.mkdir()
    shutil.copy(BIB, folder / BIB.name)  # six papers
    shutil.copy(listing("036"), folder / "scholar.MD")  # the dialog's filter ignores case
    (folder / "empty.txt").write_text("")
    (folder / "slides.pdf").write_bytes(b"%PDF-1.4\n")
    inner = folder / "old"
    inner.mkdir()
    shutil.copy(listing("001"), inner / "older.md")
    _enter, drop = drag_in_and_drop(window.table.viewport(), file_drag(folder))
    assert drop == (True, Qt.DropAction.CopyAction)
    qtbot.waitUntil(
        lambda: bool(errors) or window.file_actions.preview_dialog is not None, timeout=20000
    )
    assert not errors
    accept_preview(qtbot, window)
    outcome = window.file_actions.last_import
    assert outcome is not None
    assert sorted(Path(r.file).name for r in outcome.reports) == [BIB.name, "scholar.MD"]
    assert [Path(f.file).name for f in outcome.failures] == ["empty.txt"]
    summary = window.file_actions.import_summary
    assert summary is not None
    assert f"✗ {folder / 'empty.txt'}: is empty" in summary.details.toPlainText()
    assert window.library.count() == 6 + len(expected("036"))


def test_a_folder_with_no_listing_file_is_refused_with_its_reason(
    qtbot,  # type: ignore[no-untyped-def]
    empty_window: MainWindow,
    tmp_path: Path,
    errors: list[tuple[str, str]],  # noqa: F811
) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "board.jpg").write_bytes(b"\xff\xd8")
    drag_in_and_drop(empty_window.table.viewport(), file_drag(folder))
    qtbot.waitUntil(lambda: bool(errors), timeout=20000)
    ((title, text),) = errors
    assert title == "Nothing to import"
    assert str(folder) in text and "no listing file" in text
