"""The sidebar: library views, statuses, queues, tags and sources, each with a count."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from papershelf.gui.models.paper_table import IDS_MIME, ids_from_mime
from papershelf.library import Library
from papershelf.store.search import Filter

NODE_ROLE = Qt.ItemDataRole.UserRole + 10  # every item holds its Node, so asking never gets None
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 11  # (read, total), set on queues only


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
        return Filter()


STATUS_NODES = (
    ("to-read", "To read"),
    ("reading", "Reading"),
    ("read", "Read"),
    ("dropped", "Dropped"),
)


class SidebarModel(QStandardItemModel):
    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self._progress: dict[str, tuple[int, int]] = {}  # queue node key -> (read, total)
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
        return item

    def rebuild(self) -> None:
        self.clear()
        self._progress.clear()
        root = self.invisibleRootItem()
        lib = self.library
        statuses = lib.status_counts()
        root.appendRow(self._item("All papers", Node("all", "view"), lib.count()))
        root.appendRow(self._item("Inbox", Node("inbox", "view"), statuses["new"]))
        for status, label in STATUS_NODES:
            count = statuses[status] + (statuses["skimmed"] if status == "read" else 0)
            root.appendRow(self._item(label, Node(f"status:{status}", "status", status), count))
        root.appendRow(
            self._item("Needs review", Node("review", "view"), lib.count(Filter(needs_review=True)))
        )
        queues = self._item("Queues", Node("group:queues", "group"))
        for queue in lib.queues():
            progress = f"{queue['read']}/{queue['papers']}"
            smart = " ⚙" if queue["kind"] == "smart" else ""
            label = f"{queue['name']}{smart}  ({progress})"
            node = Node(f"queue:{queue['name']}", "queue", str(queue["name"]))
            item = self._item(label, node)
            self._progress[node.key] = (int(queue["read"]), int(queue["papers"]))
            item.setData(self._progress[node.key], PROGRESS_ROLE)
            item.setToolTip(
                f"{progress} read" + (f" — smart queue: {queue['query']}" if smart else "")
            )
            queues.appendRow(item)
        root.appendRow(queues)
        tags = self._item("Tags", Node("group:tags", "group"))
        for name, count in lib.tags():
            tags.appendRow(self._item(name, Node(f"tag:{name}", "tag", name), count))
        root.appendRow(tags)
        sources = self._item("Sources", Node("group:sources", "group"))
        for source in lib.sources():
            node = Node(f"source:{source['id']}", "source", str(source["file"]), int(source["id"]))
            sources.appendRow(self._item(str(source["file"]), node, int(source["papers"])))
        root.appendRow(sources)
        root.appendRow(self._item("Trash", Node("trash", "view"), lib.count(Filter(trash=True))))

    def find(self, key: str) -> QModelIndex:
        def walk(parent: QModelIndex) -> QModelIndex:
            for row in range(self.rowCount(parent)):
                index = self.index(row, 0, parent)
                if self.node_at(index).key == key:
                    return index
                found = walk(index)
                if found.isValid():
                    return found
            return QModelIndex()

        return walk(QModelIndex())


class SidebarDelegate(QStyledItemDelegate):
    """Queues get a thin progress bar (read / total) under their name."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        progress = self._progress(index)
        if not progress or not progress[1]:
            return
        read, total = progress
        rect = option.rect.adjusted(4, option.rect.height() - 4, -6, -1)
        painter.save()
        painter.fillRect(rect, QColor("#d9d9d9"))
        painter.fillRect(
            rect.adjusted(0, 0, -int(rect.width() * (1 - read / total)), 0), QColor("#3c9d5d")
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + (5 if self._progress(index) else 0))

    @staticmethod
    def _progress(index: QModelIndex | QPersistentModelIndex) -> tuple[int, int] | None:
        model = index.model()
        return model.progress_at(index) if isinstance(model, SidebarModel) else None


class SidebarView(QTreeView):
    """Papers dropped on a tag get the tag; dropped on a queue, they join it (as in Zotero)."""

    papers_dropped = Signal(object, list)  # (Node, paper ids)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setItemDelegate(SidebarDelegate(self))

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
