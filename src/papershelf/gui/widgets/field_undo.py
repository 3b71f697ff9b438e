"""Ctrl+Z in a detail field with nothing of its own to undo reaches the window's Undo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit


def _own_step(field: QObject, *, redo: bool) -> bool:
    """Whether the field has typing of its own to undo (or redo)."""
    if isinstance(field, QLineEdit):
        return field.isRedoAvailable() if redo else field.isUndoAvailable()
    if isinstance(field, QPlainTextEdit):
        document = field.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return False


class WindowUndoInFields(QObject):
    """A field saved with Enter keeps the focus, and the pane reloads it with the saved text,
    which empties its own undo: Ctrl+Z there did nothing while Edit offered "Undo Edit title"
    (trial 6). While the reader types, Ctrl+Z undoes the typing, as in any field."""

    def watch(self, *fields: QLineEdit | QPlainTextEdit) -> None:
        for field in fields:
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo)  # Ctrl+Shift+Z among them
            if (undo or redo) and not _own_step(watched, redo=redo):
                event.ignore()
                return True  # not the field's: the window's shortcut takes it
        return False
