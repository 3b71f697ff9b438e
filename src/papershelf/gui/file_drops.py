"""Files dragged onto the main window: imported wherever they land, and only ever copied."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractScrollArea, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
# What the import dialog's "Listings" filter offers; a dropped folder gives these of its files.
LISTING_SUFFIXES = (".txt", ".md", ".html", ".htm", ".bib", ".json")


def listing_files_in(folder: Path) -> list[Path]:
    """The files directly inside `folder` the import dialog would offer (its filter ignores
    case: `NOTES.MD` too), by name; subfolders are not searched, hidden files are left out."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    return sorted(
        (
            path
            for path in entries
            if path.suffix.lower() in LISTING_SUFFIXES
            and not path.name.startswith(".")
            and path.is_file()
        ),
        key=lambda path: path.name.lower(),
    )


def with_folders_opened(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """A drop's files, each folder replaced by its listing files (trial 11: a dropped folder
    was refused as "is a directory"); and the folders with none of them."""
    files: list[Path] = []
    empty: list[Path] = []
    for path in paths:
        if not path.is_dir():
            files.append(path)
        elif inside := listing_files_in(path):
            files += inside
        else:
            empty.append(path)
    return files, empty


def local_files(mime: QMimeData | None) -> list[Path]:
    """The local files a drag carries (a web link dragged from a browser is not one)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def take_as_copy(event: QDropEvent) -> None:
    """Accept the drag as a copy whatever the source proposed: a source offering Move (Qt's
    own drags propose it first) deletes its file once the drop reports a move (trial 11)."""
    event.setDropAction(Qt.DropAction.CopyAction)
    event.accept()


class FileDropsOnFields(QObject):
    """Files dropped on a text field of the window are imported, as anywhere else on it.

    The search box, the detail pane's fields and the note editor take drops of text, and a
    file manager's drag carries the files' addresses as text too: dropped on the note
    editor, a file became a note reading `file:///…` and nothing was imported (trial 11).
    Drops of text, and of web links, still go into the field.
    """

    def __init__(self, parent: QWidget, import_paths: Callable[[list[Path]], None]) -> None:
        super().__init__(parent)
        self.import_paths = import_paths

    def watch_fields_of(self, window: QWidget) -> None:
        for kind in (QLineEdit, QPlainTextEdit, QTextEdit):
            for field in window.findChildren(kind):
                field.installEventFilter(self)
                if isinstance(field, QAbstractScrollArea):
                    field.viewport().installEventFilter(self)  # where its drops arrive

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in DRAG_EVENTS or not isinstance(event, QDropEvent):
            return False
        paths = local_files(event.mimeData())
        if not paths:
            return False
        take_as_copy(event)
        if event.type() == QEvent.Type.Drop:
            self.import_paths(paths)
        return True
