"""Trial 10: a new user's first hour in the real window (PySide6 6.11.3 from PyPI, under Xvfb).

Real pastes from tests/data/listings-holdout19 and -holdout20 (see their MANIFESTs).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from papershelf.gui.dialogs.import_preview import ImportPreviewDialog
from papershelf.gui.main_window import MainWindow
from papershelf.library.preview import AS_DETECTED
from tests.conftest import DATA
from tests.gui.conftest import accept_preview, wait_for_preview
from tests.gui.test_import_preview import drop, paste, rows
from tests.gui.test_main_window import search, select_rows, shown_titles
from tests.gui.test_trial9_second_reading import paper_warnings, segment_warning


def listing(holdout: str, prefix: str) -> Path:
    (path,) = [p for p in (DATA / holdout).glob(f"{prefix}_*") if p.suffix in (".md", ".txt")]
    return path


def test_switching_back_names_no_paper_as_lost_that_is_read_on_its_line(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """holdout20 014, read as 'Title and names, a line each', then As detected ('Pasted
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
    """A file read in three segments (trial 10 opened holdout19 003, which a later reader reads
    whole; holdout30 031 is read in three): each row read '003_page-history-of-economics-
    conference-p…', the same, its lines and count cut off."""
    drop(window, [listing("listings-holdout30", "031")])
    dialog = wait_for_preview(qtbot, window)
    dialog.resize(1240, 620)  # the trial's 1400 px screen
    qtbot.waitUntil(lambda: dialog.tree.viewport().width() > 1000)
    shown = [shown_text(dialog, group) for group in range(dialog.model.rowCount())]
    assert len(shown) == 3
    assert all(text.startswith("031_") for text in shown), shown
    assert all(re.search(r" · lines \d+–\d+ · \d+ papers?$", text) for text in shown), shown
    assert len(set(shown)) == 3
    dialog.reject()


def import_both_readings(qtbot, window: MainWindow) -> list[int]:  # type: ignore[no-untyped-def]
    """holdout20 014 pasted and imported as read, then pasted again and imported As detected;
    the ids the second import wrote."""
    text = listing("listings-holdout20", "014").read_text("utf-8")
    paste(qtbot, window, text)
    accept_preview(qtbot, window)
    qtbot.waitUntil(lambda: not window.workers.busy(), timeout=20000)
    dialog = paste(qtbot, window, text)
    dialog.model.switch(0, AS_DETECTED)
    assert dialog.import_button.text() == "Import 5 papers"
    window.file_actions.last_import = None  # the second import's, to wait for
    accept_preview(qtbot, window)
    qtbot.waitUntil(lambda: not window.workers.busy(), timeout=20000)
    outcome = window.file_actions.last_import
    assert outcome is not None
    return [i for report in outcome.reports for i in report.paper_ids]


def test_the_first_reading_chosen_as_detected_is_imported_after_the_second(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """holdout20 014 imported as read ('Title and names, a line each', 10 papers), then
    pasted again and its 5 papers As detected ('Aumann (1976) Agreeing to Disagree', ...)
    ticked and imported: "already imported, nothing changed", 0 new, though the preview had
    said "Import 5 papers" and none of the five was in the library."""
    before = window.library.count()
    added = import_both_readings(qtbot, window)
    assert len(added) == 5
    assert window.library.count() == before + 15


def test_merging_keeps_the_kept_paper_s_year_against_another_year_s_full_date(
    qtbot, window: MainWindow, answer_yes
) -> None:  # type: ignore[no-untyped-def]
    """holdout20 014 imported as read ('The Use of Knowledge in Society', Hayek, 1945) and as
    first read ('Hayek (1945) The Use of Knowledge in Society', dated 2025-03-02, the reading
    group's meeting): merged, the paper became 2025-03-02 and its BibTeX key
    hayekUseKnowledgeSociety2025. A fuller date refines a year; it does not replace another."""
    import_both_readings(qtbot, window)
    search(qtbot, window, '"knowledge in society"')
    assert sorted(shown_titles(window)) == [
        "The Use of Knowledge in Society",
        "⚑ Hayek (1945) The Use of Knowledge in Society",  # flagged for review
    ]
    select_rows(window, [0, 1])
    keep, _other = sorted(window.view.selected_ids())
    assert window.library.paper(keep)["date"] == "1945"
    window.paper_actions.merge_selected()
    qtbot.waitUntil(lambda: not window.workers.busy())
    assert window.model.rowCount() == 1
    assert window.library.paper(keep)["date"] == "1945"


def test_a_narrow_preview_keeps_the_paste_s_name_on_its_segment(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """At 700 px the segment's row read '… · lines 8–29 · 10 p…': its file's name gave way
    wholly to the lines; "clipboard" is short enough to stay."""
    dialog = paste(qtbot, window, listing("listings-holdout20", "014").read_text("utf-8"))
    dialog.resize(700, 560)
    qtbot.waitUntil(lambda: dialog.tree.viewport().width() < 700)
    assert shown_text(dialog, 0).startswith("clipboard · lines ")
    dialog.reject()


def test_escape_in_a_table_a_search_emptied_clears_the_search(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A search with no hits, Enter: the focus goes to the table, whose empty state says "Clear
    the search (Esc)"; Esc there did nothing (only the search field heard it)."""
    search(qtbot, window, "susanasusana")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.table.hasFocus() or QApplication.focusWidget() is window.table
    assert window.model.rowCount() == 0
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert window.model.rowCount() > 0
