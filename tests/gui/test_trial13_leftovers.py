"""New-user trial 13, what was left: the import preview's headline after Untick all, the
highlight after Mark reviewed on several papers, the sidebar's width beside an empty table.

Real widgets offscreen, a real library file (the seeded one, or a new one) and a real paste:
tests/data/listings-holdout24's 022, a symposium's agenda page whose heading is read as a record
and left out (see that folder's MANIFEST).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN
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


def click_row(qtbot, window: MainWindow, row: int, keys=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    index = window.model.index(row, COLUMN["title"])
    window.table.scrollTo(index)
    point = window.table.visualRect(index).center()
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, keys, point)


def flagged_ids(window: MainWindow) -> set[int]:
    return {i for (i,) in window.library.conn.execute("SELECT paper_id FROM review_flags")}


@pytest.mark.parametrize(("first", "last"), [(1, 3), (3, 1)])  # shift-clicked down, or up
def test_after_mark_reviewed_the_highlight_is_on_the_paper_after_those_marked(
    qtbot, window, first: int, last: int
) -> None:  # type: ignore[no-untyped-def]
    # In Needs review the three papers marked left and the highlight stayed on the current
    # row's position: clicked top to bottom, it fell two papers past them, on neither a
    # paper marked nor the next one to review.
    window.sidebar.setCurrentIndex(window.sidebar_model.find("review"))
    ids = list(window.model.ids)
    click_row(qtbot, window, first)
    click_row(qtbot, window, last, Qt.KeyboardModifier.ShiftModifier)
    assert sorted(window.view.selected_ids()) == sorted(ids[1:4])
    window.menus.named["Mark reviewed"].trigger()
    assert not set(ids[1:4]) & set(window.model.ids)  # they left Needs review
    assert window.view.selected_ids() == [ids[4]]
    assert window.view.current_id() == ids[4]
    assert window.detail.paper is not None and window.detail.paper["id"] == ids[4]


def test_where_the_papers_marked_stay_on_view_they_stay_highlighted(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.table.sortByColumn(COLUMN["title"], Qt.SortOrder.AscendingOrder)
    flagged = flagged_ids(window)
    rows = [row for row, paper in enumerate(window.model.ids) if paper in flagged][:3]
    click_row(qtbot, window, rows[0])
    for row in rows[1:]:
        click_row(qtbot, window, row, Qt.KeyboardModifier.ControlModifier)
    marked = sorted(window.view.selected_ids())
    window.menus.named["Mark reviewed"].trigger()
    assert not flagged_ids(window) & set(marked)
    assert sorted(window.view.selected_ids()) == marked


@pytest.mark.parametrize("search", ["zzzz-found-nowhere", "tag:none-such"])
def test_the_sidebar_keeps_its_width_beside_a_table_with_no_rows(qtbot, window, search) -> None:  # type: ignore[no-untyped-def]
    # At 1008x592 (QT_SCALE_FACTOR=1.5) a search with no hits showed every column the reader
    # chose, and the empty table took their least widths from the sidebar: 254 -> 168 px,
    # its names cut ("Author… Dec 2").
    window.resize(1008, 592)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1008, 592))
    width = window.sidebar.width()
    window.search.setText(search)
    window.view.apply_search()
    qtbot.wait(50)  # the layout settles as the next paint would see it
    assert window.model.rowCount() == 0
    assert window.sidebar.width() == width
    assert not window.table.horizontalScrollBar().isVisible()  # nothing to scroll sideways
    window.search.clear()
    window.view.apply_search()
    qtbot.wait(50)
    assert window.sidebar.width() == width


def test_a_new_library_s_sidebar_is_as_wide_as_its_names(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]
    window = empty_window
    window.resize(1008, 592)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1008, 592))
    qtbot.wait(50)
    assert window.sidebar.width() >= window.sidebar.fitted_width()
    width = window.sidebar.width()
    window.search.setText("attention")  # no hits in a library with no papers
    window.view.apply_search()
    qtbot.wait(50)
    assert window.sidebar.width() == width
