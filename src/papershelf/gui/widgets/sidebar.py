"""The sidebar: library views, statuses, queues, tags and sources, each with a count."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from papershelf.core.sources import source_labels, source_tooltip
from papershelf.gui.colours import GRAPHIC_CONTRAST, readable
from papershelf.gui.models.paper_table import IDS_MIME, ids_from_mime
from papershelf.library import Library
from papershelf.store.search import Filter

PROGRESS_GREEN = "#3c9d5d"
BAR_HEIGHT = 6  # a queue's progress bar: readable at a glance, not a hairline
NODE_ROLE = Qt.ItemDataRole.UserRole + 10  # every item holds its Node, so asking never gets None
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 11  # (read, total), set on queues only
COUNT_GAP = 8  # pixels between a name and its count


@dataclass(frozen=True)
class Node:
    key: str  # stable across restarts: "all", "status:read", "tag:vision", "queue:thesis"…
    kind: str  # "view", "status", "queue", "tag", "source", "group"
    name: str = ""
    source_id: int | None = None

    def filter(self) -> Filter:
        if self.kind == "status":
            return Filter(status=self.name)
        if self.kind == "tag":
            return Filter(tags=[self.name])
        if self.kind == "queue":
            return Filter()  # the table takes membership and order from the queue itself
        if self.kind == "source":
            return Filter(source_id=self.source_id)
        if self.key == "review":
            return Filter(needs_review=True)
        if self.key == "trash":
            return Filter(trash=True)
        if self.key == "inbox":
            return Filter(status="new")
        if self.key == "duplicates":
            # Its groups take the table's place; the hidden table holds nothing that an undo,
            # a refresh or a key could highlight and the detail pane then show.
            return Filter(ids=[])
        return Filter()


STATUS_NODES = (
    ("to-read", "To read"),
    ("reading", "Reading"),
    ("read", "Read"),  # read or skimmed, as status:read searches
    ("skimmed", "Skimmed"),
    ("dropped", "Dropped"),
)


class SidebarModel(QStandardItemModel):
    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self._duplicates: int | None = None  # groups found at the last look (None: not yet)
        self._progress: dict[str, tuple[int, int]] = {}  # queue node key -> (read, total)
        self._items: dict[str, QStandardItem] = {}  # node key -> its row
        self._labels: dict[str, str] = {}  # node key -> its name without the count
        self._smart: dict[str, str] = {}  # smart queue node key -> its search
        self._colours: dict[str, str] = {}  # casefolded tag name -> the colour it was given
        self.rebuild()

    def node_at(self, index: QModelIndex | QPersistentModelIndex) -> Node:
        """The node of a valid index (NODE_ROLE is set on every item, so this is never None)."""
        node: Node = index.data(NODE_ROLE)
        return node

    def progress_at(self, index: QModelIndex | QPersistentModelIndex) -> tuple[int, int] | None:
        """(read, total) of a queue row, from Python: asking PROGRESS_ROLE of any other row would
        bring an empty QVariant back through the binding at every repaint, and PySide6 6.12.0
        spends a reference to None on each (issue 13)."""
        return self._progress.get(self.node_at(index).key)

    def _item(self, label: str, node: Node, count: int | None = None) -> QStandardItem:
        item = QStandardItem(f"{label}  ({count})" if count is not None else label)
        item.setData(node, NODE_ROLE)
        item.setEditable(False)
        item.setDropEnabled(node.kind in ("tag", "queue"))
        item.setDragEnabled(False)
        item.setToolTip(label)  # the whole name, where a narrow sidebar shortens it
        self._items[node.key] = item
        self._labels[node.key] = label
        return item

    def rebuild(self) -> None:
        """Every row again, with counts from the library's counts (see Library.counts)."""
        self.clear()
        self._progress.clear()
        self._items.clear()
        self._labels.clear()
        self._smart.clear()
        root = self.invisibleRootItem()
        lib = self.library
        self._colours = {name.casefold(): colour for name, colour in lib.tag_colours().items()}
        counts = lib.counts()
        root.appendRow(self._item("All papers", Node("all", "view"), _count_of("all", counts)))
        root.appendRow(self._item("Inbox", Node("inbox", "view"), _count_of("inbox", counts)))
        for status, label in STATUS_NODES:
            key = f"status:{status}"
            root.appendRow(self._item(label, Node(key, "status", status), _count_of(key, counts)))
        root.appendRow(
            self._item("Needs review", Node("review", "view"), _count_of("review", counts))
        )
        queues = self._item("Queues", Node("group:queues", "group"))
        for queue in lib.queues():
            node = Node(f"queue:{queue['name']}", "queue", str(queue["name"]))
            item = self._item(str(queue["name"]), node)
            if queue["kind"] == "smart":
                self._smart[node.key] = str(queue["query"])
            self._show_progress(node.key, int(queue["read"]), int(queue["papers"]))
            queues.appendRow(item)
        root.appendRow(queues)
        tags = self._item("Tags", Node("group:tags", "group"))
        for name in lib.all_tag_names():
            key = f"tag:{name}"
            item = self._item(name, Node(key, "tag", name), _count_of(key, counts))
            colour = self.tag_colour(name)
            if colour is not None:
                item.setIcon(colour_dot(colour))
            tags.appendRow(item)
        root.appendRow(tags)
        sources = self._item("Sources", Node("group:sources", "group"))
        listed = lib.sources()
        labels = source_labels(listed)
        for source in listed:
            node = Node(f"source:{source['id']}", "source", str(source["file"]), int(source["id"]))
            # Its papers not in the Trash, as a tag's or a queue's count (trial 8: it said 1
            # beside a view with no paper left in it).
            item = self._item(labels[source["id"]], node, _count_of(node.key, counts))
            item.setToolTip(f"{labels[source['id']]}\n{source_tooltip(source)}")
            sources.appendRow(item)
        root.appendRow(sources)
        root.appendRow(
            self._item("Possible duplicates", Node("duplicates", "view"), self._duplicates)
        )
        root.appendRow(self._item("Trash", Node("trash", "view"), _count_of("trash", counts)))

    def _show_progress(self, key: str, read: int, total: int) -> None:
        item, name = self._items[key], self._labels[key]
        smart = key in self._smart
        progress = f"{read}/{total}"
        item.setText(f"{name}{' ⚙' if smart else ''}  ({progress})")
        self._progress[key] = (read, total)
        item.setData(self._progress[key], PROGRESS_ROLE)
        item.setToolTip(
            f"{name}: {progress} read" + (f" — smart queue: {self._smart[key]}" if smart else "")
        )

    def update_counts(self, moved: Mapping[str, int]) -> None:
        """Relabel only the rows whose counts moved (keys as in Library.counts)."""
        counts = self.library.counts()
        keys = {_node_of(count_key) for count_key in moved}
        keys |= {"status:skimmed"} & set(moved)  # counted in Read and in its own row
        for key in keys:
            if key not in self._items:
                continue  # a row that is not shown (a queue or tag that is gone)
            if key.startswith("queue:"):
                name = key.removeprefix("queue:")
                self._show_progress(key, counts.get(f"queue-read:{name}", 0), counts.get(key, 0))
            else:
                self._items[key].setText(f"{self._labels[key]}  ({_count_of(key, counts)})")

    def tag_colour(self, name: str) -> str | None:
        """The colour the reader gave this tag (tag names ignore case), if any."""
        return self._colours.get(name.casefold())

    def smart_search(self, key: str) -> str | None:
        """The search of the smart queue with this node key (None for anything else)."""
        return self._smart.get(key)

    def find(self, key: str) -> QModelIndex:
        item = self._items.get(key)
        return self.indexFromItem(item) if item is not None else QModelIndex()

    def label_of(self, key: str) -> str | None:
        """The node's name as the sidebar shows it, without the count (a renamed source's new
        name, a source's page and day rather than its file name)."""
        return self._labels.get(key)

    def set_duplicates(self, groups: int) -> None:
        """Groups of possible duplicates, counted when they are looked for (on a worker)."""
        self._duplicates = groups
        self._items["duplicates"].setText(f"{self._labels['duplicates']}  ({groups})")

    def forget_duplicates(self) -> None:
        """New papers may pair with old ones: the count of the last look is no longer known
        (trial 7: "(0)" beside an import that had flagged a likely twin). Counting them again
        is as slow as looking, so it waits until the view is opened."""
        self._duplicates = None
        self._items["duplicates"].setText(self._labels["duplicates"])


