"""Trial 8: what a new user met in the real window (PySide6 6.11 from PyPI, under Xvfb)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from papershelf.gui.main_window import MainWindow
from tests.gui.test_import_preview import paste

PROSE = (
    "I spent the weekend reading about how people organise their papers. Most of the advice"
    " boils down to keeping one place for everything and tagging sparingly.\n"
)


def test_an_unread_segment_shows_choose_a_layout_whole(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The Layout column was sized to the combo's current text, which an unread segment has
    none of: its placeholder showed as "Choose a la▾"."""
    dialog = paste(qtbot, window, PROSE)
    dialog.resize(1240, 620)
    qtbot.waitUntil(lambda: dialog.tree.viewport().width() > 1200)
    combo = dialog.combos[0]
    assert combo.currentIndex() == -1
    name = QFontMetrics(combo.font()).horizontalAdvance(combo.placeholderText())
    qtbot.waitUntil(lambda: text_room(combo) >= name)
    dialog.reject()


def text_room(combo: QComboBox) -> int:
    """The width the combo's style leaves its text, beside the arrow and the frame."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()
