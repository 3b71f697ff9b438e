"""The import preview leaves unticked what the reader found unlike a paper, says why, and
imports it once ticked.

Real widgets offscreen, a real library file, and a real paste: tests/data/listings-holdout24's
022, an early-career symposium's agenda page (its heading is read as a record among fifteen
talks; see that folder's MANIFEST).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from papershelf.gui.main_window import MainWindow
from tests.conftest import DATA
from tests.gui.test_import_preview import library_titles, paste, rows

(AGENDA,) = (DATA / "listings-holdout24").glob("022_*.txt")
HEADING = "Eco-DAS VIII Symposium Agenda"


def test_a_record_unlike_a_paper_is_shown_unticked_with_the_reason(
    qtbot, empty_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    dialog = paste(qtbot, empty_window, AGENDA.read_text(encoding="utf-8"))
    model = dialog.model
    titles, warnings = rows(model), rows(model, "warnings")
    assert len(titles) == 16 and titles[0] == HEADING
    assert "unlike a paper (likelihood 0.2" in warnings[0] and warnings[0].startswith("⚑ unlike")
    heading = model.index(0, 0, model.index(0, 0))
    assert heading.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert dialog.import_button.text() == "Import 15 papers"
    assert "1 row unticked as unlike a paper: its Warnings say why" in dialog.headline.text()
    model.setData(heading, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.import_button.text() == "Import 16 papers"
    assert "unticked as unlike" not in dialog.headline.text()
    assert model.merging_count() == 0  # ticked by hand, it is still a new paper
    model.setData(heading, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: empty_window.file_actions.last_import is not None, timeout=20000)
    assert library_titles(empty_window.library) == set(titles[1:])
