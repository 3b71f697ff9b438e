"""Trial 12 (a 16 000-paper library): a view larger than its first page of rows.

The table loads the first ID_PAGE rows of a view and the rest as it scrolls. In the trial,
Ctrl+A highlighted the 250 loaded papers of 16 197 ("250 papers selected"), tagging all of
them left 250 highlighted, and a header click or Esc on the search lost the highlighted paper
when it sat past the first page (the pane went blank, or the highlight jumped to the top).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt

from papershelf.gui.dialogs.prompts import TagDialog
from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN, ID_PAGE
from papershelf.library import Library
from papershelf.store.search import Filter
from tests.gui.test_main_window import search


@pytest.fixture
def large(qtbot, seeded: Library, settings: QSettings, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    from benchmarks.generate import write_arxiv_listing

    seeded.import_path(write_arxiv_listing(tmp_path / "many.txt", 700, seed=12))
    window = MainWindow(seeded, settings=settings)
    qtbot.addWidget(window)
    window.resize(1400, 820)
    window.show()
    qtbot.waitExposed(window)
    assert not window.model.complete and window.model.rowCount() == ID_PAGE
    yield window
    window.close()


def highlight_row(window: MainWindow, row: int) -> int:
    """Scroll down to `row` (the rest of the view loads, as it does on screen) and click it;
    a negative row counts from the end."""
    while window.model.canFetchMore():
        window.model.fetchMore()
    window.table.selectRow(row % window.model.rowCount())
    paper = window.view.current_id()
    assert paper is not None and window.detail.paper is not None
    return paper


def test_ctrl_a_highlights_every_paper_of_the_view(qtbot, large: MainWindow) -> None:  # type: ignore[no-untyped-def]
    total = large.library.count()
    large.table.setFocus()
    large.table.selectRow(0)
    qtbot.keyClick(large.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(large.view.selected_ids()) == total > ID_PAGE
    assert f"{total} papers selected" in large.selection_pane.summary.text()


def test_tagging_every_paper_keeps_every_paper_highlighted(
    qtbot, large: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    total = large.library.count()
    large.table.setFocus()
    large.table.selectRow(0)
    qtbot.keyClick(large.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    monkeypatch.setattr(TagDialog, "get_text", lambda *a, **k: ("bigtag", True))
    large.paper_actions.tag_selected()  # a new tag: the sidebar and the view are read again
    assert large.library.count(Filter(tags=["bigtag"])) == total
    assert len(large.view.selected_ids()) == total


def test_a_header_click_keeps_a_paper_past_the_first_page_highlighted(large: MainWindow) -> None:
    paper = highlight_row(large, ID_PAGE + 200)
    large.table.sortByColumn(COLUMN["title"], Qt.SortOrder.DescendingOrder)
    assert large.view.current_id() == paper
    assert large.view.selected_ids() == [paper]
    assert large.detail.paper is not None and large.detail.paper["id"] == paper


def test_esc_on_the_search_keeps_the_paper_found_highlighted(qtbot, large: MainWindow) -> None:  # type: ignore[no-untyped-def]
    paper = highlight_row(large, -3)  # among the last rows: past the first page
    title = large.library.paper(paper)["title"]
    search(qtbot, large, f'"{title}"')
    assert large.view.current_id() == paper
    large.search.setFocus()
    qtbot.keyClick(large.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not large.search.text() and not large.search_timer.isActive())
    assert large.view.current_id() == paper
    assert large.detail.paper is not None and large.detail.paper["id"] == paper


def test_rating_a_paper_far_down_keeps_the_place(qtbot, large: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A change that reads the view again (a new tag on one paper) keeps the rows loaded:
    the paper stays highlighted, not the last row of the first page."""
    paper = highlight_row(large, ID_PAGE + 300)
    large.view.apply(large.library.tag([paper], add=["far"], remove=[]))
    assert large.view.current_id() == paper
    assert large.model.rowCount() == large.library.count()


def test_selection_pane_counts_a_large_range_quickly(large: MainWindow) -> None:
    """Shift+PageDown, held, grows the highlight a screenful at a time; each step read the
    flags of every cell of every highlighted row twice (0.5 s at 5 000 rows, ~50 s of frozen
    window for 190 steps). The pane's count comes from the selection's ranges now."""
    model = large.model
    while model.canFetchMore():
        model.fetchMore()
    calls = 0
    flags = model.flags

    def counted_flags(index):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return flags(index)

    model.flags = counted_flags  # type: ignore[method-assign]
    rows = QItemSelection(model.index(0, 0), model.index(599, model.columnCount() - 1))
    large.table.selectionModel().select(rows, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert "600 papers selected" in large.selection_pane.summary.text()
    assert calls < 600


def test_a_selection_too_large_to_compare_still_says_what_it_shares(
    qtbot,  # type: ignore[no-untyped-def]
    large: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past COMPARE_AT_MOST papers the pane said "mixed" for the rating and the status even
    when all of them were unrated and new (trial 12: 16 197 papers)."""
    from papershelf.gui import view_state

    monkeypatch.setattr(view_state, "COMPARE_AT_MOST", 100)
    ids = large.library.query_ids()
    large.library.rate(ids, 3)
    large.library.set_status(ids, "to-read")
    large.view.refresh()
    large.table.setFocus()
    large.table.selectRow(0)
    qtbot.keyClick(large.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    pane = large.selection_pane
    assert f"{len(ids)} papers selected" in pane.summary.text()
    assert (pane.shown_rating(), pane.shown_status()) == ("3", "To read")
    large.library.rate(ids[:1], 5)
    large.view.refresh()
    assert (pane.shown_rating(), pane.shown_status()) == ("mixed", "To read")
