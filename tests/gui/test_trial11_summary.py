"""Trial 11: the import summary after a paper the preview said it would merge."""

from __future__ import annotations

from PySide6.QtCore import Qt

from papershelf.gui.main_window import MainWindow
from tests.gui.test_import_preview import paste
from tests.gui.test_trial4_paste_known import first_lines


def test_a_known_paper_imported_again_unchanged_is_counted_in_the_summary(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    """Ticked, the known paper said "already in library — will merge"; imported, the summary
    read "0 new, 0 merged" and named it nowhere, as if nothing had been imported (trial 11)."""
    dialog = paste(qtbot, window, first_lines(70))  # five papers of a seed, all in the library
    model = dialog.model
    first = model.index(0, 0, model.index(0, 0))
    model.setData(first, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.file_actions.last_import is not None, timeout=20000)
    (report,) = window.file_actions.last_import.reports
    assert (report.new, report.merged, report.unchanged) == (0, 0, 1)
    summary = window.file_actions.import_summary
    assert summary is not None
    assert "1 already in library, unchanged" in summary.headline.text()
    assert "0 new, 0 merged, 1 already in library, unchanged" in summary.details.toPlainText()