def colour_dot(colour: str, size: int = 12) -> QIcon:
    """A filled circle of the tag's colour, beside its name in the sidebar and in menus."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def _node_of(count_key: str) -> str:
    """The sidebar row a count belongs to."""
    if count_key == "status:new":
        return "inbox"
    if count_key == "status:skimmed":
        return "status:read"  # the Read row counts skimmed papers too
    if count_key.startswith("queue-read:"):
        return "queue:" + count_key.removeprefix("queue-read:")
    return count_key


def _count_of(key: str, counts: Mapping[str, int]) -> int:
    if key == "inbox":
        return counts.get("status:new", 0)
    if key == "status:read":
        return counts.get("status:read", 0) + counts.get("status:skimmed", 0)
    return counts.get(key, 0)


def split_count(text: str) -> tuple[str, str | None]:
    """ "Inbox  (147)" as ("Inbox", "147"); a row without a count as (text, None)."""
    name, gap, count = text.rpartition("  (")
    if not gap or not count.endswith(")"):
        return text, None
    return name, count[:-1]


class SidebarDelegate(QStyledItemDelegate):
    """Counts sit right-aligned and always show; a long name gives way, shortened in the
    middle (its start and its date both stay), whole in the tooltip. Queues get a thin
    progress bar (read / total) under their name."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        progress = self._progress(index)
        if not progress or not progress[1]:
            self._paint_row(painter, option, index)
            return
        # The name above the bar, not centred over it.
        above = QStyleOptionViewItem(option)
        above.rect = option.rect.adjusted(0, 0, 0, -(BAR_HEIGHT + 2))
        self._paint_row(painter, above, index)
        read, total = progress
        rect = option.rect.adjusted(4, option.rect.height() - BAR_HEIGHT - 1, -6, -1)
        painter.save()
        base = option.palette.color(QPalette.ColorRole.Base)
        painter.fillRect(rect, option.palette.color(QPalette.ColorRole.Midlight))
        painter.fillRect(
            rect.adjusted(0, 0, -int(rect.width() * (1 - read / total)), 0),
            readable(PROGRESS_GREEN, base, GRAPHIC_CONTRAST),
        )
        painter.restore()

    def _paint_row(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        laid_out = self.row_texts(opt)
        if laid_out is None:
            super().paint(painter, option, index)
            return
        rect, shown, count = laid_out
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(role))
        centred = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, centred | Qt.AlignmentFlag.AlignLeft, shown)
        painter.drawText(rect, centred | Qt.AlignmentFlag.AlignRight, count)
        painter.restore()

    @staticmethod
    def row_texts(opt: QStyleOptionViewItem) -> tuple[QRect, str, str] | None:
        """Where the text goes, the name as it fits, and the count (None: a row without)."""
        name, count = split_count(opt.text)
        if count is None:
            return None
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(2, 0, -4, 0)
        metrics = opt.fontMetrics
        room = max(0, rect.width() - metrics.horizontalAdvance(count) - COUNT_GAP)
        return rect, metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, room), count

    def texts_at(self, view: QTreeView, index: QModelIndex) -> tuple[str, str] | None:
        """The name and count as painted in this view's row (for tests and the curious)."""
        opt = QStyleOptionViewItem()
        opt.initFrom(view)
        opt.rect = view.visualRect(index)
        opt.widget = view
        self.initStyleOption(opt, index)
        laid_out = self.row_texts(opt)
        return None if laid_out is None else laid_out[1:]

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + (BAR_HEIGHT + 2 if self._progress(index) else 0))

    @staticmethod
    def _progress(index: QModelIndex | QPersistentModelIndex) -> tuple[int, int] | None:
        model = index.model()
        return model.progress_at(index) if isinstance(model, SidebarModel) else None


