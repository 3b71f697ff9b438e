"""New-user trial 13, what was left: the import preview's headline after Untick all.

Real widgets offscreen, a real library file and a real paste: tests/data/listings-holdout24's
022, a symposium's agenda page whose heading is read as a record and left out (see that
folder's MANIFEST).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.test_import_preview import paste
from tests.gui.test_preview_left_out import AGENDA


def test_after_untick_all_the_headline_says_nothing_is_ticked(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]
    # After Untick all it still said "1 row unticked as unlike a paper: … tick it to import
    # it", as if the other rows were ticked.
    dialog = paste(qtbot, empty_window, AGENDA.read_text(encoding="utf-8"))
    model = dialog.model
    qtbot.mouseClick(dialog.untick_all_button, Qt.MouseButton.LeftButton)
    text = dialog.headline.text()
    assert "unticked as unlike" not in text
    assert "Nothing is ticked" in text
    assert text.count("<br>") == 1  # the line kept: the list does not move under the mouse
    qtbot.mouseClick(dialog.tick_all_button, Qt.MouseButton.LeftButton)
    assert "The row read as unlike a paper is ticked" in dialog.headline.text()
    qtbot.mouseClick(dialog.untick_all_button, Qt.MouseButton.LeftButton)
    talk = model.index(0, 0, model.index(1, 0))
    model.setData(talk, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    text = dialog.headline.text()
    assert "1 row unticked as unlike a paper" in text and "Nothing is ticked" not in text
