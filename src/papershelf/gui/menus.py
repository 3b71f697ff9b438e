"""The menu bar, its shortcuts, and the context menus of the table and the sidebar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from papershelf.gui.actions.papers import STATUS_KEYS
from papershelf.gui.widgets.sidebar import NODE_ROLE

if TYPE_CHECKING:
    from papershelf.gui.main_window import MainWindow


T = TypeVar("T")


def _later(call: Callable[[T], None], value: T) -> Callable[[], None]:
    """A slot that looks the method up when triggered (so a replaced method is the one called)."""
    return lambda: call(value)


def star_label(stars: int) -> str:
    return "★" * stars + "☆" * (5 - stars)


class Menus:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def add_action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
        *,
        table_only: bool = False,
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if table_only:
            # Plain-key shortcuts (digits, letters) act on the table, never on text being typed.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.window.table.addAction(action)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def build_menu_bar(self) -> None:
        self._file_menu()
        self._edit_menu()
        self._paper_menu()
        self._queue_menu()

    def _file_menu(self) -> None:
        window, files = self.window, self.window.file_actions
        file = window.menuBar().addMenu("&File")
        self.add_action(file, "&Import listing files…", files.import_dialog, "Ctrl+I")
        self.add_action(file, "&Paste listing from clipboard", files.paste_listing, "Ctrl+Shift+V")
        self.add_action(file, "&Export…", files.export_selection, "Ctrl+Shift+E")
        self.add_action(file, "Export: &keep .bib files updated…", files.keep_updated)
        file.addSeparator()
        # Spelled out: the standard key comes from the platform theme, and a theme without one
        # (offscreen, some desktops) left Ctrl+Q to be claimed twice unnoticed.
        self.add_action(file, "&Quit", window.close, "Ctrl+Q")

    def _edit_menu(self) -> None:
        window, papers = self.window, self.window.paper_actions
        edit = window.menuBar().addMenu("&Edit")
        window.undo_action = self.add_action(
            edit, "Undo", papers.undo, QKeySequence.StandardKey.Undo
        )
        window.redo_action = self.add_action(edit, "Redo", papers.redo, "Ctrl+Shift+Z")
        edit.addSeparator()
        self.add_action(edit, "&Find", window.focus_search, QKeySequence.StandardKey.Find)
        self.add_action(edit, "&Edit title", papers.edit_title, "Ctrl+E")
        self.add_action(edit, "&Tag selected papers…", papers.tag_selected, "Ctrl+T")
        self.add_action(edit, "&Merge two selected papers…", papers.merge_selected, "Ctrl+M")
        self.add_action(
            edit,
            "Move to &trash",
            papers.trash_selected,
            QKeySequence.StandardKey.Delete,
            table_only=True,
        )
        self.add_action(edit, "Restore from trash", papers.restore_selected)
        self.add_action(edit, "Empty trash…", papers.empty_trash)
        edit.aboutToShow.connect(papers.update_undo_actions)

    def _paper_menu(self) -> None:
        window, papers = self.window, self.window.paper_actions
        paper = window.menuBar().addMenu("&Paper")
        rating = paper.addMenu("&Rating")
        for stars in range(6):
            self.add_action(
                rating,
                star_label(stars),
                _later(lambda s: papers.rate_selected(s), stars),
                str(stars),
                table_only=True,
            )
        status = paper.addMenu("&Status")
        for state, label, key in STATUS_KEYS:
            self.add_action(
                status,
                label,
                _later(lambda s: papers.status_selected(s), state),
                key,
                table_only=True,
            )
        # Q, like the other triage letters: Ctrl+Q is Quit in Zotero, JabRef and the desktop.
        self.add_action(
            paper, "Add to &queue…", window.queue_actions.enqueue_selected, "Q", table_only=True
        )
        self.add_action(paper, "New &note", window.detail.add_note, "Ctrl+N")
        view = window.menuBar().addMenu("&View")
        self.add_action(view, "Reading &dashboard", window.show_dashboard, "Ctrl+D")

    def _queue_menu(self) -> None:
        window, queues = self.window, self.window.queue_actions
        queue = window.menuBar().addMenu("&Queue")
        self.add_action(queue, "&New queue…", queues.create_queue)
        self.add_action(queue, "New &smart queue…", queues.create_smart_queue)
        for text, where, key in (
            ("Move to &top", "top", "Ctrl+Shift+Up"),
            ("Move &up", "up", "Ctrl+Up"),
            ("Move &down", "down", "Ctrl+Down"),
            ("Move to &bottom", "bottom", "Ctrl+Shift+Down"),
        ):
            self.add_action(queue, text, _later(lambda w: queues.move_selected(w), where), key)
        self.add_action(queue, "&Remove from queue", queues.dequeue_selected)

    # -- context menus ---------------------------------------------------------------------

    def table_menu(self, position: QPoint) -> None:
        window, papers = self.window, self.window.paper_actions
        menu = QMenu(window)
        rate = menu.addMenu("Rating")
        for stars in range(6):
            rate.addAction(star_label(stars), _later(lambda s: papers.rate_selected(s), stars))
        status = menu.addMenu("Status")
        for state, label, _key in STATUS_KEYS:
            status.addAction(label, _later(lambda s: papers.status_selected(s), state))
        menu.addAction("Tag…", papers.tag_selected)
        menu.addAction("Add to queue…", window.queue_actions.enqueue_selected)
        menu.addAction("Export selection…", window.file_actions.export_selection)
        menu.addAction("Merge two papers…", papers.merge_selected)
        menu.addSeparator()
        menu.addAction("Move to trash", papers.trash_selected)
        menu.exec(window.table.viewport().mapToGlobal(position))

    def sidebar_menu(self, position: QPoint) -> None:
        window, nodes = self.window, self.window.node_actions
        index = window.sidebar.indexAt(position)
        node = index.data(NODE_ROLE) if index.isValid() else None
        if node is None or node.kind not in ("tag", "queue"):
            return
        menu = QMenu(window)
        menu.addAction("Rename…", lambda: nodes.rename_node(node))
        menu.addAction("Delete…", lambda: nodes.delete_node(node))
        if node.kind == "tag":
            menu.addAction("Merge into another tag…", lambda: nodes.rename_node(node, merge=True))
        library = window.library
        ids = (
            library.queue_ids(node.name)
            if node.kind == "queue"
            else library.query_ids(node.filter())
        )
        title = f"{node.kind.title()}: {node.name}"
        menu.addAction("Export…", lambda: window.file_actions.export_selection(ids, title=title))
        menu.exec(window.sidebar.viewport().mapToGlobal(position))
