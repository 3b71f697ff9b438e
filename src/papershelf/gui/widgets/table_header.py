"""The table's header as in Zotero: Title takes the room the other columns leave (and can
still be dragged wider), a sort arrow on the sorted column, a column chooser on right-click."""

from __future__ import annotations

import math

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from papershelf.gui.models.paper_table import COLUMN, COLUMNS

TITLE_MIN = 160
# Where the window is too narrow for every column at its width, these give up room (down to
# these widths, in proportion to what they can spare) before the table scrolls sideways: a
# 1024 px window keeps every column in sight, five stars, a date and a status badge whole.
SHRINKABLE = {"authors": 60, "tags": 56, "status": 66, "date": 78, "rating": 96}
ALWAYS_SHOWN = frozenset({"title"})
QUEUE_ONLY = frozenset({"position"})  # shown in a queue view only, not offered in the chooser
# Hidden while every paper of a (small) view leaves them blank, as Hugging Face listings leave
# authors and dates; shown again in a view that fills them, unless the reader hid them.
HIDE_WHEN_EMPTY = ("authors", "date", "category")


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
        self.preferred: dict[int, int] = {}  # the width each column has when there is room
        self.auto_hidden: set[int] = set()  # columns hidden because the view leaves them blank

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit_title()
        return False

    def _other_resized(self, section: int, _old: int, new: int) -> None:
        if section != COLUMN["title"] and not self._fitting:
            self.preferred[section] = new  # dragged by the reader, or restored
            self.fit_title()

    def remember_widths(self) -> None:
        """The current widths are the ones wanted (after the header's state was restored)."""
        self.preferred = {n: self.header.sectionSize(n) for n in range(self.header.count())}
        self.fit_title()

    def fit_title(self) -> None:
        """Title gets what the visible columns leave of the viewport (never below TITLE_MIN);
        in a narrow window Authors and Tags give up some of their width to it first."""
        header = self.header
        title = COLUMN["title"]
        visible = [n for n in range(header.count()) if n != title and not header.isSectionHidden(n)]
        widths = {n: self.preferred.setdefault(n, header.sectionSize(n)) for n in visible}
        short = TITLE_MIN - (self.table.viewport().width() - sum(widths.values()))
        spare = {
            n: max(0, widths[n] - SHRINKABLE[key])
            for key, n in COLUMN.items()
            if key in SHRINKABLE and n in widths
        }
        spared = sum(spare.values())
        if short > 0 and spared:
            share = min(1.0, short / spared)
            for n, room in spare.items():
                widths[n] -= math.ceil(room * share)  # never a pixel short: no sideways scroll
        self._fitting = True
        for n, width in widths.items():
            if header.sectionSize(n) != width:
                header.resizeSection(n, width)
        room = self.table.viewport().width() - sum(widths.values())
        header.resizeSection(title, max(TITLE_MIN, room))
        self._fitting = False

    def hide_empty(self, filled: set[str] | None) -> None:
        """Hide the HIDE_WHEN_EMPTY columns the view leaves blank (`filled` None: unknown, a
        view too large to check, so every column the reader chose is shown)."""
        for key in HIDE_WHEN_EMPTY:
            number = COLUMN[key]
            empty = filled is not None and key not in filled
            if empty and not self.header.isSectionHidden(number):
                self.header.setSectionHidden(number, True)
                self.auto_hidden.add(number)
            elif not empty and number in self.auto_hidden:
                self.header.setSectionHidden(number, False)
                self.auto_hidden.discard(number)
        self.fit_title()

    def saved_state(self) -> QByteArray:
        """The header as the reader set it: columns hidden for a blank view shown, and the
        widths wanted, not those a narrow window left."""
        header = self.header
        self._fitting = True
        for number in self.auto_hidden:
            header.setSectionHidden(number, False)
        for number, width in self.preferred.items():
            if number != COLUMN["title"]:
                header.resizeSection(number, width)
        state = header.saveState()
        for number in self.auto_hidden:
            header.setSectionHidden(number, True)
        self._fitting = False
        self.fit_title()
        return state

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
        self.auto_hidden.discard(number)  # the reader's choice from here on
        self.header.setSectionHidden(number, not shown)
        self.fit_title()

    def show_menu(self, position: QPoint) -> None:
        self.build_menu().exec(self.header.mapToGlobal(position))
