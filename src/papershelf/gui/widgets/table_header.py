"""The table's header as in Zotero: Title takes the room the other columns leave (and can be
dragged wider or narrower by its border: the others give up room, or take what it leaves), a
sort arrow on the sorted column, a column chooser on right-click.

Who gives way, when the table is short of room: the minor columns (Rating, Tags, Date, Status,
Added) first, down to their least widths, so that Title has its share; Authors keeps its width
for that share and gives way only to keep Title at TITLE_MIN (or to a Title the reader dragged
wider), and never below a first author's name whole; a width the reader dragged is kept for
Title's share. Where even that is too wide, Added steps aside (and Date, in a queue at 1024 px;
never outside a queue), then the table scrolls sideways:
a scroll bar rather than an unreadable column (trial 5: Authors at 60 px, "Samy…")."""

from __future__ import annotations

import math

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from papershelf.gui.delegates.chips import status_width, tags_least_width
from papershelf.gui.delegates.dates import SHORT_YEARLESS
from papershelf.gui.delegates.stars import STARS_CELL_WIDTH
from papershelf.gui.models.paper_table import COLUMN, COLUMNS, YEARLESS

TITLE_MIN = 160
TITLE_SHARE = 0.4  # of the table's width, where the other columns can make room for it
# Where the window is too narrow for every column at its width, these give up room (down to
# these widths, in proportion to what they can spare) before the table scrolls sideways: a
# 1024 px window keeps every column in sight, five stars, a date and a status badge whole.
SHRINKABLE = {"authors": 90, "tags": 56, "status": 66, "date": 78, "added": 78}
# Authors' least width: a first author's forename and surname whole (four in five of the
# seeds' first authors), rather than "Samy…".
AUTHOR_NAME = "Yoshua Bengio"
GIVES_WAY_LAST = frozenset({"authors"})
ALWAYS_SHOWN = frozenset({"title"})
# Where even the shrunk columns leave Title too little, these step aside, in this order: at
# 1024 px Added does in All papers, and Date as well in a queue, whose # column needs room.
# Outside a queue Date stays and the table scrolls sideways by what it still lacks (trial 11:
# Rating and Tags both shown at 1024 px, Date went too, 12 px short).
STEPS_ASIDE = ("added", "date")
STEPS_ASIDE_IN_A_QUEUE_ONLY = frozenset({"date"})
QUEUE_ONLY = frozenset({"position"})  # shown in a queue view only, not offered in the chooser
# Hidden while every paper of a (small) view leaves them blank, as Hugging Face listings leave
# authors and dates and a fresh library has no ratings or tags; shown again as soon as a paper
# of the view fills them, unless the reader hid them. A column the reader ticked in the
# chooser stays shown even when blank ("pinned").
HIDE_WHEN_EMPTY = ("rating", "authors", "date", "category", "tags")
TEXT_MARGINS = 10  # a plain cell's text margins, both sides, with a pixel or two to spare
LONGEST_DATE = "2026-12-31"
LONGEST_YEARLESS = "Sep 30" + YEARLESS
SHORTEST_YEARLESS = "Sep 30" + SHORT_YEARLESS  # the form a narrow column shows


def fitted_widths(font: QFont) -> dict[str, int]:
    """Status, Date and Added as wide as what they show, in the table's font: the longest
    badge whole, a full date and a date without its year (in italics) whole."""
    italic = QFont(font)
    italic.setItalic(True)
    date = max(
        QFontMetrics(font).horizontalAdvance(LONGEST_DATE),
        QFontMetrics(italic).horizontalAdvance(LONGEST_YEARLESS),
    )
    added = QFontMetrics(font).horizontalAdvance(LONGEST_DATE) + TEXT_MARGINS
    return {"status": status_width(QFontMetrics(font)), "date": date + TEXT_MARGINS, "added": added}


def rating_width(header: QHeaderView) -> int:
    """Rating as wide as its five stars, or its header (with a sort arrow) where wider: a
    fixed 100 px took some ten more than either needs (trial 12). Its least width too."""
    return max(STARS_CELL_WIDTH, header.sectionSizeHint(COLUMN["rating"]))


