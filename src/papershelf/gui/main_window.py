"""The main window: sidebar | paper table | detail pane, search on top, actions in menus."""

from __future__ import annotations

import contextlib
import html
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, QThreadPool, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from papershelf.core.query import QueryError
from papershelf.gui.delegates.stars import StarDelegate
from papershelf.gui.dialogs import ExportDialog, ImportSummary
from papershelf.gui.models.paper_table import COLUMN, PaperTableModel
from papershelf.gui.tasks import CheckpointTask, ImportJob, ImportOutcome, ImportTask
from papershelf.gui.widgets.dashboard import Dashboard
from papershelf.gui.widgets.detail import DetailPane
from papershelf.gui.widgets.sidebar import NODE_ROLE, Node, SidebarModel, SidebarView
from papershelf.library import Library
from papershelf.store.search import SearchError

SEARCH_DELAY_MS = 150
WATCH_INTERVAL_MS = 1000
CHECKPOINT_INTERVAL_MS = 10_000
STATUS_KEYS = (
    ("new", "New", "N"),
    ("to-read", "To read", "T"),
    ("reading", "Reading", "G"),
    ("read", "Read", "R"),
    ("skimmed", "Skimmed", "K"),
    ("dropped", "Dropped", "D"),
)


class MainWindow(QMainWindow):
    def __init__(self, library: Library, *, settings: QSettings | None = None) -> None:
        super().__init__()
        self.library = library
        self.settings = settings or QSettings()
        self.node = Node("all", "view")
        self.pool = QThreadPool.globalInstance()
        self.last_import: ImportOutcome | None = None
        self.running: set[ImportTask] = set()
        self.setWindowTitle(f"Papershelf — {library.path.name}")
        self.setAcceptDrops(True)
        self._build_widgets()
        self._build_actions()
        self._restore_state()
        self._update_undo_actions()
        self._seen_version = library.data_version()
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_INTERVAL_MS)
        self.watch.timeout.connect(self._check_external_changes)
        self.watch.start()
        self.checkpointing: CheckpointTask | None = None
        self.checkpoint_timer = QTimer(self)
        self.checkpoint_timer.setInterval(CHECKPOINT_INTERVAL_MS)
        self.checkpoint_timer.timeout.connect(self.fold_write_ahead_log)
        self.checkpoint_timer.start()

    # -- building --------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("searchField")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            'Search: words, "phrases", tag:x author:hu year:>=2022 rating:>=4 status:unread -tag:read'
        )
        self.search_error = QLabel(self)
        self.search_error.setObjectName("searchError")
        self.search_error.setStyleSheet("color: #c0392b;")
        self.search_error.hide()
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())

        self.sidebar_model = SidebarModel(self.library)
        self.sidebar = SidebarView(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setModel(self.sidebar_model)
        self.sidebar.expandAll()
        self.sidebar.selectionModel().currentChanged.connect(self._node_changed)
        self.sidebar.papers_dropped.connect(self._dropped_on_node)
        self.sidebar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.sidebar.customContextMenuRequested.connect(self._sidebar_menu)

        self.model = PaperTableModel(self.library)
        self.table = QTableView(self)
        self.table.setObjectName("paperTable")
        self.table.setModel(self.model)
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
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(
            COLUMN["rating"], StarDelegate(self._rate_one, self.table)
        )
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN["title"], QHeaderView.ResizeMode.Stretch)
        for key, width in (
            ("rating", 88),
            ("authors", 170),
            ("date", 82),
            ("category", 62),
            ("status", 64),
            ("tags", 110),
            ("added", 80),
        ):
            self.table.setColumnWidth(COLUMN[key], width)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)

        self.next_up = QLabel(self)
        self.next_up.setObjectName("nextUp")
        self.next_up.hide()
        self.detail = DetailPane(self.library, self)
        self.detail.setObjectName("detailPane")
        self.detail.changed.connect(self._paper_changed)
        self.detail.structure_changed.connect(self._rebuild_sidebar)

        centre = QWidget(self)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.search_error)
        column.addWidget(self.next_up)
        column.addWidget(self.table, 1)
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([210, 900, 400])
        self.setCentralWidget(self.splitter)
        self.count_label = QLabel(self)
        self.count_timer = QTimer(self)
        self.count_timer.setSingleShot(True)
        self.count_timer.setInterval(300)
        self.count_timer.timeout.connect(self._count_view)
        self.statusBar().addPermanentWidget(self.count_label)
        self.model.modelReset.connect(self._update_status)
        self.model.layoutChanged.connect(self._update_status)

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot,
        shortcut: str | QKeySequence | None = None,  # type: ignore[no-untyped-def]
        *,
        table_only: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if table_only:
            # Plain-key shortcuts (digits, letters) act on the table, never on text being typed.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.table.addAction(action)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu("&File")
        self._action(file, "&Import listing files…", self.import_dialog, "Ctrl+I")
        self._action(file, "&Paste listing from clipboard", self.paste_listing, "Ctrl+Shift+V")
        self._action(file, "&Export…", self.export_selection, "Ctrl+Shift+E")
        file.addSeparator()
        self._action(file, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu("&Edit")
        self.undo_action = self._action(edit, "Undo", self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(edit, "Redo", self.redo, "Ctrl+Shift+Z")
        edit.addSeparator()
        self._action(edit, "&Find", self.focus_search, QKeySequence.StandardKey.Find)
        self._action(edit, "&Edit title", self.edit_title, "Ctrl+E")
        self._action(edit, "&Tag selected papers…", self.tag_selected, "Ctrl+T")
        self._action(edit, "&Merge two selected papers…", self.merge_selected, "Ctrl+M")
        self._action(
            edit,
            "Move to &trash",
            self.trash_selected,
            QKeySequence.StandardKey.Delete,
            table_only=True,
        )
        self._action(edit, "Restore from trash", self.restore_selected)
        self._action(edit, "Empty trash…", self.empty_trash)
        edit.aboutToShow.connect(self._update_undo_actions)

        paper = bar.addMenu("&Paper")
        rating = paper.addMenu("&Rating")
        for stars in range(6):
            self._action(
                rating,
                "★" * stars + "☆" * (5 - stars),
                lambda s=stars: self.rate_selected(s),
                str(stars),
                table_only=True,
            )
        status = paper.addMenu("&Status")
        for state, label, key in STATUS_KEYS:
            self._action(
                status, label, lambda s=state: self.status_selected(s), key, table_only=True
            )
        self._action(paper, "Add to &queue…", self.enqueue_selected, "Ctrl+Q")
        self._action(paper, "New &note", self.detail.add_note, "Ctrl+N")
        view = bar.addMenu("&View")
        self._action(view, "Reading &dashboard", self.show_dashboard, "Ctrl+D")

        queue = bar.addMenu("&Queue")
        self._action(queue, "&New queue…", self.create_queue)
        self._action(queue, "New &smart queue…", self.create_smart_queue)
        self._action(queue, "Move to &top", lambda: self.move_selected("top"), "Ctrl+Shift+Up")
        self._action(queue, "Move &up", lambda: self.move_selected("up"), "Ctrl+Up")
        self._action(queue, "Move &down", lambda: self.move_selected("down"), "Ctrl+Down")
        self._action(
            queue, "Move to &bottom", lambda: self.move_selected("bottom"), "Ctrl+Shift+Down"
        )
        self._action(queue, "&Remove from queue", self.dequeue_selected)

    # -- state -----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 820)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = self.settings.value("table/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        key = str(self.settings.value("sidebar/node", "all"))
        index = self.sidebar_model.find(key)
        if not index.isValid():
            index = self.sidebar_model.find("all")
        self.sidebar.selectionModel().blockSignals(True)  # the view loads once, below
        self.sidebar.setCurrentIndex(index)
        self.sidebar.selectionModel().blockSignals(False)
        self._node_changed(index)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("table/header", self.table.horizontalHeader().saveState())
        self.settings.setValue("sidebar/node", self.node.key)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.detail.flush_note()
        self.save_state()
        self.watch.stop()
        self.checkpoint_timer.stop()
        super().closeEvent(event)

    # -- what is shown ---------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.ids[row] for row in rows]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.ids[index.row()] if index.isValid() else None

    def _node_changed(self, index: QModelIndex) -> None:
        node = index.data(NODE_ROLE) if index.isValid() else None
        if node is None or node.kind == "group":
            return
        self.node = node
        spec = node.filter()
        spec.search = self.search.text()
        self.model.clear_sort()
        self.table.horizontalHeader().setSortIndicatorShown(False)
        try:
            self.model.set_filter(spec, queue_order=node.name if node.kind == "queue" else None)
        except (QueryError, SearchError):
            spec.search = ""
            self.model.set_filter(spec, queue_order=node.name if node.kind == "queue" else None)
        self._select_first()
        self._update_next_up()

    def apply_search(self) -> None:
        text = self.search.text()
        try:
            self.model.set_search(text)
        except (QueryError, SearchError) as error:
            self.search_error.setText(f"⚠ {error}")
            self.search_error.show()
            return
        self.search_error.hide()
        self._select_first()

    def _select_first(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        elif not self.model.rowCount():
            self.detail.show_paper(None)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.show_paper(self.model.ids[current.row()] if current.isValid() else None)

    def _update_status(self) -> None:
        """Counts now when every row is loaded; otherwise the total follows once typing stops."""
        if self.model.complete:
            self._show_count(len(self.model.ids))
        else:
            self.count_label.setText(f"{len(self.model.ids)}+ shown · counting…")
            self.count_timer.start()

    def _show_count(self, shown: int) -> None:
        total = self.library.count()
        where = self.node.name or self.node.key
        search = f" · search: {self.search.text()}" if self.search.text() else ""
        self.count_label.setText(f"{shown} shown of {total} papers · {where}{search}")

    def _count_view(self) -> None:
        with contextlib.suppress(QueryError, SearchError):
            self._show_count(self.model.total())

    def _update_next_up(self) -> None:
        if self.node.kind != "queue":
            self.next_up.hide()
            return
        paper_id = self.library.queue_next(self.node.name)
        title = (
            self.library.paper(paper_id)["title"]
            if paper_id is not None
            else "nothing left to read"
        )
        progress = self.library.queue_progress(self.node.name)
        self.next_up.setText(
            f"<b>Next up:</b> {html.escape(title)}<br><small>{progress['read']}/{progress['total']} "
            f"read · started {progress['started']} · {progress['pace_per_week']} papers/week</small>"
        )
        self.next_up.show()

    def refresh(self, *, structure: bool = True) -> None:
        """Re-query the view keeping selection, current paper and scroll position."""
        selected = set(self.selected_ids())
        current = self.current_id()
        scroll = self.table.verticalScrollBar().value()
        try:
            self.model.reload()
        except (QueryError, SearchError):
            self.search.clear()
        rows = {paper_id: row for row, paper_id in enumerate(self.model.ids)}
        selection = self.table.selectionModel()
        selection.clearSelection()
        for paper_id in selected:
            if paper_id in rows:
                self.table.selectRow(rows[paper_id]) if len(selected) == 1 else selection.select(
                    self.model.index(rows[paper_id], 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        if current in rows:
            selection.setCurrentIndex(
                self.model.index(rows[current], 0), selection.SelectionFlag.NoUpdate
            )
        self.table.verticalScrollBar().setValue(scroll)
        self.detail.reload() if current in rows else self.detail.show_paper(None)
        if structure:
            self._rebuild_sidebar()
        self._update_next_up()
        self._update_status()
        self._update_undo_actions()
        self._seen_version = self.library.data_version()

    def _rebuild_sidebar(self) -> None:
        key = self.node.key
        self.sidebar.selectionModel().blockSignals(True)
        self.sidebar_model.rebuild()
        self.sidebar.expandAll()
        index = self.sidebar_model.find(key)
        if index.isValid():
            self.sidebar.setCurrentIndex(index)
        self.sidebar.selectionModel().blockSignals(False)

    def _paper_changed(self, ids: set[int]) -> None:
        self.model.refresh_rows(ids)
        self._seen_version = self.library.data_version()

    def fold_write_ahead_log(self) -> None:
        """Start a background checkpoint unless one is still running."""
        if self.checkpointing is not None and not self.checkpointing.done.is_set():
            return
        self.checkpointing = CheckpointTask(self.library.path)
        self.pool.start(self.checkpointing)

    def _check_external_changes(self) -> None:
        version = self.library.data_version()
        if version != self._seen_version:
            self.refresh()
            self.statusBar().showMessage("The library was changed elsewhere; view refreshed.", 4000)

    # -- actions ---------------------------------------------------------------------------

    def _rate_one(self, paper_id: int, stars: int) -> None:
        self.library.rate([paper_id], stars)
        self.model.refresh_rows({paper_id})
        self.detail.reload()

    def rate_selected(self, stars: int) -> None:
        ids = self.selected_ids()
        if ids:
            self.library.rate(ids, stars)
            self.refresh(structure=False)

    def status_selected(self, status: str) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self.library.set_status(ids, status)
        self.refresh()
        if self.node.kind == "queue" and status in ("read", "skimmed", "dropped"):
            self._focus_next_up()

    def _focus_next_up(self) -> None:
        paper_id = self.library.queue_next(self.node.name)
        if paper_id is not None and paper_id in self.model.ids:
            self.table.selectRow(self.model.ids.index(paper_id))

    def tag_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        text, ok = QInputDialog.getText(
            self, "Tag papers", f"Tags for {len(ids)} papers (comma separated; -tag removes):"
        )
        if not ok or not text.strip():
            return
        words = [w.strip() for w in text.split(",") if w.strip()]
        add = [w for w in words if not w.startswith("-")]
        remove = [w[1:].strip() for w in words if w.startswith("-")]
        self.library.tag(ids, add=add, remove=remove)
        self.refresh()

    def enqueue_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        names = [str(q["name"]) for q in self.library.queues() if q["kind"] == "plain"]
        name, ok = QInputDialog.getItem(
            self, "Add to queue", "Queue (type a new name to create one):", names, 0, True
        )
        if not ok or not name.strip():
            return
        if name not in names:
            self.library.create_queue(name)
        self.library.enqueue(name.strip(), ids)
        self.refresh()

    def create_queue(self) -> None:
        name, ok = QInputDialog.getText(self, "New queue", "Name:")
        if ok and name.strip():
            self.library.create_queue(name)
            self.refresh()

    def create_smart_queue(self, name: str | None = None, query: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, "New smart queue", "Name:")
            if not ok or not name.strip():
                return
        if query is None:
            prompt = "Search (e.g. tag:few-shot rating:>=4 status:to-read):"
            query, ok = QInputDialog.getText(
                self, "New smart queue", prompt, text=self.search.text()
            )
            if not ok or not query.strip():
                return
        self.library.create_queue(name, query=query)
        self.refresh()

    def show_dashboard(self) -> Dashboard:
        dialog = Dashboard(self.library, self)
        dialog.show()
        self.dashboard = dialog
        return dialog

    def move_selected(self, where: str) -> None:
        if self.node.kind != "queue":
            return
        ids = self.selected_ids()
        order = self.library.queue_ids(self.node.name)
        if not ids or any(i not in order for i in ids):
            return
        first = min(order.index(i) for i in ids) + 1
        target = {"top": 1, "bottom": len(order), "up": max(1, first - 1), "down": first + 1}[where]
        self.model.clear_sort()
        self.library.move_in_queue(self.node.name, ids, target)
        self.refresh(structure=False)

    def dequeue_selected(self) -> None:
        ids = self.selected_ids()
        if self.node.kind == "queue" and ids:
            self.library.dequeue(self.node.name, ids)
            self.refresh()

    def trash_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if self.node.key == "trash":
            return
        answer = QMessageBox.question(
            self,
            "Move to trash",
            f"Move {len(ids)} papers to the trash? "
            "(You can undo this or restore them from the Trash.)",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.library.trash(ids)
            self.refresh()

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.node.key == "trash":
            self.library.restore(ids)
            self.refresh()

    def empty_trash(self) -> None:
        answer = QMessageBox.question(
            self, "Empty trash", "Delete the papers in the trash for good?"
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.library.empty_trash()
            self.refresh()

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            QMessageBox.information(self, "Merge papers", "Select exactly two papers to merge.")
            return
        keep, other = sorted(ids)
        titles = [self.library.paper(i)["title"] for i in (keep, other)]
        answer = QMessageBox.question(
            self,
            "Merge papers",
            f"Merge these into one paper?\n\n• {titles[0]}\n• {titles[1]}\n\n"
            "Tags, notes, queues and sources of both are kept.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.library.merge(keep, other)
            self.refresh()

    def edit_title(self) -> None:
        self.detail.title.setFocus()
        self.detail.title.selectAll()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _update_undo_actions(self) -> None:
        undo, redo = self.library.undo_label(), self.library.redo_label()
        self.undo_action.setText(f"Undo {undo}" if undo else "Undo")
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setText(f"Redo {redo}" if redo else "Redo")
        self.redo_action.setEnabled(redo is not None)

    def undo(self) -> None:
        self.detail.flush_note()
        label = self.library.undo()
        if label:
            self.statusBar().showMessage(f"Undid: {label}", 4000)
            self.refresh()

    def redo(self) -> None:
        label = self.library.redo()
        if label:
            self.statusBar().showMessage(f"Redid: {label}", 4000)
            self.refresh()

    # -- import and export -----------------------------------------------------------------

    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import listing files", "", "Listings (*.txt *.bib *.json);;All files (*)"
        )
        if paths:
            self.start_import(ImportJob(paths=[Path(p) for p in paths]))

    def paste_listing(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.statusBar().showMessage("The clipboard holds no text.", 4000)
            return
        self.start_import(ImportJob(text=text, name="clipboard"))

    def start_import(self, job: ImportJob) -> ImportTask:
        task = ImportTask(self.library.path, job)
        task.setAutoDelete(False)
        self.running.add(task)  # the task and its signals must outlive this method
        progress = QProgressDialog("Importing…", "Cancel", 0, 0, self)
        progress.setWindowTitle("Import")
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.canceled.connect(task.cancel)
        task.signals.progress.connect(
            lambda name, done, total: (
                progress.setLabelText(f"Importing {name}…"),
                progress.setMaximum(total),
                progress.setValue(done),
            )
        )
        task.signals.finished.connect(lambda outcome: self._import_finished(outcome, progress))
        task.signals.failed.connect(
            lambda message: (progress.close(), self.show_error("Import failed", message))
        )
        self.pool.start(task)
        return task

    def _import_finished(self, outcome: ImportOutcome, progress: QProgressDialog) -> None:
        progress.close()
        self.last_import = outcome
        self.refresh()
        summary = ImportSummary(outcome, self)
        summary.setModal(False)
        summary.show()
        self.import_summary = summary

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.start_import(ImportJob(paths=paths))
            event.acceptProposedAction()

    def export_selection(
        self, ids: list[int] | None = None, *, title: str | None = None
    ) -> ExportDialog:
        in_order = self.node.kind == "queue" and self.model.sort_key is None
        chosen = (
            ids
            if ids is not None
            else (self.selected_ids() if len(self.selected_ids()) > 1 else self.model.all_ids())
        )
        dialog = ExportDialog(
            self.library, chosen, title=title or self._view_title(), in_order=in_order, parent=self
        )
        dialog.show()
        self.export_dialog = dialog
        return dialog

    def _view_title(self) -> str:
        return {"queue": f"Queue: {self.node.name}", "tag": f"Tag: {self.node.name}"}.get(
            self.node.kind, "Reading list"
        )

    # -- menus and drops -------------------------------------------------------------------

    def _table_menu(self, position) -> None:  # type: ignore[no-untyped-def]
        menu = QMenu(self)
        rate = menu.addMenu("Rating")
        for stars in range(6):
            rate.addAction("★" * stars + "☆" * (5 - stars), lambda s=stars: self.rate_selected(s))
        status = menu.addMenu("Status")
        for state, label, _key in STATUS_KEYS:
            status.addAction(label, lambda s=state: self.status_selected(s))
        menu.addAction("Tag…", self.tag_selected)
        menu.addAction("Add to queue…", self.enqueue_selected)
        menu.addAction("Export selection…", self.export_selection)
        menu.addAction("Merge two papers…", self.merge_selected)
        menu.addSeparator()
        menu.addAction("Move to trash", self.trash_selected)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _sidebar_menu(self, position) -> None:  # type: ignore[no-untyped-def]
        index = self.sidebar.indexAt(position)
        node = index.data(NODE_ROLE) if index.isValid() else None
        if node is None or node.kind not in ("tag", "queue"):
            return
        menu = QMenu(self)
        menu.addAction("Rename…", lambda: self.rename_node(node))
        menu.addAction("Delete…", lambda: self.delete_node(node))
        if node.kind == "tag":
            menu.addAction("Merge into another tag…", lambda: self.rename_node(node, merge=True))
        ids = (
            self.library.queue_ids(node.name)
            if node.kind == "queue"
            else self.library.query_ids(node.filter())
        )
        menu.addAction(
            "Export…", lambda: self.export_selection(ids, title=f"{node.kind.title()}: {node.name}")
        )
        menu.exec(self.sidebar.viewport().mapToGlobal(position))

    def rename_node(self, node: Node, *, merge: bool = False, new_name: str | None = None) -> None:
        if new_name is None:
            if merge:
                others = [n for n in self.library.all_tag_names() if n != node.name]
                new_name, ok = QInputDialog.getItem(
                    self, "Merge tag", f"Merge {node.name!r} into:", others, 0, False
                )
            else:
                new_name, ok = QInputDialog.getText(
                    self, f"Rename {node.kind}", "New name:", text=node.name
                )
            if not ok or not new_name.strip():
                return
        if node.kind == "tag":
            self.library.rename_tag(node.name, new_name)
        else:
            self.library.rename_queue(node.name, new_name)
        prefix = "tag" if node.kind == "tag" else "queue"
        self.node = Node(f"{prefix}:{new_name.strip()}", node.kind, new_name.strip())
        self.refresh()

    def delete_node(self, node: Node, *, confirm: bool = True) -> None:
        if confirm:
            answer = QMessageBox.question(
                self,
                f"Delete {node.kind}",
                f"Delete the {node.kind} {node.name!r}? The papers stay.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if node.kind == "tag":
            self.library.delete_tag(node.name)
        else:
            self.library.delete_queue(node.name)
        self.node = Node("all", "view")
        self.refresh()

    def _dropped_on_node(self, node: Node, ids: list[int]) -> None:
        if node.kind == "tag":
            self.library.tag(ids, add=[node.name])
        elif node.kind == "queue":
            self.library.enqueue(node.name, ids)
        self.statusBar().showMessage(f"{len(ids)} papers → {node.kind} {node.name}", 4000)
        self.refresh()

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)
