"""Trial 6: a paste of two segments, the second unticked whole, was named after both layouts
("Clipboard · Reading list + Table") in the sidebar and the import summary."""

from __future__ import annotations

from PySide6.QtCore import Qt

from papershelf.core.sources import layout_label
from papershelf.gui.main_window import MainWindow
from tests.gui.test_import_preview import listing, paste


def test_a_segment_left_out_whole_does_not_name_the_source(qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    two = listing("038").read_text() + "\n\n" + listing("011").read_text()
    dialog = paste(qtbot, empty_window, two)
    model = dialog.model
    assert [model.segment_layout(r) for r in range(model.rowCount())] == ["arxiv-paste", "table"]
    model.setData(model.index(1, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.import_button.text() == "Import 2 papers"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: empty_window.file_actions.last_import is not None, timeout=20000)
    outcome = empty_window.file_actions.last_import
    assert outcome is not None and [r.layout for r in outcome.reports] == ["arxiv-paste"]
    (source,) = empty_window.library.sources()
    assert source["layout"] == "arxiv-paste"
    named = empty_window.sidebar_model.find(f"source:{source['id']}").data()
    assert layout_label("table") not in named and layout_label("arxiv-paste") in named
