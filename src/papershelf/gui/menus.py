"""The menu bar, its shortcuts, and the context menus of the table and the sidebar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QMenu, QToolBar, QToolButton, QWidget

from papershelf.gui.actions.nodes import TAG_COLOURS
from papershelf.gui.actions.papers import STATUS_KEYS
from papershelf.gui.dialogs import help as help_dialogs
from papershelf.gui.resources import action_icon
from papershelf.gui.widgets.sidebar import NODE_ROLE, Node, colour_dot

if TYPE_CHECKING:
    from papershelf.gui.main_window import MainWindow


def star_label(stars: int) -> str:
    return "★" * stars + "☆" * (5 - stars)


class Menus:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.toolbar_actions: dict[str, QAction] = {}
        self.named: dict[str, QAction] = {}  # by their text: the context menus reuse them
        self.menu_node: Node | None = None  # the sidebar node a context menu was opened on

    def add_action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
        *,
        table_only: bool = False,
        icon: str | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        if icon is not None:
            action.setIcon(action_icon(icon))
            self.toolbar_actions[icon] = action
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        plain = text.replace("&", "").rstrip("…")
        action.setToolTip(f"{plain} ({keys})" if keys else plain)
        self.named[plain] = action
        if table_only:
            # Plain-key shortcuts (digits, letters) act on the table, never on text being typed.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.window.table.addAction(action)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def build_menu_bar(self) -> tuple[QAction, QAction]:
        """All menus; returns the Undo and Redo actions, whose text follows the library."""
        self._file_menu()
        undo_redo = self._edit_menu()
        self._paper_menu()
        self._queue_menu()
        self._help_menu()
        self._toolbar()
        self._sidebar_actions()
        self._menu_keys()
        return undo_redo

    # The slots look the method up when triggered, so a replaced one (a test's) is the one run.
    def _rate(self, stars: int) -> Callable[[], None]:
        return lambda: self.window.paper_actions.rate_selected(stars)

    def _set_status(self, state: str) -> Callable[[], None]:
        return lambda: self.window.paper_actions.status_selected(state)

    def _move(self, where: str) -> Callable[[], None]:
        return lambda: self.window.queue_actions.move_selected(where)

    def _file_menu(self) -> None:
        window, files = self.window, self.window.file_actions
        file = window.menuBar().addMenu("&File")
        self.add_action(
            file, "&Import listing files…", files.import_dialog, "Ctrl+I", icon="import"
        )
        self.add_action(
            file,
            "&Paste listing from clipboard",
            files.paste_listing,
            "Ctrl+Shift+V",
            icon="paste",
        )
        self.add_action(file, "&Export…", files.export_selection, "Ctrl+Shift+E", icon="export")
        self.add_action(file, "Export: &keep .bib files updated…", files.keep_updated)
        self.add_action(file, "&Sync folder…", lambda: window.sync.choose_folder())
        file.addSeparator()
        # Spelled out: the standard key comes from the platform theme, and a theme without one
        # (offscreen, some desktops) left Ctrl+Q to be claimed twice unnoticed.
        self.add_action(file, "&Quit", window.close, "Ctrl+Q")

    def _edit_menu(self) -> tuple[QAction, QAction]:
        window, papers = self.window, self.window.paper_actions
        edit = window.menuBar().addMenu("&Edit")
        undo = self.add_action(
            edit, "Undo", papers.undo, QKeySequence.StandardKey.Undo, icon="undo"
        )
        redo = self.add_action(edit, "Redo", papers.redo, "Ctrl+Shift+Z", icon="redo")
        edit.addSeparator()
        self.add_action(
            edit, "&Find", window.focus_search, QKeySequence.StandardKey.Find, icon="search"
        )
        self.add_action(edit, "&Edit title", papers.edit_title, "Ctrl+E")
        self.add_action(edit, "&Tag selected papers…", papers.tag_selected, "Ctrl+T", icon="tag")
        self.add_action(edit, "&Merge two selected papers…", papers.merge_selected, "Ctrl+M")
        self.add_action(
            edit,
            "Move to &trash",
            papers.trash_selected,
            QKeySequence.StandardKey.Delete,
            table_only=True,
        )
        self.add_action(edit, "Restore from Trash", papers.restore_selected)
        self.add_action(edit, "Empty Trash…", papers.empty_trash)
        edit.aboutToShow.connect(papers.update_undo_actions)
        edit.aboutToShow.connect(papers.update_trash_actions)
        return undo, redo

    def _paper_menu(self) -> None:
        window = self.window
        paper = window.menuBar().addMenu("&Paper")
        self.rating_menu = rating = paper.addMenu(action_icon("rate"), "&Rating")
        for stars in range(6):
            self.add_action(
                rating,
                star_label(stars),
                self._rate(stars),
                str(stars),
                table_only=True,
            )
        self.status_menu = status = paper.addMenu(action_icon("status"), "&Status")
        for state, label, key in STATUS_KEYS:
            self.add_action(status, label, self._set_status(state), key, table_only=True)
        # Q, like the other triage letters: Ctrl+Q is Quit in Zotero, JabRef and the desktop.
        self.add_action(
            paper,
            "Add to &queue…",
            window.queue_actions.enqueue_selected,
            "Q",
            table_only=True,
            icon="queue",
        )
        self.add_action(paper, "New &note", window.paper_actions.new_note, "Ctrl+N")
        # A reader's own flag ("unlike a paper", "check both") goes with no edit: said checked.
        self.add_action(paper, "Mark re&viewed", window.paper_actions.mark_reviewed_selected)
        paper.addSeparator()
        links = window.link_actions
        self.add_action(paper, "&Open link", links.open_link, "Ctrl+L")
        self.add_action(paper, "Copy citation &key", links.copy_citation_key, "Ctrl+Shift+K")
        self.add_action(paper, "Copy as &BibTeX", links.copy_bibtex, "Ctrl+Shift+C")
        view = window.menuBar().addMenu("&View")
        self.add_action(view, "Reading &dashboard", window.show_dashboard, "Ctrl+D")

    def _queue_menu(self) -> None:
        window, queues = self.window, self.window.queue_actions
        queue = window.menuBar().addMenu("&Queue")
        self.add_action(queue, "&New queue…", queues.create_queue, icon="new")
        self.add_action(queue, "New &smart queue…", queues.create_smart_queue)
        for text, where, key in (
            ("Move to &top", "top", "Ctrl+Shift+Up"),
            ("Move &up", "up", "Ctrl+Up"),
            ("Move &down", "down", "Ctrl+Down"),
            ("Move to &bottom", "bottom", "Ctrl+Shift+Down"),
        ):
            self.add_action(queue, text, self._move(where), key)
        # Del in a plain queue (see enable_queue_actions), as Zotero's Delete in a collection.
        self.add_action(queue, "&Remove from queue", queues.dequeue_selected, table_only=True)

    QUEUE_ONLY = ("Move to top", "Move up", "Move down", "Move to bottom", "Remove from queue")

    def enable_queue_actions(self, enabled: bool) -> None:
        """Reordering and removing act on a plain queue on view; elsewhere they are greyed
        out rather than doing nothing when chosen. In a plain queue Del removes from it and
        Shift+Del moves to the trash, as Delete and Shift+Delete do in a Zotero collection
        (trial 7: Del in a queue trashed the paper from the whole library)."""
        for text in self.QUEUE_ONLY:
            if text in self.named:
                self.named[text].setEnabled(enabled)
        remove, trash = self.named.get("Remove from queue"), self.named.get("Move to trash")
        if remove is None or trash is None:
            return
        delete = QKeySequence(QKeySequence.StandardKey.Delete)
        remove.setShortcut(delete if enabled else QKeySequence())
        trash.setShortcut(QKeySequence("Shift+Del") if enabled else delete)
        for action in (remove, trash):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = action.text().replace("&", "").rstrip("…")
            action.setToolTip(f"{plain} ({keys})" if keys else plain)

    def enable_selection_actions(self, selected: int) -> None:
        """Merging takes exactly two papers: greyed out otherwise, as Zotero's Merge Items is,
        rather than answering a choice with a box (trial 6)."""
        if "Merge two selected papers" in self.named:
            self.named["Merge two selected papers"].setEnabled(selected == 2)

    def _help_menu(self) -> None:
        window = self.window
        menu = window.menuBar().addMenu("&Help")
        self.add_action(menu, "&Keyboard shortcuts", self.show_shortcuts, "F1")
        self.add_action(menu, "&Search syntax", lambda: help_dialogs.show_search_syntax(window))
        menu.addSeparator()
        self.add_action(
            menu, "&About Papershelf", lambda: help_dialogs.show_about(window, window.library.path)
        )

    def all_actions(self) -> list[QAction]:
        """Every action in the menu bar, submenus included, in menu order."""
        found: list[QAction] = []

        def walk(menu: QMenu) -> None:
            for action in menu.actions():
                if action.menu() is not None:
                    walk(action.menu())  # type: ignore[arg-type]
                elif not action.isSeparator():
                    found.append(action)

        for top in self.window.menuBar().actions():
            if top.menu() is not None:
                walk(top.menu())  # type: ignore[arg-type]
        return found

    def shortcut_list(self) -> list[tuple[str, str]]:
        """Read from the window itself, so the list cannot drift from the keys: the menu
        bar's actions, the sidebar's, the context-menu keys, and what widgets handle."""
        window = self.window
        rows = help_dialogs.shortcut_rows(self.all_actions())
        rows += [
            (keys, f"{label} (in the sidebar)")
            for keys, label in help_dialogs.shortcut_rows(window.sidebar.actions())
        ]
        rows.append(("Del", "Delete note (in the notes list)"))
        remove = self.named.get("Remove from queue")
        if remove is not None and remove.shortcut().isEmpty():  # a plain queue's keys, elsewhere
            rows.append(("Del", "Remove from queue (in a queue)"))
            rows.append(("Shift+Del", "Move to trash (in a queue)"))
        elif remove is not None:  # in a queue: what Del does everywhere else (trial 8)
            rows.append(("Del", "Move to trash (outside a queue)"))
        menu_keys = dict.fromkeys(
            help_dialogs.key_text(shortcut.key()) for shortcut in window.findChildren(QShortcut)
        )
        if menu_keys:
            rows.append(
                (" / ".join(menu_keys), "the context menu of the focused row, node or pane")
            )
        return rows + help_dialogs.WIDGET_KEYS

    def show_shortcuts(self) -> help_dialogs.ShortcutsDialog:
        self.shortcuts_dialog = help_dialogs.show_shortcuts(self.window, self.shortcut_list())
        return self.shortcuts_dialog

    def ink_icons(self) -> None:
        """The icons again in the palette's text colour (after a switch to dark or light)."""
        for name, action in self.toolbar_actions.items():
            action.setIcon(action_icon(name))
        self.rating_menu.setIcon(action_icon("rate"))
        self.status_menu.setIcon(action_icon("status"))

    def _toolbar(self) -> None:
        bar = QToolBar("Main toolbar", self.window)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        named = self.toolbar_actions
        for name in ("import", "paste", "export", None, "undo", "redo", None, "new", "tag"):
            if name is None:
                bar.addSeparator()
            else:
                bar.addAction(named[name])
        for menu, tip in (
            (self.rating_menu, "Rate the selection (keys 0–5)"),
            (self.status_menu, "Set the status (keys N T G R K D)"),
        ):
            action = menu.menuAction()
            action.setToolTip(tip)
            bar.addAction(action)
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addAction(named["queue"])
        bar.addSeparator()
        bar.addAction(named["search"])
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    # -- context menus ---------------------------------------------------------------------

    def table_menu(self, position: QPoint) -> None:
        self.build_table_menu().exec(self.window.table.viewport().mapToGlobal(position))

    def build_table_menu(self) -> QMenu:
        """The menu bar's own actions, so that each shows its shortcut."""
        window, named = self.window, self.named
        menu = QMenu(window)
        if window.view.node.key == "trash":
            window.paper_actions.update_trash_actions()
            menu.addAction(named["Restore from Trash"])
            menu.addAction(named["Export"])
            menu.addSeparator()
            menu.addAction(named["Move to trash"])  # "Delete for good…" here, as Del does
            menu.addAction(named["Empty Trash"])
            return menu
        for text in ("Open link", "Copy citation key", "Copy as BibTeX", None):
            self._add_named(menu, text)
        for text in ("Edit title", "New note", None):
            self._add_named(menu, text)
        menu.addMenu(self.rating_menu)
        menu.addMenu(self.status_menu)
        if window.view.node.key == "review" or self._current_flagged():
            self._add_named(menu, "Mark reviewed")
        for text in ("Tag selected papers", "Add to queue", None):
            self._add_named(menu, text)
        if window.view.node.kind == "queue":
            for text in ("Move to top", "Move up", "Move down", "Move to bottom"):
                self._add_named(menu, text)
            self._add_named(menu, "Remove from queue")
            menu.addSeparator()
        for text in ("Export", "Merge two selected papers"):
            self._add_named(menu, text)
        menu.addAction(
            "More like these…",
            lambda: window.more_like_these(window.view.selected_ids(), "the selection"),
        )
        menu.addSeparator()
        self._add_named(menu, "Move to trash")
        return menu

    def _current_flagged(self) -> bool:
        paper_id = self.window.view.current_id()
        return paper_id is not None and bool(self.window.library.paper(paper_id)["needs_review"])

    def detail_menu(self, position: QPoint) -> None:
        self.build_detail_menu().exec(self.window.detail.mapToGlobal(position))

    def build_detail_menu(self) -> QMenu:
        """The shown paper's actions (the menu bar's, with their shortcuts)."""
        menu = QMenu(self.window)
        for text in ("Open link", "Copy citation key", "Copy as BibTeX", None, "Edit title"):
            self._add_named(menu, text)
        self._add_named(menu, "New note")
        # Edit… is off the Tab chain (the pane's stops are few): here it is on the keyboard.
        menu.addAction("Edit links…", self.window.detail.edit_links.click)
        menu.addSeparator()
        menu.addMenu(self.rating_menu)
        menu.addMenu(self.status_menu)
        for text in ("Tag selected papers", "Add to queue", None, "Export"):
            self._add_named(menu, text)
        return menu

    def notes_menu(self, position: QPoint) -> None:
        notes = self.window.detail.notes
        self.build_notes_menu().exec(notes.viewport().mapToGlobal(position))

    def build_notes_menu(self) -> QMenu:
        """New note (Ctrl+N), and Delete note for the one highlighted."""
        detail = self.window.detail
        menu = QMenu(self.window)
        self._add_named(menu, "New note")
        # Del in the list does it too (the list's own key: a second Del shortcut would clash).
        delete = menu.addAction("Delete note", detail.delete_note.click)
        delete.setEnabled(detail.notes.currentItem() is not None)
        return menu

    def _view_node_menu(self, node: Node) -> QMenu:
        """All papers, the statuses, Needs review, a source: their papers exported."""
        window = self.window
        menu = QMenu(window)
        label = window.sidebar_model.find(node.key).data() or node.key
        title = str(label).split("  (")[0]
        menu.addAction(
            "Export these papers…",
            lambda: window.file_actions.export_selection(
                window.library.query_ids(node.filter()), title=title
            ),
        )
        return menu

    def _add_named(self, menu: QMenu, text: str | None) -> None:
        if text is None:
            menu.addSeparator()
        else:
            menu.addAction(self.named[text])

    def _sidebar_actions(self) -> None:
        """Rename (F2) and Delete (Del) act on the sidebar's node while the sidebar has focus,
        and are the entries of its context menus, so that the menus show the keys."""
        sidebar, nodes = self.window.sidebar, self.window.node_actions
        for text, key, slot in (
            ("Rename…", "F2", lambda: nodes.rename(self.target_node())),
            (
                "Delete…",
                QKeySequence.StandardKey.Delete,
                lambda: nodes.delete_node(self.target_node()),
            ),
        ):
            action = QAction(text, sidebar)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            sidebar.addAction(action)
            self.named[f"sidebar {text.rstrip('…')}"] = action

    def _menu_keys(self) -> None:
        """The Menu key and Shift+F10 open the context menu of the focused table row, sidebar
        node or detail pane, at that row or node: what only a menu offers (a tag's colour) is
        reachable from the keyboard too."""
        window = self.window
        openers: tuple[tuple[QWidget, Callable[[], None]], ...] = (
            (window.table, lambda: self.table_menu(self._current_point(window.table))),
            (window.sidebar, lambda: self.sidebar_menu(self._current_point(window.sidebar))),
            (window.detail, lambda: self.detail_menu(QPoint(8, 8))),
        )
        for widget, opener in openers:
            for key in ("Menu", "Shift+F10"):
                shortcut = QShortcut(QKeySequence(key), widget)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(opener)

    @staticmethod
    def _current_point(view: QAbstractItemView) -> QPoint:
        """Where in the view's viewport its current row is (its top left when there is none)."""
        rect = view.visualRect(view.currentIndex())
        return rect.center() if rect.isValid() else QPoint(4, 4)

    def target_node(self) -> Node:
        """The node a sidebar menu was opened on, else the sidebar's current one."""
        if self.menu_node is not None:
            return self.menu_node
        sidebar = self.window.sidebar
        index = sidebar.currentIndex()
        return (
            self.window.sidebar_model.node_at(index) if index.isValid() else self.window.view.node
        )

    def sidebar_menu(self, position: QPoint) -> None:
        menu = self.build_sidebar_menu(self.window.sidebar.indexAt(position))
        if menu is not None:
            menu.exec(self.window.sidebar.viewport().mapToGlobal(position))
        self.menu_node = None

    def build_sidebar_menu(self, index: QModelIndex) -> QMenu | None:
        window = self.window
        node = index.data(NODE_ROLE) if index.isValid() else None
        self.menu_node = node
        if node is None or node.kind == "group":
            return None
        if node.key == "trash":
            return self._trash_node_menu(node)
        if node.kind not in ("tag", "queue"):
            if node.key == "duplicates":
                return None  # the view has menus of its own
            menu = self._view_node_menu(node)
            if node.kind == "source":
                menu.insertAction(menu.actions()[0], self.named["sidebar Rename"])
            return menu
        menu = QMenu(window)
        menu.addAction(self.named["sidebar Rename"])
        if node.kind == "tag":
            menu.addMenu(self._colour_menu(node, menu))
        if node.kind == "tag" or window.sidebar_model.smart_search(node.key) is None:
            menu.addAction(
                f"Merge into another {node.kind}…",
                lambda: window.node_actions.rename_node(node, merge=True),
            )
        library = window.library
        ids = (
            library.queue_ids(node.name)
            if node.kind == "queue"
            else library.query_ids(node.filter())
        )
        title = f"{node.kind.title()}: {node.name}"
        menu.addSeparator()
        menu.addAction(
            self.named["Export"].icon(),
            "Export…",
            lambda: window.file_actions.export_selection(ids, title=title),
        )
        menu.addAction("More like these…", lambda: window.more_like_these(ids, title))
        menu.addSeparator()
        menu.addAction(self.named["sidebar Delete"])
        return menu

    def _trash_node_menu(self, node: Node) -> QMenu:
        window = self.window
        menu = QMenu(window)
        ids = window.library.query_ids(node.filter())
        menu.addAction("Restore all", lambda: window.paper_actions.restore_ids(ids)).setEnabled(
            bool(ids)
        )
        menu.addAction(
            self.named["Export"].icon(),
            "Export these papers…",
            lambda: window.file_actions.export_selection(ids, title="Trash"),
        ).setEnabled(bool(ids))
        menu.addSeparator()
        menu.addAction(self.named["Empty Trash"])
        self.window.paper_actions.update_trash_actions()
        return menu

    def _colour_menu(self, node: Node, parent: QMenu) -> QMenu:
        """Zotero's tag colours by name, another from a colour dialog, or none."""
        nodes = self.window.node_actions
        menu = QMenu("Colour", parent)
        current = self.window.sidebar_model.tag_colour(node.name)
        for name, colour in TAG_COLOURS:
            action = QAction(colour_dot(colour), name, menu)
            action.setCheckable(True)
            action.setChecked(colour == current)
            action.triggered.connect(lambda _checked=False, c=colour: nodes.colour_tag(node, c))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction("Other colour…", lambda: nodes.colour_tag(node, None, ask=True))
        menu.addAction("No colour", lambda: nodes.colour_tag(node, None)).setEnabled(
            current is not None
        )
        return menu
