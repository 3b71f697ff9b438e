"""Trial 12: in a 16 000-paper library the Possible duplicates list showed its papers' numbers
as "1…" and "2…" (ids of five digits in a column fixed at 70 px, the tree's indentation
taken off it). The column now fits the widest number listed, at any font size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle

from papershelf.gui.main_window import MainWindow
from tests.gui.test_duplicates_related import open_duplicates, plant_variant


def test_the_number_column_fits_the_widest_paper_number(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    subtitled = [p for p in window.library.papers(range(100, 148)) if ": " in p["title"]]
    paper = subtitled[0]["id"]  # a three-digit number
    variant = plant_variant(window, tmp_path, paper)
    tree = window.duplicates.tree
    font = QFont(tree.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)  # three-digit numbers, as wide as five are
    tree.setFont(font)
    open_duplicates(qtbot, window)
    group = tree.topLevelItem(0)
    numbers = {group.child(n).text(0) for n in range(group.childCount())}
    assert numbers == {str(paper), str(variant)}
    focus = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree)
    for n in range(group.childCount()):
        child = group.child(n)
        room = tree.visualRect(tree.indexFromItem(child, 0)).width()  # after the indentation
        assert room >= QFontMetrics(font).horizontalAdvance(child.text(0)) + 2 * (focus + 1)