class SidebarView(QTreeView):
    """Papers dropped on a tag get the tag; dropped on a queue, they join it (as in Zotero)."""

    papers_dropped = Signal(object, list)  # (Node, paper ids)
    entered = Signal()  # Return on a node: its papers are what the reader wants next

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setItemDelegate(SidebarDelegate(self))

    def fitted_width(self, *, least: int = 200, most: int = 320) -> int:
        """The width that shows every row's name and count whole (between least and most):
        the sidebar's default, before the reader drags it."""
        model, metrics = self.model(), self.fontMetrics()
        widest, pending = 0, [(QModelIndex(), 0)]
        while pending:
            parent, depth = pending.pop()
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                name, count = split_count(str(index.data()))
                text = f"{name}{' ' * 3}{count}" if count is not None else name
                item = model.itemFromIndex(index) if isinstance(model, SidebarModel) else None
                icon = self.iconSize().width() + 4 if item and not item.icon().isNull() else 0
                widest = max(
                    widest, metrics.horizontalAdvance(text) + icon + depth * self.indentation()
                )
                pending.append((index, depth + 1))
        chrome = 2 * self.frameWidth() + self.indentation() + COUNT_GAP + 16  # margins, branch
        return max(least, min(most, widest + chrome))

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        """A group's header (Queues, Tags, Sources) shows no papers of its own: clicked or
        reached with the arrows, it leaves the highlight on the node the table shows (it was
        highlighted while the table went on showing the node before it; seen in a soak)."""
        node = index.data(NODE_ROLE) if index.isValid() else None
        if isinstance(node, Node) and node.kind == "group":
            return QItemSelectionModel.SelectionFlag.NoUpdate
        return super().selectionCommand(index, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != (
            QAbstractItemView.State.EditingState
        ):
            self.entered.emit()
            return
        super().keyPressEvent(event)

    def _target(self, event: QDragMoveEvent | QDropEvent) -> Node | None:
        index = self.indexAt(event.position().toPoint())
        node = index.data(NODE_ROLE) if index.isValid() else None
        return node if node is not None and node.kind in ("tag", "queue") else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(IDS_MIME) and self._target(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        node = self._target(event)
        if node is None or not event.mimeData().hasFormat(IDS_MIME):
            event.ignore()
            return
        self.papers_dropped.emit(node, ids_from_mime(event.mimeData()))
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
