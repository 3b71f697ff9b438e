"""The big table: an ordered id list from one SQL query, rows fetched a page at a time."""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication

from papershelf.core.dates import partial_label as partial_date_label
from papershelf.core.textfmt import STATUS_LABELS, authors_short
from papershelf.gui.colours import dimmed_text, muted_text
from papershelf.library import Library
from papershelf.store.search import Filter

Index = QModelIndex | QPersistentModelIndex
IDS_MIME = "application/x-papershelf-ids"
# Custom roles always hold a value: a delegate that asks for an empty role gets None back through
# the binding, and PySide6 6.12.0 spends a reference to None on each such answer (issue 13).
PAPER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RATING_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 200  # rows whose cells are fetched together
ID_PAGE = 250  # ids of the first page: a few screens; scrolling past them fetches the rest
CACHE_LIMIT = 5000
# What QAbstractTableModel gives a cell (selectable, enabled, no children), and dragging and
# dropping (papers dragged onto a tag or a queue, or within a queue).
CELL_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemNeverHasChildren
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsDropEnabled
)


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    sort: str | None


COLUMNS = (
    Column("rating", "Rating", "rating"),
    Column("title", "Title", "title"),
    Column("authors", "Authors", "authors"),
    Column("date", "Date", "date"),
    Column("category", "Category", "category"),
    Column("status", "Status", "status"),
    Column("tags", "Tags", None),
    Column("added", "Added", "added"),
    # Last, so that saved header states keep their columns; the header shows it first.
    Column("position", "#", None),
)
FINISHED = frozenset({"read", "skimmed", "dropped"})
# Columns a first click sorts newest or best first, as Zotero's Date Added and mail clients'
# dates do (undated papers come last either way: store.search BLANK_LAST).
DESCENDING_FIRST = frozenset({"date", "added", "rating"})


def sort_column(key: str) -> int:
    """The column a sort key belongs to (-1: none)."""
    return next((n for n, column in enumerate(COLUMNS) if column.sort and column.sort == key), -1)


COLUMN = {column.key: number for number, column in enumerate(COLUMNS)}


def authors_cell(row: dict[str, Any]) -> str:
    return authors_short(row)  # the names as listed: "Argus, D. F." is one name, not two


def authors_tooltip(row: dict[str, Any]) -> str:
    names: list[str] = row["authors"]
    whole = ("; " if any("," in name for name in names) else ", ").join(names)
    return whole + " et al." if row["authors_truncated"] else whole


YEARLESS = " (year?)"
TYPE_IT = "Type the date in the detail pane."


def date_cell(row: dict[str, Any]) -> str:
    """The ISO date; a listing's date without a year as "Mar 4 (year?)", never a guessed year;
    a date that could not be read as the listing printed it."""
    if row["date"]:
        return str(row["date"])
    label = partial_date_label(row["date_partial"] or "")
    return label + YEARLESS if label else row["date_text"] or ""


def date_unsure(row: dict[str, Any]) -> bool:
    """A date shown without a year, or as printed: not one to cite."""
    return not row["date"] and bool(row["date_text"] or row["date_partial"])


def date_tooltip(row: dict[str, Any]) -> str:
    label = partial_date_label(row["date_partial"] or "")
    printed = row["date_text"] or label
    if label:
        year = "no year" if printed.strip() == label else "no whole year"  # "Nov 24 2"
        return f"The listing printed “{printed}”, with {year}; none is guessed. {TYPE_IT}"
    return f"The listing's date “{printed}” could not be read. {TYPE_IT}"


def tags_tooltip(row: dict[str, Any]) -> str:
    return f"Tags: {row['tags']}"


