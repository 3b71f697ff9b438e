"""The table's header as in Zotero: Title takes the room the other columns leave (and can
still be dragged wider), a sort arrow on the sorted column, a column chooser on right-click."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from papershelf.gui.models.paper_table import COLUMN, COLUMNS

TITLE_MIN = 180
ALWAYS_SHOWN = frozenset({"title"})
QUEUE_ONLY = frozenset({"position"})  # shown in a queue view only, not offered in the chooser


class TableHeader(QObject):
    """Owns the header's behaviour; the table keeps its plain QHeaderView."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        header = self.header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(36)
        header.sortIndicatorChanged.connect(lambda *_: header.setSortIndicatorShown(True))
        header.sectionResized.connect(self._other_resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.show_menu)
        table.viewport().installEventFilter(self)
        self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit_title()
        return False

    def _other_resized(self, section: int, _old: int, _new: int) -> None:
        if section != COLUMN["title"] and not self._fitting:
            self.fit_title()

    def fit_title(self) -> None:
        """Title gets what the visible columns leave of the viewport (never below TITLE_MIN)."""
        header = self.header
        others = sum(
            header.sectionSize(n)
            for n in range(header.count())
            if n != COLUMN["title"] and not header.isSectionHidden(n)
        )
        room = self.table.viewport().width() - others
        self._fitting = True
        header.resizeSection(COLUMN["title"], max(TITLE_MIN, room))
        self._fitting = False

    def set_queue_view(self, queue: bool) -> None:
        for key in QUEUE_ONLY:
            self.header.setSectionHidden(COLUMN[key], not queue)
        self.fit_title()

    def build_menu(self) -> QMenu:
        """Checkable column names: unticking one hides it (remembered with the header)."""
        menu = QMenu(self.table)
        for number, column in enumerate(COLUMNS):
            if column.key in QUEUE_ONLY:
                continue
            action = QAction(column.title, menu)
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(number))
            action.setEnabled(column.key not in ALWAYS_SHOWN)
            action.toggled.connect(lambda shown, n=number: self.show_column(n, shown))
            menu.addAction(action)
        return menu

    def show_column(self, number: int, shown: bool) -> None:
        self.header.setSectionHidden(number, not shown)
        self.fit_title()

    def show_menu(self, position: QPoint) -> None:
        self.build_menu().exec(self.header.mapToGlobal(position))
