"""Trial 7: the import preview narrowed (as a 1024 px screen opens it, 972 px wide) left the
title 173 px and the layout combo cut ("Repeated rec…") while Authors, Warnings, Already in
library and Closest to kept their widths, blank or not. A real paste (holdout13, 019)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.import_preview import COLUMN
from tests.conftest import DATA
from tests.gui.test_import_preview import paste

DIGEST = next((DATA / "listings-holdout13").glob("019_*.md"))


def test_a_narrow_preview_keeps_a_readable_title_and_the_layout_whole(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    dialog = paste(qtbot, window, DIGEST.read_text(encoding="utf-8"))
    dialog.resize(1240, 620)
    qtbot.waitUntil(lambda: dialog.tree.viewport().width() > 1200)
    header = dialog.tree.header()
    wide = {n: header.sectionSize(n) for n in COLUMN.values()}
    dialog.resize(972, 620)  # min(1240, 95 % of 1024)
    qtbot.waitUntil(lambda: dialog.tree.viewport().width() < 960)
    room = dialog.tree.viewport().width()
    assert header.sectionSize(COLUMN["title"]) >= 280  # 173 px before
    combo = dialog.combos[0]
    assert header.sectionSize(COLUMN["layout"]) == wide[COLUMN["layout"]]
    name = QFontMetrics(combo.font()).horizontalAdvance(combo.currentText())
    assert combo.width() > name  # "Repeated records" whole, not "Repeated rec…"
    for column in COLUMN.values():  # every column in sight, no sideways scroll
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= room
    date = QFontMetrics(dialog.tree.font()).horizontalAdvance("2026-12-31")
    assert header.sectionSize(COLUMN["date"]) > date
    names = header.fontMetrics()
    for name, column in COLUMN.items():  # every column's name whole ("Already in lib")
        label = str(dialog.model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) > names.horizontalAdvance(label), name
    # Wide again: the columns that gave way get their widths back.
    dialog.resize(1240, 620)
    qtbot.waitUntil(lambda: dialog.tree.viewport().width() > 1200)
    assert {n: header.sectionSize(n) for n in COLUMN.values()} == wide