class PaperTableModel(QAbstractTableModel):
    """Holds ids only; `data()` fills a bounded cache from SQL the first time a row is seen."""

    # The ids dropped, after the reload that lost the selection, and whether the queue's order
    # changed (dropped where they were, it did not: nothing to say, nothing to undo).
    queue_reordered = Signal(list, bool)
    resorted = Signal()  # after a header click re-sorted the rows (the selection is lost)

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.spec = Filter()
        self.queue_order: str | None = None  # a plain queue shows in its own order
        self.queue_search: tuple[str, str] | None = None  # (search, sort) of a smart queue
        self.sort_key: str | None = None
        self.descending = False
        self.ids: list[int] = []
        self.positions: dict[int, int] = {}  # a queue's papers: their place in it, from 1
        self.complete = True
        self._rows: OrderedDict[int, dict[str, Any]] = OrderedDict()

    # -- what is shown ---------------------------------------------------------------------

    def set_filter(self, spec: Filter, *, queue_order: str | None = None) -> None:
        self.spec = spec
        self.queue_order = queue_order
        self.queue_search = self.library.queue_search(queue_order) if queue_order else None
        self.reload()

    def set_search(self, text: str) -> None:
        """Raises QueryError/SearchError before anything changes, so the view keeps its rows."""
        candidate = replace(self.spec, search=text)
        ids = self._query(candidate)
        self.spec = candidate
        self._reset(ids)

    def reload(self) -> None:
        self._reset(self._query(self.spec))

    def _query(self, spec: Filter, *, offset: int = 0) -> list[int]:
        """The first page of ids (or the next one, from `offset`); a queue comes whole."""
        if self.queue_order is None:
            return self.library.query_ids(
                spec,
                sort=self.sort_key or "added",
                descending=self.descending,
                limit=ID_PAGE,
                offset=offset,
            )
        if offset:
            return []
        # A queue (plain or smart) decides membership; the search narrows it; the order is the
        # queue's own until a column header is clicked.
        members = self.library.queue_ids(self.queue_order)
        self.positions = {paper_id: n for n, paper_id in enumerate(members, start=1)}
        narrowed = replace(spec, ids=members)
        if self.sort_key is not None:
            return self.library.query_ids(narrowed, sort=self.sort_key, descending=self.descending)
        wanted = set(self.library.query_ids(narrowed))
        return [i for i in members if i in wanted]

    def all_ids(self) -> list[int]:
        """Every paper of the view in its order, loaded or not (for export and select-all)."""
        if self.complete:
            return list(self.ids)
        return self.library.query_ids(
            self.spec, sort=self.sort_key or "added", descending=self.descending
        )

    def total(self) -> int:
        return len(self.ids) if self.complete else self.library.count(self.spec)

    def _reset(self, ids: list[int]) -> None:
        self.beginResetModel()
        self.ids = ids
        self.complete = self.queue_order is not None or len(ids) < ID_PAGE
        self._rows.clear()
        self.endResetModel()

    # Rows beyond the first page arrive as the view scrolls (Qt's fetch-more protocol), so a
    # search over 100k papers shows its first rows without listing every match first.
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """The rest of the view in one query: scrolling past the first page, or End, lands."""
        if parent.isValid() or self.complete:
            return
        more = self.library.query_ids(
            self.spec,
            sort=self.sort_key or "added",
            descending=self.descending,
            limit=-1,
            offset=len(self.ids),
        )
        self.complete = True
        if more:
            self.beginInsertRows(QModelIndex(), len(self.ids), len(self.ids) + len(more) - 1)
            self.ids.extend(more)
            self.endInsertRows()

    def membership(self) -> Filter:
        """What selects the papers on view, queue membership included."""
        if self.queue_order is None:
            return self.spec
        if self.queue_search is not None:
            return replace(self.spec, search=f"{self.queue_search[0]} {self.spec.search}")
        return replace(self.spec, queue=self.queue_order)

    def recheck(self, paper_ids: Collection[int]) -> bool:
        """Drop the rows of touched papers the view no longer selects; False (nothing
        changed) when a touched paper now belongs to the view and is not shown."""
        if not paper_ids:
            return True
        belong = self.library.which_match(self.membership(), list(paper_ids))
        shown = self.rows_of(paper_ids)
        if belong - shown.keys():
            return False
        gone = sorted((r for i, r in shown.items() if i not in belong), reverse=True)
        for row in gone:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._rows.pop(self.ids.pop(row), None)
            self.endRemoveRows()
        if gone and self.queue_order is not None:
            self._renumber()
        return True

    def _renumber(self) -> None:
        """A queue's # again from 1 without a gap, after papers left it (trashed, removed):
        trial 6 read 1 2 3 4 6 7 with the fifth in the Trash."""
        members = self.library.queue_ids(self.queue_order or "")
        self.positions = {paper_id: n for n, paper_id in enumerate(members, start=1)}
        if self.ids:
            column = COLUMN["position"]
            self.dataChanged.emit(self.index(0, column), self.index(len(self.ids) - 1, column))

    def refresh_rows(self, paper_ids: set[int] | None = None) -> None:
        """Repaint changed papers without re-querying the order: dataChanged for their rows only."""
        last_column = len(COLUMNS) - 1
        if paper_ids is None:
            self._rows.clear()
            if self.ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, last_column))
            return
        for paper_id in paper_ids:
            self._rows.pop(paper_id, None)
        for row in self.rows_of(paper_ids).values():
            self.dataChanged.emit(self.index(row, 0), self.index(row, last_column))

    def rows_of(self, paper_ids: Collection[int]) -> dict[int, int]:
        """The rows of those of these (few) papers that are on view: list.index runs in C,
        where a Python loop over the 60k rows of a broad smart queue took 20 ms."""
        rows = {}
        for paper_id in paper_ids:
            with contextlib.suppress(ValueError):
                rows[paper_id] = self.ids.index(paper_id)
        return rows

    # -- typed answers for delegates (paint paths never round-trip an empty QVariant) -------

    def paper_id_at(self, row: int) -> int:
        return self.ids[row]

    def rating_at(self, row: int) -> int:
        """0 to 5 stars; 0 for a row outside the view or one whose paper has just gone."""
        if not 0 <= row < len(self.ids):
            return 0
        cached = self._row(row)
        return int(cached["rating"] or 0) if cached is not None else 0

    # -- Qt's model interface --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            first = COLUMNS[section].key in DESCENDING_FIRST
            return (Qt.SortOrder.DescendingOrder if first else Qt.SortOrder.AscendingOrder).value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Qt asks for every cell of every highlighted row at each change of the highlight
        # (9 x 5 000 calls a Shift+PageDown, trial 12): a cell's flags are one constant.
        if index.isValid() and index.row() < len(self.ids):
            return CELL_FLAGS
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        paper_id = self.ids[index.row()]
        if role == PAPER_ID_ROLE:
            return paper_id
        if role == RATING_ROLE:
            return self.rating_at(index.row())
        row = self._row(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "position":
                return str(self.positions.get(paper_id, "")) if self.queue_order else ""
            return self._display(row, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "position":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        if role == Qt.ItemDataRole.FontRole and self._italic(row, key):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _tooltip(row: dict[str, Any], key: str) -> str | None:
        if key == "title":
            return str(row["title"])
        if key == "authors":
            return authors_tooltip(row)
        if key == "date" and date_unsure(row):
            return date_tooltip(row)
        if key == "tags" and row["tags"]:
            return tags_tooltip(row)
        return None

    @staticmethod
    def _italic(row: dict[str, Any], key: str) -> bool:
        """A placeholder title, a date without its year: shown, but plainly not the real one."""
        if key == "title":
            return bool(row["title_placeholder"])
        return key == "date" and date_unsure(row)

    def _foreground(self, row: dict[str, Any], key: str) -> Any:
        if self._dimmed(row):
            return dimmed_text(QGuiApplication.palette())
        if key == "date" and date_unsure(row):
            return muted_text(QGuiApplication.palette())
        return None

    def _dimmed(self, row: dict[str, Any]) -> bool:
        """In a queue, papers already read (or skimmed, dropped) step back."""
        return self.queue_order is not None and row["status"] in FINISHED

    @staticmethod
    def _display(row: dict[str, Any], key: str) -> Any:
        if key == "rating":
            return None  # painted by the star delegate
        if key == "authors":
            return authors_cell(row)
        if key == "date":
            return date_cell(row)
        if key == "status":
            return STATUS_LABELS[row["status"]]
        if key == "added":
            return row["added"][:10]
        if key == "title" and row["needs_review"]:
            return "⚑ " + row["title"]
        return row[key] or ""

    def _row(self, number: int) -> dict[str, Any] | None:
        paper_id = self.ids[number]
        row = self._rows.get(paper_id)
        if row is None:
            start = (number // PAGE) * PAGE
            page = self.ids[start : start + PAGE]
            self._rows.update(self.library.table_rows(page))
            while len(self._rows) > CACHE_LIMIT:
                self._rows.popitem(last=False)
            row = self._rows.get(paper_id)
        return row

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:  # Qt's "no column": the view's own order stays
            return
        if COLUMNS[column].key == "position":  # the queue's own order
            self.clear_sort()
            self.reload()
            self.resorted.emit()
            return
        key = COLUMNS[column].sort
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
        self.resorted.emit()

    def clear_sort(self) -> None:
        self.sort_key = None
        self.descending = False

    # -- drag and drop ---------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = list(dict.fromkeys(self.ids[i.row()] for i in indexes if i.isValid()))
        mime = QMimeData()
        mime.setData(IDS_MIME, ",".join(map(str, ids)).encode())
        return mime

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if self.queue_order is None or self.sort_key is not None or not data.hasFormat(IDS_MIME):
            return False
        return not self.library.is_smart_queue(self.queue_order)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Reorder a queue: the dropped papers land before the row they were dropped on."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = ids_from_mime(data)
        target = row if row >= 0 else parent.row() if parent.isValid() else len(self.ids)
        order = self.library.queue_ids(self.queue_order or "")
        before = self.ids[target] if target < len(self.ids) else None
        rest = [i for i in order if i not in ids]
        position = rest.index(before) + 1 if before in rest else len(rest) + 1
        self.library.move_in_queue(self.queue_order or "", ids, position)
        moved = self.library.queue_ids(self.queue_order or "") != order
        self.reload()
        self.queue_reordered.emit(ids, moved)
        return False  # we moved the rows ourselves; the view must not delete the source rows


def ids_from_mime(data: QMimeData) -> list[int]:
    raw = bytes(data.data(IDS_MIME).data()).decode()
    return [int(part) for part in raw.split(",") if part]
