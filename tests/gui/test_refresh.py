"""After an action the window refreshes only what it changed (issue 13): the touched rows
repaint, the sidebar relabels the counts that moved, and the view is queried again only when
what it selects or its order depends on the change."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QModelIndex, Qt

from papershelf.gui.main_window import MainWindow
from papershelf.gui.widgets.sidebar import NODE_ROLE
from papershelf.store.search import Filter


class Signals:
    """What the table and sidebar models announced while an action ran."""

    def __init__(self, window: MainWindow) -> None:
        self.rows: set[int] = set()
        self.resets = 0
        self.sidebar_resets = 0
        self.removed = 0
        window.model.dataChanged.connect(self._changed)
        window.model.modelReset.connect(self._reset)
        window.model.rowsRemoved.connect(self._removed)
        window.sidebar_model.modelReset.connect(self._sidebar_reset)

    def _changed(self, first: QModelIndex, last: QModelIndex) -> None:
        self.rows.update(range(first.row(), last.row() + 1))

    def _reset(self) -> None:
        self.resets += 1

    def _removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        self.removed += last - first + 1

    def _sidebar_reset(self) -> None:
        self.sidebar_resets += 1


@contextmanager
def watching(window: MainWindow) -> Iterator[Signals]:
    window.table.setFocus()  # plain-key shortcuts act on the table
    signals = Signals(window)
    yield signals


def label(window: MainWindow, key: str) -> str:
    return str(window.sidebar_model.find(key).data())


def show(window: MainWindow, key: str) -> None:
    index = window.sidebar_model.find(key)
    window.sidebar.setCurrentIndex(index)
    assert window.view.node.key == key


def test_a_rating_key_repaints_one_row_and_the_counts_it_moved(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    library.create_queue("rated", query="rating:>=3")
    library.create_queue("learning", query="learning")
    window.view.refresh()
    row = 5
    window.table.selectRow(row)
    paper = window.model.ids[row]
    before = label(window, "queue:learning")
    with watching(window) as seen:
        qtbot.keyClick(window.table, Qt.Key.Key_4)
    assert library.paper(paper)["rating"] == 4
    assert seen.rows == {row} and seen.resets == 0 and seen.sidebar_resets == 0
    assert label(window, "queue:rated").startswith("rated ⚙  (0/1)")
    assert label(window, "queue:learning") == before
    assert window.detail.paper is not None and window.detail.paper["rating"] == 4


def test_a_status_key_moves_the_status_counts_without_requerying(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.table.selectRow(2)
    paper = window.model.ids[2]
    with watching(window) as seen:
        qtbot.keyClick(window.table, Qt.Key.Key_R)
    assert window.library.paper(paper)["status"] == "read"
    assert seen.rows == {2} and seen.resets == 0 and seen.sidebar_resets == 0
    assert label(window, "status:read") == "Read  (1)"
    assert label(window, "inbox") == "Inbox  (146)"
    assert window.detail.paper is not None and window.detail.paper["status"] == "read"


def test_a_paper_leaving_the_view_goes_and_the_highlight_stays_beside_it(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    show(window, "inbox")
    window.table.selectRow(3)
    leaving, neighbour = window.model.ids[3], window.model.ids[4]
    with watching(window) as seen:
        qtbot.keyClick(window.table, Qt.Key.Key_T)
    assert leaving not in window.model.ids and seen.removed == 1 and seen.resets == 0
    assert window.view.current_id() == neighbour
    assert window.detail.paper is not None and window.detail.paper["id"] == neighbour
    assert label(window, "status:to-read") == "To read  (1)"


def test_a_change_to_what_the_view_sorts_by_queries_it_again(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the stars column
    assert window.model.sort_key == "rating"
    window.table.selectRow(10)
    paper = window.model.ids[10]
    with watching(window) as seen:
        qtbot.keyClick(window.table, Qt.Key.Key_5)
    assert seen.resets == 1 and window.model.ids[0] == paper
    assert window.view.current_id() == paper


def test_a_new_tag_rebuilds_the_sidebar_with_its_row(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    paper = window.model.ids[0]
    window.table.selectRow(0)
    window.detail.tags.setText("brand-new")
    window.detail.tags.editingFinished.emit()
    assert label(window, "tag:brand-new") == "brand-new  (1)"
    assert window.library.query_ids(Filter(tags=["brand-new"])) == [paper]
    assert window.sidebar.currentIndex().data(NODE_ROLE).key == "all"


def test_inside_a_smart_queue_a_paper_that_stops_matching_leaves(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.library.create_queue("unread learning", query="learning status:unread")
    window.view.refresh()
    show(window, "queue:unread learning")
    total = len(window.model.ids)
    window.table.selectRow(1)
    leaving = window.model.ids[1]
    with watching(window) as seen:
        qtbot.keyClick(window.table, Qt.Key.Key_4)  # the search does not read ratings
        assert seen.resets == 0 and seen.rows == {1}
        qtbot.keyClick(window.table, Qt.Key.Key_R)  # read: no longer unread
    assert leaving not in window.model.ids and len(window.model.ids) == total - 1
    assert seen.resets == 0 and seen.removed == 1
    assert label(window, "queue:unread learning").endswith(f"(0/{total - 1})")
    assert window.detail.paper is not None
    assert window.detail.paper["id"] == window.view.current_id() != leaving