def least_widths(font: QFont) -> dict[str, int]:
    """SHRINKABLE, where the table's font needs more: a status badge and a full date whole,
    a tag's first letters beside "+N",
    and a date without its year in its short form ("Mar 4 ?", DateDelegate); in full it
    would scroll the table sideways at 1024 px with every column shown."""
    italic = QFont(font)
    italic.setItalic(True)
    full_date = TEXT_MARGINS + max(
        QFontMetrics(font).horizontalAdvance(LONGEST_DATE),
        QFontMetrics(italic).horizontalAdvance(SHORTEST_YEARLESS),
    )
    status = status_width(QFontMetrics(font))
    author = QFontMetrics(font).horizontalAdvance(AUTHOR_NAME) + TEXT_MARGINS
    return {
        **SHRINKABLE,
        "authors": max(SHRINKABLE["authors"], author),
        "status": max(SHRINKABLE["status"], status),
        "tags": max(SHRINKABLE["tags"], tags_least_width(QFontMetrics(font))),
        "date": max(SHRINKABLE["date"], full_date),
    }


class TableHeader(QObject):
    """Owns the header's behaviour; the table keeps its plain QHeaderView."""

    # The table's scroll bar came or went (a longer or shorter view) and the viewport changed
    # width while the table did not: the window shares its room out again, the sidebar giving
    # way before a column steps aside (trial 11). Not sent for a splitter dragged: the reader's.
    scroll_bar_toggled = Signal()

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        header = self.header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(36)
        # Where the columns at their least are wider than the table, it scrolls by the few
        # pixels it lacks, not by a whole column at a time.
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header.sortIndicatorChanged.connect(lambda *_: header.setSortIndicatorShown(True))
        header.sectionResized.connect(self._resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.show_menu)
        table.viewport().installEventFilter(self)
        self._header_viewport = header.viewport()  # kept: asked while the window goes, it is gone
        self._header_viewport.installEventFilter(self)
        self.least = least_widths(table.font()) | {"rating": rating_width(header)}
        self.fitted = fitted_widths(table.font())
        self._fitting = False
        self._pressed = False  # the mouse is down on the header: a width set is the reader's
        self.title_wanted: int | None = None  # the width the reader dragged Title to
        self.preferred: dict[int, int] = {}  # the width each column has when there is room
        self.auto_hidden: set[int] = set()  # columns hidden because the view leaves them blank
        self.dragged: set[int] = set()  # columns the reader dragged to a width this session
        self.narrow_hidden: set[int] = set()  # STEPS_ASIDE hidden while the window is too narrow
        self.pinned: set[str] = set()  # HIDE_WHEN_EMPTY columns the reader asked for: never hidden
        self._table_width = self._viewport_width = 0  # as last seen (_scroll_bar_came_or_went)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._header_viewport:
            if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
                self._pressed = True
            elif kind == QEvent.Type.MouseButtonRelease:
                self._pressed = False
        elif kind == QEvent.Type.Resize:
            self.fit_title()
            if watched is self.table.viewport() and self._scroll_bar_came_or_went():
                self.scroll_bar_toggled.emit()
        return False

    def _scroll_bar_came_or_went(self) -> bool:
        table, viewport = self.table.width(), self.table.viewport().width()
        toggled = table == self._table_width and viewport != self._viewport_width
        self._table_width, self._viewport_width = table, viewport
        return toggled

    def _resized(self, section: int, old: int, new: int) -> None:
        if self._fitting or 0 in (old, new) or self.header.isSectionHidden(section):
            return  # a column hidden (width 0) or shown again (the width fitted when it went)
        if section == COLUMN["title"]:
            if self._pressed:
                self._title_dragged(new)
            return
        self.preferred[section] = new  # dragged by the reader, or restored
        if self._pressed:
            self.dragged.add(section)  # the width the reader wants: kept where it can be
            if self.title_wanted is not None:  # Title gives the room taken, takes the room left
                title = self.header.sectionSize(COLUMN["title"])
                self.title_wanted = max(TITLE_MIN, title - (new - old))
        self.fit_title()

    def _title_dragged(self, width: int) -> None:
        """The reader drags Title's border: wider, the others give up room; narrower, the
        columns that gave way get theirs back and the column after Title takes the rest."""
        self.title_wanted = max(TITLE_MIN, width)
        others = self._visible_others()
        wanted = sum(self.preferred.setdefault(n, self.header.sectionSize(n)) for n in others)
        left = self.table.viewport().width() - wanted - self.title_wanted
        neighbour = self._neighbour()
        if left > 0 and neighbour is not None:
            self.preferred[neighbour] += left
        self.fit_title()

    def _visible_others(self) -> list[int]:
        title = COLUMN["title"]
        header = self.header
        return [n for n in range(header.count()) if n != title and not header.isSectionHidden(n)]

    def _neighbour(self) -> int | None:
        """The visible column after Title on screen (before it, where Title is the last)."""
        header = self.header
        shown = [
            header.logicalIndex(v)
            for v in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(v))
        ]
        place = shown.index(COLUMN["title"])
        after = shown[place + 1 :] or shown[:place][-1:]
        return after[0] if after else None

    def remember_widths(self) -> None:
        """The current widths are the ones wanted (after the header's state was restored);
        Status and Date at least as wide as they need (a state saved before they fitted)."""
        header = self.header
        # A hidden column's width reads 0: it is taken as it comes back (fit_title).
        self.preferred = {
            n: header.sectionSize(n) for n in range(header.count()) if not header.isSectionHidden(n)
        }
        for key, width in self.fitted.items():
            if COLUMN[key] in self.preferred:
                self.preferred[COLUMN[key]] = max(self.preferred[COLUMN[key]], width)
        self.auto_hidden.clear()  # the restored state is the reader's; fitted again below
        self.narrow_hidden.clear()
        self.fit_title()

    def fit_title(self) -> None:
        """Title gets what the visible columns leave of the viewport. The minor columns give
        up room (down to their least widths, in proportion to what they can spare) so that
        Title has TITLE_SHARE of the table, except those the reader dragged; for the width
        the reader dragged Title to, and in a narrow window so that Title keeps TITLE_MIN,
        every column does, Authors last. Short even so, the table scrolls sideways."""
        header = self.header
        title = COLUMN["title"]
        self._fit_added()
        visible = self._visible_others()
        widths = {n: self.preferred.setdefault(n, header.sectionSize(n)) for n in visible}
        viewport = self.table.viewport().width()
        share = max(TITLE_MIN, int(viewport * TITLE_SHARE))
        last = {COLUMN[key] for key in GIVES_WAY_LAST}
        if self.title_wanted is None:
            self._give_way(widths, share - (viewport - sum(widths.values())), self.dragged | last)
        else:
            self._make_room(widths, self.title_wanted)
        self._make_room(widths, TITLE_MIN)
        self._fitting = True
        for n, width in widths.items():
            if header.sectionSize(n) != width:
                header.resizeSection(n, width)
        room = viewport - sum(widths.values())
        header.resizeSection(title, max(TITLE_MIN, room))
        self._fitting = False

    def _make_room(self, widths: dict[int, int], title: int) -> None:
        """Leave Title `title` pixels: the minor columns give way first, Authors after them."""
        viewport = self.table.viewport().width()
        for kept in ({COLUMN[key] for key in GIVES_WAY_LAST}, set()):
            self._give_way(widths, title - (viewport - sum(widths.values())), kept)

    def _give_way(self, widths: dict[int, int], short: int, kept: set[int]) -> None:
        """Narrow the shrinkable columns (not those `kept`) by `short` pixels in all."""
        spare = {
            n: max(0, widths[n] - self.least[key])
            for key, n in COLUMN.items()
            if key in self.least and n in widths and n not in kept
        }
        spared = sum(spare.values())
        if short > 0 and spared:
            part = min(1.0, short / spared)
            for n, room in spare.items():
                widths[n] -= math.ceil(room * part)  # never a pixel short: no sideways scroll

    def _least_width(self, number: int) -> int:
        least = self.least.get(COLUMNS[number].key)
        if number not in self.preferred and self.header.isSectionHidden(number):
            return least or self.header.minimumSectionSize()  # its width reads 0 while hidden
        preferred = self.preferred.setdefault(number, self.header.sectionSize(number))
        return min(preferred, least or preferred)

    def least_total(self) -> int:
        """The width every column the reader wants needs at the least (Added included, even
        where it stepped aside): what a narrow table asks of its neighbours."""
        header = self.header
        wanted = [
            n
            for n in range(header.count())
            if n != COLUMN["title"] and (not header.isSectionHidden(n) or n in self.narrow_hidden)
        ]
        return sum(self._least_width(n) for n in wanted) + TITLE_MIN

    def _fit_added(self) -> None:
        """STEPS_ASIDE, in order, step aside where even the shrunk columns leave Title too
        little (a 1024 px window whose papers fill every column: Added; a queue there, its #
        column too: Date as well), and return, the last first, when the window grows again."""
        if not self.table.isVisible():
            return  # a window not shown yet has no width to go by
        header, title = self.header, COLUMN["title"]
        queue = not header.isSectionHidden(COLUMN["position"])
        candidates = [
            COLUMN[key]
            for key in STEPS_ASIDE
            if not header.isSectionHidden(COLUMN[key]) or COLUMN[key] in self.narrow_hidden
        ]  # not those the reader hid, nor those hidden for a blank view
        # Date aside in a queue comes back in All papers, whatever the width.
        movable = [
            n for n in candidates if queue or COLUMNS[n].key not in STEPS_ASIDE_IN_A_QUEUE_ONLY
        ]
        others = [
            n
            for n in range(header.count())
            if n != title
            and n not in movable
            and (not header.isSectionHidden(n) or n in candidates)
        ]  # Date, aside in a queue, counted as it comes back
        need = sum(self._least_width(n) for n in [*others, *movable]) + TITLE_MIN
        viewport = self.table.viewport().width()
        aside = set()
        for number in movable:
            if need <= viewport:
                break
            aside.add(number)
            need -= self._least_width(number)
        # Noted first: hiding one can resize the viewport and fit the title again, inside.
        self.narrow_hidden.difference_update(candidates)
        self.narrow_hidden.update(aside)
        fitting, self._fitting = self._fitting, True
        for number in candidates:
            if header.isSectionHidden(number) != (number in aside):
                header.setSectionHidden(number, number in aside)
        self._fitting = fitting

    def hide_empty(self, filled: set[str] | None) -> None:
        """Hide the HIDE_WHEN_EMPTY columns the view leaves blank (`filled` None: unknown, a
        view too large to check, so every column the reader chose is shown)."""
        for key in HIDE_WHEN_EMPTY:
            number = COLUMN[key]
            empty = filled is not None and key not in filled and key not in self.pinned
            if empty and number in self.narrow_hidden:  # blank here: hidden for that, not width
                self.narrow_hidden.discard(number)
                self.auto_hidden.add(number)
                continue
            if empty and not self.header.isSectionHidden(number):
                self.header.setSectionHidden(number, True)
                self.auto_hidden.add(number)
            elif not empty and number in self.auto_hidden:
                self.header.setSectionHidden(number, False)
                self.auto_hidden.discard(number)
        self.fit_title()

    def show_filled(self, filled: set[str]) -> None:
        """Bring back the columns a change has just filled (a paper rated, tagged), without
        hiding any: a column never vanishes under the mouse that has just emptied it."""
        back = [COLUMN[key] for key in filled if COLUMN.get(key) in self.auto_hidden]
        for number in back:
            self.header.setSectionHidden(number, False)
            self.auto_hidden.discard(number)
        if back:
            self.fit_title()

    def show_default_order(self, *, queue: bool) -> None:
        """The arrow on the column whose order the view has before any click: a queue's own
        order (#), else the order papers were added in. Set without re-sorting."""
        header = self.header
        column = COLUMN["position" if queue else "added"]
        blocked = header.blockSignals(True)
        header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
        header.blockSignals(blocked)
        header.setSortIndicatorShown(True)
        header.viewport().update()

    def saved_state(self) -> QByteArray:
        """The header as the reader set it: columns hidden for a blank view shown, and the
        widths wanted, not those a narrow window left."""
        header = self.header
        self._fitting = True
        for number in self.auto_hidden | self.narrow_hidden:
            header.setSectionHidden(number, False)
        for number, width in self.preferred.items():
            if number != COLUMN["title"]:
                header.resizeSection(number, width)
        # Without the arrow: restoring it would sort once more, and every view starts in its
        # own order anyway (show_default_order).
        section, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        blocked = header.blockSignals(True)
        header.setSortIndicator(-1, order)
        state = header.saveState()
        header.setSortIndicator(section, order)
        header.blockSignals(blocked)
        for number in self.auto_hidden | self.narrow_hidden:
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
        menu.setToolTipsVisible(True)
        for number, column in enumerate(COLUMNS):
            if column.key in QUEUE_ONLY:
                continue
            action = QAction(column.title, menu)
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(number))
            action.setEnabled(column.key not in ALWAYS_SHOWN)
            if number in self.auto_hidden:
                action.setToolTip("Blank for every paper here; tick to show it anyway")
            action.toggled.connect(lambda shown, n=number: self.show_column(n, shown))
            menu.addAction(action)
        return menu

    def show_column(self, number: int, shown: bool) -> None:
        self.auto_hidden.discard(number)  # the reader's choice from here on
        self.narrow_hidden.discard(number)
        key = COLUMNS[number].key
        if key in HIDE_WHEN_EMPTY:
            (self.pinned.add if shown else self.pinned.discard)(key)
        self.header.setSectionHidden(number, not shown)
        self.fit_title()

    def show_menu(self, position: QPoint) -> None:
        self.build_menu().exec(self.header.mapToGlobal(position))
