"""What an empty table says, and the line that says a search hides papers of the view.

An empty library offers import and paste with their keys; an empty Trash or queue says so; a
search with no hits names the search and clears it with one click; a view empty whatever the
search (an emptied Trash searched for "causal", trial 6) says why it is empty instead.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from papershelf.core.text import counted
from papershelf.gui.actions.papers import STATUS_KEYS


def empty_message(
    *, library_empty: bool, search: str, node_kind: str, node_key: str, hidden: int
) -> str:
    """Rich text for an empty view; links: #import, #paste, #clear."""
    if library_empty and not hidden:
        return (
            "<p><b>Your library is empty.</b></p>"
            "<p><a href='#import'>Import listing files</a> (Ctrl+I), "
            "<a href='#paste'>paste a listing</a> from the clipboard (Ctrl+Shift+V),<br>"
            "or drop files on the window.</p>"
        )
    if search and hidden:  # the view has papers, the search hides them all
        also = f" {counted(hidden, 'paper')} here {'is' if hidden == 1 else 'are'} hidden by it."
        return (
            f"<p>No papers here match <b>{html.escape(search)}</b>.{also}</p>"
            "<p><a href='#clear'>Clear the search</a> (Esc)</p>"
        )
    if node_key == "trash":
        return "<p>The Trash is empty.</p>"
    if node_kind == "queue":
        return "<p>This queue is empty.</p><p>Add papers with Q, or drag them onto the queue.</p>"
    if node_kind == "tag":
        return "<p>No papers carry this tag.</p><p>Tag papers with Ctrl+T.</p>"
    return f"<p>No papers in this view.</p>{how_papers_get_here(node_kind, node_key)}"


def how_papers_get_here(node_kind: str, node_key: str) -> str:
    """The key that puts papers into an empty status node or view."""
    if node_kind == "status":
        state = node_key.removeprefix("status:")
        for status, label, key in STATUS_KEYS:
            if status == state:
                return f"<p>Press {key} on a paper to mark it {label}.</p>"
    if node_key == "inbox":
        return (
            "<p>New papers land here when you import or paste a listing (Ctrl+I, Ctrl+Shift+V).</p>"
        )
    if node_key == "review":
        return "<p>Papers whose listing left a field unclear are flagged here for you to check.</p>"
    return ""


def filter_hint(search: str, shown: int, total: int) -> str:
    """The line under the search field when the search hides papers of the view."""
    return (
        f"Filtered by <b>{html.escape(search)}</b>: {shown} of {total} papers here · "
        "<a href='#clear'>Clear search</a>"
    )


class EmptyState(QLabel):
    """A centred message over the table's viewport, shown only while the table is empty."""

    def __init__(self, table: QTableView, on_link: Callable[[str], None]) -> None:
        super().__init__(table.viewport())
        self.setObjectName("emptyState")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.linkActivated.connect(lambda link: on_link(link.lstrip("#")))
        self.hide()
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def show_message(self, text: str | None) -> None:
        if text is None:
            self.hide()
            return
        self.setText(text)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
