"""Trial 10: the import preview's "Already in library" column is sized for what its ticked
rows show. A paste holding papers the library has, none of them ticked, sized it for "already
in library — will merge" all the same, and at 1240 px Warnings was squeezed to "confidence 0…"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.import_preview import COLUMN, IN_LIBRARY, IN_LIBRARY_TICKED
from tests.gui.test_import_preview import paste, rows
from tests.gui.test_trial4_paste_known import first_lines


def test_the_in_library_column_grows_only_once_a_known_paper_is_ticked(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    dialog = paste(qtbot, window, first_lines(70))
    dialog.resize(1240, 620)
    qtbot.waitUntil(lambda: dialog.tree.viewport().width() > 1150)
    model = dialog.model
    assert rows(model, "already in library") == [IN_LIBRARY] * 5
    header = dialog.tree.header()
    metrics = dialog.tree.fontMetrics()
    column = COLUMN["already in library"]
    merge_width = metrics.horizontalAdvance(IN_LIBRARY_TICKED) + 12
    # None ticked: room for "already in library", not for the "— will merge" no row shows.
    assert metrics.horizontalAdvance(IN_LIBRARY) + 12 <= header.sectionSize(column)
    assert header.sectionSize(column) < merge_width
    first = model.index(0, 0, model.index(0, 0))
    model.setData(first, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert header.sectionSize(column) >= merge_width  # what the ticked row now says, whole
    model.setData(first, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert header.sectionSize(column) < merge_width  # and the room given back
