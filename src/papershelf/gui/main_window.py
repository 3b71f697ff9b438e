"""The main window: sidebar | paper table | detail pane, search on top, actions in menus.

This module builds the widgets and wires them; what the actions do lives in gui/actions/,
what is shown (node, selection, refresh, saved settings) in gui/view_state.py.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, Qt, QThreadPool, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from papershelf.core.changes import OpChanges
from papershelf.gui.actions.files import FileActions
from papershelf.gui.actions.links import LinkActions
from papershelf.gui.actions.nodes import NodeActions
from papershelf.gui.actions.papers import PaperActions
from papershelf.gui.actions.queues import QueueActions
from papershelf.gui.autoexport import AutoExporter
from papershelf.gui.delegates.chips import ChipDelegate
from papershelf.gui.delegates.dates import DateDelegate
from papershelf.gui.delegates.stars import StarDelegate
from papershelf.gui.file_drops import FileDropsOnFields, local_files, take_as_copy
from papershelf.gui.geometry import clamped, first_geometry, frame_of
from papershelf.gui.menus import Menus
from papershelf.gui.models.paper_table import COLUMN, PaperTableModel
from papershelf.gui.resources import app_icon, apply_look
from papershelf.gui.sync import SyncController
from papershelf.gui.tasks import CheckpointTask
from papershelf.gui.view_state import ViewState
from papershelf.gui.widgets.dashboard import Dashboard
from papershelf.gui.widgets.detail import DetailPane
from papershelf.gui.widgets.duplicates import DuplicatesView
from papershelf.gui.widgets.empty_state import EmptyState
from papershelf.gui.widgets.next_up import NextUpLabel
from papershelf.gui.widgets.related import MoreLikeThese, RelatedList
from papershelf.gui.widgets.selection_pane import (
    REMOVE_BUTTON,
    RESTORE_BUTTON,
    TRASH_BUTTON,
    SelectionPane,
)
from papershelf.gui.widgets.sidebar import SidebarModel, SidebarView
from papershelf.gui.widgets.table_header import TableHeader, fitted_widths, rating_width
from papershelf.gui.workers import Workers
from papershelf.library import Library

SEARCH_DELAY_MS = 150
WATCH_INTERVAL_MS = 1000
CHECKPOINT_INTERVAL_MS = 10_000
SIDEBAR_LEAST = 168  # the sidebar at its narrowest: a 1024 px window shows every column unscrolled


class MainWindow(QMainWindow):
    def __init__(self, library: Library, *, settings: QSettings | None = None) -> None:
        super().__init__()
        self.library = library
        self.settings = settings or QSettings()
        self.pool = QThreadPool.globalInstance()
        self.closing = False
        self.dashboard: Dashboard | None = None
        self.setWindowTitle(f"Papershelf — {library.path.name}")
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_look(app)
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.view = ViewState(self)
        self.workers = Workers(self)
        self.paper_actions = PaperActions(self)
        self.queue_actions = QueueActions(self)
        self.node_actions = NodeActions(self)
        self.file_actions = FileActions(self)
        self.link_actions = LinkActions(self)
        self.menus = Menus(self)
        self.placed: QRect | None = None  # where place_on_screen put the window
        self._build_widgets()
        self.file_drops = FileDropsOnFields(self, self.file_actions.import_paths)
        self.file_drops.watch_fields_of(self)
        self.undo_action, self.redo_action = self.menus.build_menu_bar()
        self.view.restore()
        self.paper_actions.update_undo_actions()
        self.view.seen_version = library.data_version()
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_INTERVAL_MS)
        self.watch.timeout.connect(self.view.check_external_changes)
        self.watch.start()
        self.checkpointing: CheckpointTask | None = None
        self.checkpoint_timer = QTimer(self)
        self.checkpoint_timer.setInterval(CHECKPOINT_INTERVAL_MS)
        self.checkpoint_timer.timeout.connect(self.fold_write_ahead_log)
        self.checkpoint_timer.start()
        self.autoexporter = AutoExporter(library, self)
        self.autoexporter.failed.connect(self.statusBar().showMessage)
        self.sync = SyncController(self)

    def _build_widgets(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("searchField")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            'Search: words, "phrases", tag:x author:hu year:>=2022 rating:>=4 status:unread -tag:read'
        )
        self.search_error = QLabel(self)
        self.search_error.setObjectName("searchError")
        self.search_error.hide()
        self.search.installEventFilter(self)  # Down/Return: into the results; Esc: clear
        self.search_hint = QLabel(self)
        self.search_hint.setObjectName("searchHint")
        self.search_hint.linkActivated.connect(lambda link: self.follow_link(link.lstrip("#")))
        self.search_hint.hide()
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.view.apply_search)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())

        self.sidebar_model = SidebarModel(self.library)
        self.sidebar = SidebarView(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setModel(self.sidebar_model)
        self.sidebar.expandAll()
        self.sidebar.selectionModel().currentChanged.connect(self.view.node_changed)
        self.sidebar.papers_dropped.connect(self.node_actions.dropped_on_node)
        self.sidebar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.sidebar.customContextMenuRequested.connect(self.menus.sidebar_menu)

        self.model = PaperTableModel(self.library)
        self.table = QTableView(self)
        self.table.setObjectName("paperTable")
        self.table.setModel(self.model)
        self.sidebar.entered.connect(self.table.setFocus)
        # No indicator yet: enabling sorting would otherwise sort (and query) once, for nothing.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the detail pane
        self.table.installEventFilter(self)  # Home/End: the first/last row highlighted
        self.empty_state = EmptyState(self.table, self.follow_link)
        self.table.setItemDelegateForColumn(
            COLUMN["rating"], StarDelegate(self.paper_actions.rate_one, self.table)
        )
        self.table.setItemDelegateForColumn(COLUMN["status"], ChipDelegate(status=True))
        self.table.setItemDelegateForColumn(COLUMN["date"], DateDelegate(self.table))
        self.table.setItemDelegateForColumn(
            COLUMN["tags"], ChipDelegate(status=False, colour_of=self.sidebar_model.tag_colour)
        )
        self.table.setMouseTracking(True)  # hover: hollow stars under the mouse
        for key, width in {
            "rating": rating_width(self.table.horizontalHeader()),
            "authors": 120,  # two short names: Title has the rest, as in Zotero
            "category": 70,
            "tags": 150,  # two short tags, or one long one and "+N"
            "position": 40,
            **fitted_widths(self.table.font()),  # a status badge and dates whole
        }.items():
            self.table.setColumnWidth(COLUMN[key], width)
        # Hidden until asked for (the header's menu), so that Title gets the room, as in
        # Zotero: Category is empty for most listings. Added shows: its arrow tells the order.
        self.table.setColumnHidden(COLUMN["category"], True)
        self.table.horizontalHeader().moveSection(COLUMN["position"], 0)
        self.table_header = TableHeader(self.table)
        self.table_header.scroll_bar_toggled.connect(self.share_room)
        self.table_header.set_queue_view(False)
        self.table.selectionModel().currentRowChanged.connect(self.view.row_changed)
        self.table.selectionModel().selectionChanged.connect(self.view.selection_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.menus.table_menu)

        self.next_up = NextUpLabel(self)
        self.next_up.setObjectName("nextUp")
        self.next_up.hide()
        self.detail = DetailPane(self.library, self)
        self.detail.setObjectName("detailPane")
        self.detail.applied.connect(self.view.apply_from_detail)
        self.detail.escaped.connect(self.focus_papers)
        # Its fields keep their own (cut, copy, paste); the rest of the pane offers the paper's.
        self.detail.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.detail.customContextMenuRequested.connect(self.menus.detail_menu)
        self.detail.notes.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.detail.notes.customContextMenuRequested.connect(self.menus.notes_menu)
        self.related = RelatedList(self.library.path, self)
        self.related.paper_activated.connect(self.show_related_paper)
        self.detail.tabs.addTab(self.related, "Related")
        self.detail.paper_shown.connect(
            lambda paper: self.related.show_for([paper] if paper else [])
        )
        self.duplicates = DuplicatesView(self)
        self.duplicates.hide()

        centre = QWidget(self)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.search_error)
        column.addWidget(self.search_hint)
        column.addWidget(self.next_up)
        column.addWidget(self.table, 1)
        column.addWidget(self.duplicates, 1)
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(centre)
        self.selection_pane = SelectionPane(
            self._bulk_actions(),
            self,
            rate=lambda stars: self.paper_actions.rate_selected(stars),
            set_status=lambda status: self.paper_actions.status_selected(status),
        )
        self.detail_stack = QStackedWidget(self)
        self.detail_stack.addWidget(self.detail)
        self.detail_stack.addWidget(self.selection_pane)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        # The sidebar's width when there is room: the one it has once shown, or dragged to.
        self.sidebar_wanted: int | None = None
        # The detail pane's share of the width, as first shown or dragged: with the splitter's
        # stretch alone, a window made small (the pane stops at its least width) then large
        # again left the pane half as wide again and the table narrower (trial 5).
        self.detail_share: float | None = None
        self.splitter.setSizes([self.sidebar.fitted_width(), 880, 360])
        self.splitter.splitterMoved.connect(self._splitter_dragged)
        self.setCentralWidget(self.splitter)
        # Tab: search → table → detail pane (its fields in order) → sidebar → search. Each call
        # moves its second widget after its first; made from the end of the ring backwards, no
        # call takes apart a link an earlier one made.
        chain = [
            self.search,
            self.table,
            *self.detail.tab_chain(),
            self.related,
            *self.selection_pane.tab_chain(),  # in the pane's place while several are highlighted
            self.sidebar,
            self.search,
        ]
        for first, second in reversed(list(itertools.pairwise(chain))):
            QWidget.setTabOrder(first, second)
        self.count_label = QLabel(self)
        self.count_timer = QTimer(self)
        self.count_timer.setSingleShot(True)
        self.count_timer.setInterval(300)
        self.count_timer.timeout.connect(self.view.count_view)
        self.statusBar().addPermanentWidget(self.count_label)
        self.model.modelReset.connect(self.view.update_status)
        # At once, in the reload: before the selection is put back, never between two actions.
        self.model.modelReset.connect(self.hide_empty_columns)
        for rows_changed in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
        ):
            rows_changed.connect(self._scroll_sideways_only_with_rows)
        self.model.layoutChanged.connect(self.view.update_status)
        self.model.queue_reordered.connect(self.view.after_reorder)
        # Rows dropped in place (a paper trashed, restored, moved out of the view's filter).
        self.model.rowsRemoved.connect(lambda *_: self.view.update_status())
        self.model.modelAboutToBeReset.connect(self.view.remember_selection)
        self.model.resorted.connect(self.view.keep_selection_after_sort)
        self.model.resorted.connect(self.view.sorted_by_header)

    def _bulk_actions(self) -> list[tuple[str, Callable[[], object]]]:
        """What the several-papers pane offers; the menu bar's actions do the work."""

        def named(text: str) -> Callable[[], object]:
            return lambda: self.menus.named[text].trigger()

        return [
            ("Tag… (Ctrl+T)", named("Tag selected papers")),
            ("Add to queue… (Q)", named("Add to queue")),
            ("Copy as BibTeX (Ctrl+Shift+C)", named("Copy as BibTeX")),
            ("Export… (Ctrl+Shift+E)", named("Export")),
            (RESTORE_BUTTON, named("Restore from Trash")),
            (REMOVE_BUTTON, named("Remove from queue")),
            (TRASH_BUTTON, named("Move to trash")),
        ]

    def hide_empty_columns(self) -> None:
        """Columns blank for every paper of the view are hidden; only a view the model holds
        whole (a page or less) is checked, so a large view costs no scan. A view with no
        papers at all (an empty queue) fills none of them; one a search emptied changes none."""
        model = self.model
        filled: set[str] | None = None
        if model.complete and model.ids:
            filled = self.library.filled_columns(model.ids)
        elif model.complete and not model.spec.search.strip():
            filled = set()
        elif model.complete:
            # A search with no hits fills no column: the columns stay as they were (trial 14:
            # every hidden one came back at once, Rating first, and went as the search did).
            self.share_room()
            return
        self.table_header.hide_empty(filled)
        self.share_room()

    def show_filled_columns(self) -> None:
        """After a change in place (a paper rated or tagged): a column hidden as blank comes
        back as soon as a paper of the view fills it."""
        if self.table_header.auto_hidden and self.model.complete and self.model.ids:
            self.table_header.show_filled(self.library.filled_columns(self.model.ids))
            self.share_room()

    def place_on_screen(self, saved: QByteArray | None) -> None:
        """The saved geometry, kept inside this screen, else the first-run size; both leave
        room for the window manager's frame, checked again once it is known (on show)."""
        available = self.screen().availableGeometry()
        # The least size the layout allows, which show enforces: asked for less (567 px high
        # at QT_SCALE_FACTOR=1.5 on a 900-px screen), the window grew on show, was taken for
        # resized by the reader, and was never fitted once its frame was known (trial 12).
        least = self.minimumSizeHint().expandedTo(self.minimumSize())
        if saved is not None and self.restoreGeometry(saved):
            if self.isMaximized() or self.isFullScreen():
                return
            self.setGeometry(clamped(self.geometry(), available, least=least))
        else:
            self.setGeometry(clamped(first_geometry(available), available, least=least))
        self.placed = self.geometry()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.placed is not None:
            for delay in (0, 400):  # the window manager frames the window a moment later
                QTimer.singleShot(delay, self.fit_frame_on_screen)

    def fit_frame_on_screen(self) -> None:
        """With the real frame known: shrink or move the window so that it fits whole."""
        self.share_room()
        placed = self.placed
        if placed is None or self.size() != placed.size() or self.isMaximized():
            return  # resized since (by the reader, or on purpose): theirs to keep
        frame = frame_of(self.geometry(), self.frameGeometry())
        if frame.isNull():
            return  # not framed yet
        least = self.minimumSizeHint().expandedTo(self.minimumSize())
        fitted = clamped(self.geometry(), self.screen().availableGeometry(), frame, least)
        if fitted != self.geometry():
            self.setGeometry(fitted)
        self.placed = fitted

    def _splitter_dragged(self, _position: int, handle: int) -> None:
        sizes = self.splitter.sizes()
        total: int = sum(sizes)
        if handle == 1:
            self.sidebar_wanted = sizes[0]
        elif handle == 2 and total:
            self.detail_share = sizes[2] / total

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share_room()

    def share_room(self) -> None:
        """In a narrow window the sidebar gives the table room (down to SIDEBAR_LEAST; its
        names shorten in the middle, counts stay) before any column steps aside; it takes
        the room back, up to the width it had, as the window grows."""
        sizes = self.splitter.sizes()
        if len(sizes) != 3 or not self.isVisible():
            return
        if not self.table.isVisible():
            # Possible duplicates in the table's place: a hidden table's viewport is not laid
            # out, and measured so it took the sidebar down to its least (trial 12: started in
            # that view, the sidebar stayed 168 px in a 1375 px window).
            return
        if self.sidebar_wanted is None:
            self.sidebar_wanted = sizes[0]
        short = self.table_header.least_total() - self.table.viewport().width()
        if not self.model.rowCount() and (short > 0 or self.model.spec.search.strip()):
            # No row to show the columns' cells: the sidebar keeps its width (trial 13: a
            # search with no hits shows every column and took the sidebar down to its least),
            # nor takes the room the gone scroll bar leaves (trial 14: 254 -> 265 px and back).
            short = 0
        if short > 0:
            moved = min(short, max(0, sizes[0] - SIDEBAR_LEAST))
        else:
            moved = -min(-short, max(0, self.sidebar_wanted - sizes[0]))
        if moved:
            self.splitter.setSizes([sizes[0] - moved, sizes[1] + moved, sizes[2]])
        self._detail_to_its_share()

    def _scroll_sideways_only_with_rows(self) -> None:
        """An empty view's columns may be wider than the table, the sidebar keeping its width
        (share_room): no scroll bar under the empty table offers to scroll nothing sideways."""
        policy = Qt.ScrollBarPolicy
        empty = not self.model.rowCount()
        self.table.setHorizontalScrollBarPolicy(
            policy.ScrollBarAlwaysOff if empty else policy.ScrollBarAsNeeded
        )

    def _detail_to_its_share(self) -> None:
        """The detail pane wider than its share gives the rest to the table; narrower, it takes
        its share back from the room the table's columns leave, as the sidebar does."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if not total:
            return
        if self.detail_share is None:
            self.detail_share = sizes[2] / total
        excess = sizes[2] - round(self.detail_share * total)
        if excess < 0:
            spare = self.table.viewport().width() - self.table_header.least_total()
            excess = -min(-excess, max(0, spare))
        if excess:
            self.splitter.setSizes([sizes[0], sizes[1] + excess, sizes[2] - excess])

    def closeEvent(self, event: QCloseEvent) -> None:
        # Running jobs stop at their next batch and write nothing; quitting never waits them out.
        self.closing = True
        self.workers.cancel_all()
        self.detail.flush_note()
        self.view.save()
        self.autoexporter.flush()  # a change made just before quitting still reaches the file
        for timer in (self.watch, self.checkpoint_timer, self.search_timer, self.count_timer):
            timer.stop()  # none may reach the library once the window is gone
        self.sync.stop()
        if self.dashboard is not None:
            self.dashboard.close()  # a window of its own: it would keep the app running
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "undo_action"):
            self.menus.ink_icons()
        super().changeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            take_as_copy(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event.mimeData()):
            take_as_copy(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if paths:
            take_as_copy(event)
            self.file_actions.import_paths(paths)

    def fold_write_ahead_log(self) -> None:
        """Start a background checkpoint unless one is still running."""
        if self.checkpointing is not None and not self.checkpointing.done.is_set():
            return
        self.checkpointing = CheckpointTask(self.library.path)
        self.pool.start(self.checkpointing)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and self._search_key(event)
        ):
            return True
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and (
                self._table_end_key(event)
                or self._table_escape(event)
                or self._table_select_all(event)
            )
        ):
            return True
        return super().eventFilter(watched, event)

    def _table_select_all(self, event: QKeyEvent) -> bool:
        """Ctrl+A highlights every paper of the view, not only the rows loaded so far (trial
        12: "250 papers selected" of 16 197); the table's own select-all follows."""
        if event.matches(QKeySequence.StandardKey.SelectAll):
            while self.model.canFetchMore():
                self.model.fetchMore()
        return False

    def _table_escape(self, event: QKeyEvent) -> bool:
        """Esc in a table a search left empty clears the search, as its empty state says
        (trial 10: Enter in the search field moved the focus here, and Esc did nothing)."""
        if event.key() != Qt.Key.Key_Escape or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        if not self.search.text() or self.model.rowCount():
            return False
        self.follow_link("clear")
        return True

    def _table_end_key(self, event: QKeyEvent) -> bool:
        """Home / End (Ctrl or not) highlight the first / last paper of the view, as in Zotero
        (Qt's table only moved its current cell there: along the row without Ctrl, and Ctrl is
        its "don't select" key). With Shift the highlight runs from its anchor to that paper:
        Ctrl+Shift+End moved the current row to the last paper unhighlighted, the details
        showing it while Q or Ctrl+T acted on the rows still highlighted (trial 16)."""
        if event.key() not in (Qt.Key.Key_Home, Qt.Key.Key_End) or not self.model.ids:
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        if modifiers & ~(Qt.KeyboardModifier.ControlModifier | shift):
            return False
        if event.key() == Qt.Key.Key_End:
            while self.model.canFetchMore():
                self.model.fetchMore()
        ids = self.model.ids
        target = 0 if event.key() == Qt.Key.Key_Home else len(ids) - 1
        if not modifiers & shift:
            self.view.highlight([ids[target]])
            return True
        anchor = self._highlight_anchor()
        low, high = sorted((anchor, target))
        self.view.highlight(ids[low : high + 1], current=ids[target])
        return True

    def _highlight_anchor(self) -> int:
        """The row a Shift key extends the highlight from: the far end, from the current row,
        of the run of highlighted rows it is in (a click then Shift+click made that run), else
        the current row."""
        current = self.table.currentIndex().row()
        rows = set(self.view.selected_rows())
        if current < 0:
            return 0
        if current not in rows:
            return current
        low = high = current
        while low - 1 in rows:
            low -= 1
        while high + 1 in rows:
            high += 1
        return high if current == low else low

    def _search_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_results()
            return True
        if key == Qt.Key.Key_Escape and self.search.text():
            self.follow_link("clear")
            return True
        return False

    def enter_results(self) -> None:
        """From the search field into the table: the search applied now, a row highlighted."""
        if self.search_timer.isActive():
            self.search_timer.stop()
            self.view.apply_search()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.model.ids:
            self.view.highlight([self.model.ids[0]])

    def follow_link(self, link: str) -> None:
        """The links of the empty-state message and the filter hint."""
        if link == "clear":
            self.search.clear()
            self.search_timer.stop()
            self.view.apply_search()
        elif link == "import":
            self.file_actions.import_dialog()
        elif link == "paste":
            self.file_actions.paste_listing()

    def focus_papers(self) -> None:
        """The focus on the list of papers shown: the table, or Possible duplicates in its place."""
        papers = self.table if self.table.isVisible() else self.duplicates
        papers.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_dashboard(self) -> Dashboard:
        """The dashboard, opened once: Ctrl+D again brings the open one forward."""
        if self.dashboard is not None and self.dashboard.isVisible():
            self.dashboard.raise_()
            self.dashboard.activateWindow()
            return self.dashboard
        # No parent: a window's child window is its transient, which window managers keep
        # above it, and it covered the table one worked in (trial 11). Closed with the window.
        dialog = Dashboard(self.library)
        dialog.setWindowFlags(Qt.WindowType.Window)
        dialog.show()
        self.dashboard = dialog
        return dialog

    def dashboard_follows(self, changes: OpChanges) -> None:
        """An open dashboard shows what an operation changed (it kept its first counts)."""
        if self.dashboard is not None and self.dashboard.isVisible():
            self.dashboard.follow(changes)

    def show_related_paper(self, paper_id: int) -> None:
        """A related paper: highlighted when the view holds it, else shown in the pane alone."""
        if paper_id in self.model.ids:
            self.view.highlight([paper_id])
        else:
            self.view.show_alone(paper_id)

    def more_like_these(self, ids: list[int], title: str) -> MoreLikeThese | None:
        if not ids:
            return None
        dialog = MoreLikeThese(self.library.path, ids, title, self)
        # Opened in the window: highlighted where it is on view, else in All papers.
        dialog.list.paper_activated.connect(lambda paper: self.view.reveal([paper]))
        dialog.tag_requested.connect(self.paper_actions.tag_papers)
        dialog.queue_requested.connect(self.queue_actions.enqueue_papers)
        dialog.show()
        self.more_like = dialog
        return dialog

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)
