"""In place of the detail pane while several papers are highlighted: what they share (tags on
all of them, the rating and status when they agree, "mixed" when not) and buttons that act on
all of them."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from papershelf.core.textfmt import STATUS_LABELS


def shared_text(papers: list[dict[str, Any]]) -> str:
    """Rich text: the count, the shared rating/status/tags, or "mixed"."""
    count = len(papers)
    ratings = {p["rating"] for p in papers}
    statuses = {p["status"] for p in papers}
    rating = "★" * ratings.pop() or "none" if len(ratings) == 1 else "mixed"
    status = STATUS_LABELS[statuses.pop()] if len(statuses) == 1 else "mixed"
    tag_counts = Counter(tag for p in papers for tag in p["tags"])
    common = sorted(t for t, n in tag_counts.items() if n == count)
    some = sorted(t for t, n in tag_counts.items() if n < count)
    rows = [
        ("Rating", rating),
        ("Status", status),
        ("Tags on all", ", ".join(common) or "—"),
        ("Tags on some", ", ".join(some) or "—"),
    ]
    table = "".join(
        f"<tr><td><b>{label}</b></td><td>{html.escape(value)}</td></tr>" for label, value in rows
    )
    return f"<h2>{count} papers selected</h2><table cellpadding='3'>{table}</table>"


class SelectionPane(QWidget):
    def __init__(self, actions: list[tuple[str, Callable[[], object]]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("selectionPane")
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.buttons: dict[str, QPushButton] = {}
        for text, slot in actions:
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, slot=slot: slot())
            layout.addWidget(button)
            self.buttons[text] = button
        layout.addStretch(1)

    def show_papers(self, papers: list[dict[str, Any]] | None, count: int) -> None:
        """`papers` None: too many to compare, the count only."""
        if papers is None:
            self.summary.setText(f"<h2>{count} papers selected</h2>")
        else:
            self.summary.setText(shared_text(papers))
