"""What the window shows: the current node, the selection, counts, refreshes, saved settings.

Every refresh of the table, sidebar and detail pane after a change goes through this module.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication

from papershelf.core.changes import (
    QUEUE,
    STATUS,
    TAGS,
    TEXT,
    TRASH,
    OpChanges,
    aspects_read,
    sort_reads,
)
from papershelf.core.query import QueryError
from papershelf.core.text import counted
from papershelf.gui.models.paper_table import COLUMN, sort_column
from papershelf.gui.widgets.empty_state import empty_message, filter_hint
from papershelf.gui.widgets.sidebar import NODE_ROLE, Node
from papershelf.store.search import SearchError


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows as (first, last) runs of neighbours: one selection range per run."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


if TYPE_CHECKING:
    from papershelf.gui.main_window import MainWindow

GROUPS = ("group:queues", "group:tags", "group:sources")
COMPARE_AT_MOST = 2000  # papers whose tags and ratings the several-papers pane compares
FOUND_ASKED = 50  # highlighted papers asked about after a search (see _load_rows_found)


class ViewState:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.library = window.library
        self.node = Node("all", "view")
        self.seen_version = self.library.data_version()
        self._pace: tuple[str, str, float] | None = None  # queue, started, papers a week
        self._before_reset: tuple[list[int], int | None] = ([], None)
        self.sort: tuple[str, bool] | None = None  # (sort key, descending) of every view

    # -- selection -------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        model = self.window.model
        return [model.ids[row] for row in self.selected_rows()]

    def selected_rows(self) -> list[int]:
        """The highlighted rows, read off the selection's ranges: selectedRows() asks the
        model for the flags of every cell of every row, twice a change, and Shift+PageDown
        held over 5 000 papers froze the window for 50 s (trial 12). A range short of a whole
        row (made by code, not by a click) is left to selectedRows(), which leaves it out."""
        selection = self.window.table.selectionModel()
        last = self.window.model.columnCount() - 1
        rows: set[int] = set()
        spans = selection.selection()
        for span in (spans.at(i) for i in range(spans.count())):
            if span.left() != 0 or span.right() != last:
                return sorted({index.row() for index in selection.selectedRows()})
            rows.update(range(span.top(), span.bottom() + 1))
        return sorted(rows)

    def current_id(self) -> int | None:
        index = self.window.table.currentIndex()
        return self.window.model.ids[index.row()] if index.isValid() else None

    def select_first(self) -> None:
        window = self.window
        if window.model.rowCount() and not window.table.currentIndex().isValid():
            self.highlight([window.model.ids[0]])
        elif not window.model.rowCount():
            self.show_nothing()

    def show_nothing(self) -> None:
        """No row highlighted: the pane says so, not "3 papers selected" nor the last paper."""
        self.show_selection()
        if self.window.detail.paper is not None:
            self.window.detail.show_paper(None)

    def remember_selection(self) -> None:
        """Before a reset of the table (it drops the highlight without a signal)."""
        self._before_reset = (self.selected_ids(), self.current_id())

    def keep_selection_after_sort(self) -> None:
        """A click on a header re-sorts the rows: the same papers stay highlighted, the
        current one in sight, and the pane still shows it."""
        selected, current = self._before_reset
        self.load_rows_of(selected)
        present = set(self.window.model.ids)
        kept = [i for i in selected if i in present]
        if not kept:
            self.show_nothing()
            return
        self.highlight(kept, current=current if current in kept else None)

    def load_rows_of(self, ids: list[int]) -> None:
        """A large view loads its first page of rows, the rest as it scrolls: the rest now
        when papers to keep highlighted sit past the first page (trial 12, 16 000 papers: a
        header click, Esc on the search or tagging them all dropped the highlight of every
        paper past row 250). One query for the ids of the view; rows are read as painted."""
        model = self.window.model
        if model.canFetchMore() and not set(ids) <= set(model.ids):
            model.fetchMore()

    def highlight(self, ids: list[int], *, current: int | None = None) -> None:
        """Select exactly these papers and make `current` (else the first) the one the detail
        pane shows. Explicit flags: QTableView.selectRow() obeys the keys held right now, so
        a refresh during Ctrl+Shift+Up or Ctrl+Shift+V extended or toggled the highlight."""
        model, table = self.window.model, self.window.table
        rows = {paper_id: row for row, paper_id in enumerate(model.ids)}
        chosen = sorted(rows[i] for i in set(ids) if i in rows)
        selection = table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        if current not in rows:
            current = model.ids[chosen[0]] if chosen else None
        if current is None:
            selection.clear()
            self.show_nothing()
            return
        ranges = QItemSelection()
        last = model.columnCount() - 1
        for start, end in _runs(chosen):
            ranges.select(model.index(start, 0), model.index(end, last))
        # On the leftmost column shown: the table refuses to scroll to a hidden column's cell
        # (Rating, column 0, hides while nothing on view is rated), and one further right
        # would scroll sideways, which in a window not yet shown fetches every row.
        column = self._first_shown_column()
        selection.setCurrentIndex(model.index(rows[current], column), flags.NoUpdate)
        selection.select(ranges, flags.ClearAndSelect)
        if len(chosen) > 1:  # the whole run in view where it fits, not one row at the edge:
            # its last row, then its first, from below as from above (trial 37: an undo that
            # brought three papers back up stopped at the last, the other two above the view)
            table.scrollTo(model.index(chosen[-1], column))
            table.scrollTo(model.index(chosen[0], column))
        table.scrollTo(model.index(rows[current], column))
        detail = self.window.detail
        if detail.paper is None or detail.paper["id"] != current:
            detail.show_paper(current)

    def _first_shown_column(self) -> int:
        header = self.window.table.horizontalHeader()
        for visual in range(header.count()):
            if not header.isSectionHidden(header.logicalIndex(visual)):
                return header.logicalIndex(visual)
        return COLUMN["title"]

    def selection_changed(self) -> None:
        """A click on the empty area below the rows clears the highlight: the pane empties
        with it (keys then act on nothing, visibly), and shows the paper again once rows are
        highlighted, even the same one."""
        detail = self.window.detail
        rows = self.show_selection()
        self.window.menus.enable_selection_actions(len(rows))
        if not self.window.table.selectionModel().hasSelection():
            if detail.paper is not None:
                detail.show_paper(None)
            return
        current = self.current_id()
        if current is not None and (detail.paper is None or detail.paper["id"] != current):
            detail.show_paper(current)

    def show_selection(self) -> list[int]:
        """Several papers highlighted: what they share, in place of one paper's details.
        The rows highlighted."""
        window = self.window
        rows = self.selected_rows()
        if len(rows) > 1:
            ids = [window.model.ids[row] for row in rows]
            # Comparing tags reads every paper: past a screenful of pages, the count and the
            # rating and status they share only.
            if len(ids) <= COMPARE_AT_MOST:
                window.selection_pane.show_papers(self.library.papers(ids), len(ids))
            else:
                shared = self.library.shared_rating_and_status(ids)
                window.selection_pane.show_papers(None, len(ids), shared)
            window.detail_stack.setCurrentWidget(window.selection_pane)
        elif window.detail_stack.currentWidget() is not window.detail:
            # A pane button that took the papers away (Remove from queue, Move to trash) held
            # the keys: they go back to the table, not to the next widget on the chain, the
            # title box, where the next Del cut a letter off a title (trial 8).
            focused = QApplication.focusWidget()
            held = focused is None or window.selection_pane.isAncestorOf(focused)
            window.detail_stack.setCurrentWidget(window.detail)
            if held and window.isActiveWindow():
                window.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return rows

    def show_alone(self, paper_id: int) -> None:
        """A paper picked outside the table (a duplicate, a related paper not on view)."""
        window = self.window
        window.detail_stack.setCurrentWidget(window.detail)
        window.detail.show_paper(paper_id)

    def reveal(self, ids: list[int]) -> None:
        """Highlight these papers: where they are on view, else in All papers (without the
        search, if it hides them)."""
        window, model = self.window, self.window.model
        wanted = set(ids)
        if not wanted & set(model.all_ids()):
            if self.node.key != "all":
                window.sidebar.setCurrentIndex(window.sidebar_model.find("all"))
            if not wanted & set(model.all_ids()) and window.search.text():
                window.follow_link("clear")
        if model.canFetchMore():
            model.fetchMore()  # the newest papers sit past the first page
        self.highlight(ids)

    def row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        paper = self.window.model.ids[current.row()] if current.isValid() else None
        self.window.detail.show_paper(paper)

    # -- the node and the search -----------------------------------------------------------

    def node_changed(self, index: QModelIndex) -> None:
        node = index.data(NODE_ROLE) if index.isValid() else None
        if node is None or node.kind == "group":
            return
        window = self.window
        self.node = node
        spec = node.filter()
        spec.search = window.search.text()
        self._take_sort(queue=node.kind == "queue")
        window.table_header.set_queue_view(node.kind == "queue")
        window.menus.enable_queue_actions(
            node.kind == "queue" and window.sidebar_model.smart_search(node.key) is None
        )
        window.paper_actions.update_trash_actions()  # Del deletes for good in the Trash
        queue_order = node.name if node.kind == "queue" else None
        try:
            window.model.set_filter(spec, queue_order=queue_order)
        except (QueryError, SearchError):
            spec.search = ""
            window.model.set_filter(spec, queue_order=queue_order)
        self.select_first()
        self.update_next_up()
        # Possible duplicates take the table's place; it stays behind them, empty.
        back = node.key != "duplicates" and window.duplicates.isVisible()
        window.table.setVisible(node.key != "duplicates")
        window.duplicates.setVisible(node.key == "duplicates")
        if back:
            # The table in its place again: its columns and the sidebar share the room anew,
            # once it is laid out (trial 12: a sidebar left at its least behind the duplicates
            # list stayed so in All papers until the window was resized).
            QTimer.singleShot(0, window, window.share_room)
        if node.key == "duplicates":
            # Nothing until a candidate is picked in the list: the rows hidden behind it keep
            # no highlight for the pane to disagree with.
            window.table.selectionModel().clear()
            window.detail_stack.setCurrentWidget(window.detail)
            window.detail.show_paper(None)
            window.duplicates.reload()

    def _take_sort(self, *, queue: bool) -> None:
        """One sort for every view, as in Zotero; a queue shows in its own order (# arrow)
        until a header is clicked there (that sort is the queue view's alone). Set on the
        model before the view's one query, with the header's arrow to match."""
        window = self.window
        wanted = None if queue else self.sort
        if wanted is None:
            window.model.clear_sort()
            window.table_header.show_default_order(queue=queue)
            return
        key, descending = wanted
        window.model.sort_key, window.model.descending = key, descending
        header = window.table.horizontalHeader()
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        blocked = header.blockSignals(True)  # the arrow only: the header must not sort again
        header.setSortIndicator(sort_column(key), order)
        header.blockSignals(blocked)
        header.setSortIndicatorShown(True)

    def sorted_by_header(self) -> None:
        """A header click outside a queue sets the sort every view follows."""
        if self.node.kind != "queue":
            model = self.window.model
            self.sort = (model.sort_key, model.descending) if model.sort_key else None

    def show_node(self, node: Node) -> None:
        """View `node` after the sidebar changed under it (a rename, a delete): its papers,
        highlighted in a rebuilt sidebar; All papers when it is gone."""
        self.node = node
        self.rebuild_sidebar()
        index = self.window.sidebar_model.find(node.key)
        if not index.isValid():
            self.node = Node("all", "view")
            index = self.window.sidebar_model.find("all")
            self._highlight_node(index)
        self.node_changed(index)
        self.refresh(structure=False)

    def apply_search(self) -> None:
        """The search typed, applied: the papers highlighted stay so where it still shows
        them (trial 7: Escape cleared the search and the highlight jumped to the first paper),
        else the first paper found is."""
        window = self.window
        selected, current = self.selected_ids(), self.current_id()
        try:
            window.model.set_search(window.search.text())
        except (QueryError, SearchError) as error:
            window.search_error.setText(f"⚠ {error}")
            window.search_error.show()
            return
        window.search_error.hide()
        self._load_rows_found(selected)
        present = set(window.model.ids)
        kept = [paper for paper in selected if paper in present]
        if kept:
            self.highlight(kept, current=current if current in kept else None)
        else:
            self.select_first()

    def _load_rows_found(self, selected: list[int]) -> None:
        """The rest of a large view's rows when the search still finds a highlighted paper
        past its first page (Esc after a search: the paper found, among 16 000); whether it
        does is asked of a few papers, not by listing every paper found at each key."""
        model = self.window.model
        if not model.canFetchMore():
            return
        present = set(model.ids)
        missing = [paper for paper in selected if paper not in present][:FOUND_ASKED]
        if missing and self.library.which_match(model.membership(), missing):
            model.fetchMore()

    def view_title(self) -> str:
        return {"queue": f"Queue: {self.node.name}", "tag": f"Tag: {self.node.name}"}.get(
            self.node.kind, "Reading list"
        )

    # -- counts and next up ----------------------------------------------------------------

    def update_status(self) -> None:
        """Counts now when every row is loaded; otherwise the total follows once typing stops."""
        model = self.window.model
        if model.complete:
            self.show_count(len(model.ids))
        else:
            self.window.count_label.setText(f"{len(model.ids)}+ shown · counting…")
            self.window.count_timer.start()

    def show_count(self, shown: int) -> None:
        total = self.library.count()
        where = self.window.sidebar_model.label_of(self.node.key) or self.node.name or self.node.key
        text = self.window.search.text()
        search = f" · search: {text}" if text else ""
        self.window.count_label.setText(
            f"{shown} shown of {counted(total, 'paper')} · {where}{search}"
        )
        self.update_notices(shown, library_empty=total == 0)

    def update_notices(self, shown: int, *, library_empty: bool) -> None:
        """The filter hint when the search hides papers of the view; the empty-state message
        when the table is empty."""
        window = self.window
        search = window.search.text().strip()
        in_view = self.node_total() if search else shown
        hint = window.search_hint
        if search and shown < in_view:
            hint.setText(filter_hint(search, shown, in_view))
            hint.show()
        else:
            hint.hide()
        message = None
        if window.model.rowCount() == 0:
            message = empty_message(
                library_empty=library_empty,
                search=search,
                node_kind=self.node.kind,
                node_key=self.node.key,
                hidden=in_view,
            )
        window.empty_state.show_message(message)

    def node_total(self) -> int:
        """Papers of the viewed node, whatever the search."""
        model = self.window.model
        if model.queue_order is not None:
            return len(self.library.queue_ids(model.queue_order))
        return self.library.count(replace(model.spec, search=""))

    def count_view(self) -> None:
        with contextlib.suppress(QueryError, SearchError):
            self.show_count(self.window.model.total())

    def update_next_up(self, *, pace: bool = True) -> None:
        """The viewed queue's next paper and progress; `pace` False keeps the papers-a-week
        figure (it moves only when a paper is marked read, and counting it reads the queue's
        status history): it follows once the window has painted."""
        next_up = self.window.next_up
        if self.node.kind != "queue":
            next_up.hide()
            return
        name = self.node.name
        paper_id = self.next_unfinished()
        title = (
            self.library.paper(paper_id)["title"]
            if paper_id is not None
            else "nothing left to read"
        )
        if pace or self._pace is None or self._pace[0] != name:
            progress = self.library.queue_progress(name)
            self._pace = (name, str(progress["started"]), float(progress["pace_per_week"]))
        read, total = self.library.queue_totals(name)
        _, started, per_week = self._pace
        next_up.show_next(
            title, f"{read}/{total} read · started {started} · {per_week} papers/week"
        )
        next_up.show()

    def next_unfinished(self) -> int | None:
        """The viewed queue's next paper to read: looked up among the rows on view when they
        are the whole queue in its own order (a few point queries), else in the library."""
        model = self.window.model
        if model.queue_order is not None and model.sort_key is None and not model.spec.search:
            return self.library.first_unfinished(model.ids)
        return self.library.queue_next(self.node.name)

    # -- refreshing after a change ---------------------------------------------------------

    def refresh(self, *, structure: bool = True) -> None:
        """Re-query the view keeping selection, current paper and scroll position; an open
        dashboard reads its figures again too (nothing said what changed)."""
        self._requery(structure=structure)
        self.window.dashboard_follows(OpChanges.all())

    def _requery(self, *, structure: bool = True) -> None:
        if structure:
            self.rebuild_sidebar()
            if not self.window.sidebar_model.find(self.node.key).isValid():
                # The viewed queue or tag is gone (deleted, renamed, undone): its filter
                # would fail or show nothing, so the view moves to All papers.
                self.show_node(Node("all", "view"))
                return
        window = self.window
        table, model = window.table, window.model
        selected = self.selected_ids()
        current = self.current_id()
        row = table.currentIndex().row()
        scroll = table.verticalScrollBar().value()
        loaded = model.rowCount()
        try:
            model.reload()
        except (QueryError, SearchError):
            window.search.clear()
        if model.rowCount() < loaded and model.canFetchMore():
            # The rows loaded before, for the scroll position, the highlight and the row that
            # takes a trashed paper's place (trial 12: past the first page, they were lost).
            model.fetchMore()
        self._load_rows_of(selected)
        table.verticalScrollBar().setValue(scroll)
        self._highlight_after_reload(selected, current, row)
        window.detail.reload()
        self.update_next_up()
        self.update_status()
        window.paper_actions.update_undo_actions()
        self.seen_version = self.library.data_version()

    def _load_rows_of(self, ids: list[int]) -> None:
        """Highlighted papers the view still selects, moved past its first page by the action
        (sorted by status and marked Skimmed, by rating and unrated), have their rows loaded
        to stay highlighted (trial 37: the highlight went to a paper never picked)."""
        model = self.window.model
        if not ids or not model.canFetchMore():
            return
        missing = set(ids).difference(model.ids)
        if missing and self.library.which_match(model.membership(), sorted(missing)):
            model.fetchMore()

    def _highlight_after_reload(self, selected: list[int], current: int | None, row: int) -> None:
        """The same papers stay highlighted; when the current one left the view (merged,
        trashed, filtered out), a remaining selected one, else the row that took its place."""
        ids = self.window.model.ids
        present = set(ids)
        kept = [i for i in selected if i in present]
        if current not in present:
            current = kept[0] if kept else ids[min(row, len(ids) - 1)] if ids and row >= 0 else None
            kept = kept or ([current] if current is not None else [])
        self.highlight(kept, current=current)

    def after_reorder(self, ids: list[int], moved: bool) -> None:
        """Papers dragged within a queue stay highlighted where they landed, and the status
        bar says so, as the keys that move them do."""
        self.highlight(ids)
        self.update_next_up()
        self.seen_version = self.library.data_version()
        if moved:
            self.window.queue_actions.say_moved(self.node.name, ids, "", moved=True)

    def rebuild_sidebar(self) -> None:
        sidebar = self.window.sidebar
        model = self.window.sidebar_model
        folded = self.folded_groups()
        sidebar.selectionModel().blockSignals(True)
        model.rebuild()
        self.fold(folded)
        sidebar.selectionModel().blockSignals(False)
        index = self.window.sidebar_model.find(self.node.key)
        if index.isValid():
            self._highlight_node(index)

    def folded_groups(self) -> list[str]:
        sidebar, model = self.window.sidebar, self.window.sidebar_model
        return [key for key in GROUPS if not sidebar.isExpanded(model.find(key))]

    def fold(self, folded: list[str]) -> None:
        """Every group open but these: a group the reader folded stays folded."""
        sidebar, model = self.window.sidebar, self.window.sidebar_model
        sidebar.expandAll()
        for key in folded:
            sidebar.collapse(model.find(key))

    def _highlight_node(self, index: QModelIndex) -> None:
        """Move the sidebar's highlight without loading the view (the caller does that)."""
        sidebar = self.window.sidebar
        sidebar.selectionModel().blockSignals(True)
        sidebar.setCurrentIndex(index)
        sidebar.selectionModel().blockSignals(False)

    def apply(self, changes: OpChanges, *, detail: bool = True) -> None:
        """Show what an action changed and nothing more: its rows repaint, the counts that
        moved are relabelled, and the view is queried again only when what it selects or
        its order depends on what changed. `detail`: reload the detail pane if its paper
        changed (False when the pane made the change itself and holds the new data)."""
        self.window.dashboard_follows(changes)
        if changes.sidebar or changes.recount:
            self._requery()
            return
        window = self.window
        reads = self.view_reads()
        reordered = self.node.kind == "queue" and self.node.name in changes.queues
        if reordered or changes.reads_any(reads & (self._order_reads() | {QUEUE})):
            self._requery(structure=False)
            window.sidebar_model.update_counts(changes.counts)
            return
        if changes.reads_any(reads) and not self._drop_papers_that_left(changes.papers):
            self._requery(structure=False)
            window.sidebar_model.update_counts(changes.counts)
            return
        window.model.refresh_rows(set(changes.papers))
        window.show_filled_columns()
        window.sidebar_model.update_counts(changes.counts)
        if detail and changes.touches(self.current_id()):
            window.detail.reload()
        if self.node.kind == "queue" and changes.reads_any({STATUS, QUEUE, TRASH}):
            self._follow_queue(changes)
        window.paper_actions.update_undo_actions()
        self.show_selection()
        self.seen_version = self.library.data_version()

    def _follow_queue(self, changes: OpChanges) -> None:
        """The next-up line after a change on a queue's papers. A status change moves the
        papers-a-week figure only when a paper was marked read or skimmed; then it is counted
        again once the window has painted (it reads the queue's status history)."""
        if changes.aspects != {STATUS}:
            self.update_next_up()
            return
        self.update_next_up(pace=False)
        rows = self.library.table_rows(sorted(changes.papers))
        if any(row["status"] in ("read", "skimmed") for row in rows.values()):
            QTimer.singleShot(0, self.update_next_up)

    def _drop_papers_that_left(self, papers: frozenset[int]) -> bool:
        """Remove the touched papers the view no longer selects, keeping the highlight on a
        neighbour; False when a touched paper now belongs to the view and is not shown."""
        model = self.window.model
        selected, current = self.selected_ids(), self.current_id()
        row = self._top_selected_row()
        if not model.recheck(papers):
            return False
        if current is not None and current not in model.ids:
            self._highlight_after_reload(selected, current, row)
        return True

    def _top_selected_row(self) -> int:
        """The highlight's first row (else the current row's): once the highlighted papers
        leave, the paper after them stands there. The current row's was that of the last one
        shift-clicked, and the highlight skipped the papers that moved up past it (trial 13:
        Mark reviewed on three papers in Needs review)."""
        table = self.window.table
        spans = table.selectionModel().selection()
        tops = [spans.at(i).top() for i in range(spans.count())]
        return min(tops) if tops else table.currentIndex().row()

    def _order_reads(self) -> frozenset[str]:
        """What the order of the rows on view depends on."""
        model = self.window.model
        if model.sort_key is None and model.queue_search is not None:
            return sort_reads(model.queue_search[1])
        return sort_reads(model.sort_key)

    def apply_from_detail(self, changes: OpChanges) -> None:
        self.apply(changes, detail=False)

    def view_reads(self) -> frozenset[str]:
        """What the papers on view, and their order, depend on."""
        model, node = self.window.model, self.node
        reads = set(aspects_read(model.spec.search)) | sort_reads(model.sort_key)
        if node.kind == "status" or node.key == "inbox":
            reads.add(STATUS)
        elif node.kind == "tag":
            reads.add(TAGS)
        elif node.key == "review":
            reads.add(TEXT)
        elif node.kind == "queue":
            reads.add(QUEUE)
            if model.queue_search is not None:
                reads |= aspects_read(model.queue_search[0])
        return frozenset(reads | self._order_reads())

    def check_external_changes(self) -> None:
        if self.window.workers.busy() or self.window.sync.running is not None:
            return  # the window's own job or sync is writing; its end refreshes the view
        if self.library.data_version() != self.seen_version:
            self.refresh()
            self.window.statusBar().showMessage(
                "The library was changed elsewhere; view refreshed.", 4000
            )

    # -- settings --------------------------------------------------------------------------

    def restore(self) -> None:
        window, settings = self.window, self.window.settings
        window.place_on_screen(settings.value("window/geometry"))
        splitter = settings.value("window/splitter")
        if splitter is not None:
            window.splitter.restoreState(splitter)
            # The sidebar's width as wanted, not as a small screen left it: taken back as soon
            # as the window has room (share_room). Before it was saved: the width its names need.
            wanted = int(str(settings.value("window/sidebar", 0) or 0))
            window.sidebar_wanted = wanted or max(
                window.splitter.sizes()[0], window.sidebar.fitted_width()
            )
        # The detail pane's share as first shown or dragged, not as a small screen left it.
        share = float(str(settings.value("window/detail_share", 0) or 0))
        window.detail_share = share or None
        header = settings.value("table/header")
        if header is not None:
            window.table.horizontalHeader().restoreState(header)
            window.table_header.remember_widths()
        title = int(str(settings.value("table/title_width", 0) or 0))
        window.table_header.title_wanted = title or None  # dragged by the reader, else its share
        pinned = settings.value("table/pinned", "")
        window.table_header.pinned = {key for key in str(pinned or "").split(",") if key}
        folded = settings.value("sidebar/folded", [], type=list)
        self.fold([key for key in GROUPS if isinstance(folded, list) and key in folded])
        sort = str(settings.value("table/sort", ""))
        key, _, order = sort.partition(" ")
        if sort_column(key) >= 0:
            self.sort = (key, order == "descending")
        index = window.sidebar_model.find(str(settings.value("sidebar/node", "all")))
        if not index.isValid():
            index = window.sidebar_model.find("all")
        self._highlight_node(index)  # the view loads once, below
        self.node_changed(index)

    def save(self) -> None:
        window, settings = self.window, self.window.settings
        settings.setValue("window/geometry", window.saveGeometry())
        settings.setValue("window/splitter", window.splitter.saveState())
        settings.setValue("window/sidebar", window.sidebar_wanted or 0)
        settings.setValue("window/detail_share", window.detail_share or 0)
        settings.setValue("table/header", window.table_header.saved_state())
        settings.setValue("table/pinned", ",".join(sorted(window.table_header.pinned)))
        settings.setValue("table/title_width", window.table_header.title_wanted or 0)
        settings.setValue("sidebar/node", self.node.key)
        settings.setValue("sidebar/folded", self.folded_groups())
        sort = (
            f"{self.sort[0]} {'descending' if self.sort[1] else 'ascending'}" if self.sort else ""
        )
        settings.setValue("table/sort", sort)
        settings.sync()
