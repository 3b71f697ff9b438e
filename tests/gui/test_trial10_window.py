"""Trial 10: a new user's first hour in the real window (PySide6 6.11.3 from PyPI, under Xvfb).

Real pastes from tests/data/listings-holdout19 and -holdout20 (see their MANIFESTs).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from papershelf.gui.dialogs.import_preview import ImportPreviewDialog
from papershelf.gui.main_window import MainWindow
from papershelf.library.preview import AS_DETECTED
from tests.conftest import DATA
from tests.gui.conftest import wait_for_preview
from tests.gui.test_import_preview import drop, paste, rows
from tests.gui.test_trial9_second_reading import paper_warnings, segment_warning


def listing(holdout: str, prefix: str) -> Path:
    (path,) = [p for p in (DATA / holdout).glob(f"{prefix}_*") if p.suffix in (".md", ".txt")]
    return path


def test_switching_back_names_no_paper_as_lost_that_is_read_on_its_line(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """holdout20 014, read as 'A title and its people, a line each', then As detected ('Pasted
    text': 'Aumann (1976) Agreeing to Disagree'), then 'A title and its people' again: the
    preview said "5 papers read as 'Pasted text' are not read as 'A title and its people, a
    line each' (lines 9, 15, 19, 22, 25)" beside 'Agreeing to Disagree', read on line 9; all
    five were there, their titles without the '(1976)' the first reading had glued on."""
    dialog = paste(qtbot, window, listing("listings-holdout20", "014").read_text("utf-8"))
    model = dialog.model
    assert model.segment_layout(0) == "two-part-lines"
    model.switch(0, AS_DETECTED)
    assert model.segment_layout(0) == "generic"
    model.switch(0, "two-part-lines")
    assert "Agreeing to Disagree" in rows(model)
    said = [*paper_warnings(model), segment_warning(model)]
    assert not any("not read as" in cell for cell in said), said
    dialog.reject()


def shown_text(dialog: ImportPreviewDialog, group: int) -> str:
    """What the tree paints in a segment's Title cell: its delegate's text, cut to the cell
    as the style cuts it."""
    tree = dialog.tree
    index = dialog.model.index(group, 0)
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    option.rect = tree.visualRect(index)
    option.widget = tree
    option.textElideMode = tree.textElideMode()  # as the view sets it (a new option's: middle)
    tree.itemDelegateForIndex(index).initStyleOption(option, index)
    style = tree.style()
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree)
    margins = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    return option.fontMetrics.elidedText(option.text, option.textElideMode, rect.width() - margins)


def test_a_long_file_name_leaves_each_segment_its_lines_and_count(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """holdout19 003 opened as a file is read in three segments; each row read
    '003_page-history-of-economics-conference-p…', the same, its lines and count cut off."""
    drop(window, [listing("listings-holdout19", "003")])
    dialog = wait_for_preview(qtbot, window)
    dialog.resize(1240, 620)  # the trial's 1400 px screen
    qtbot.waitUntil(lambda: dialog.tree.viewport().width() > 1000)
    shown = [shown_text(dialog, group) for group in range(dialog.model.rowCount())]
    assert len(shown) == 3
    assert all(text.startswith("003_page-") for text in shown), shown
    assert all(" · lines " in text and text.endswith(" papers") for text in shown), shown
    assert len(set(shown)) == 3
    dialog.reject()
