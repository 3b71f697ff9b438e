"""In place of the detail pane while several papers are highlighted: what they share (tags on
all of them, the rating and status when they agree, "mixed" when not), stars and a status box
that set all of them (one undo step), and buttons that act on all of them."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from papershelf.core.textfmt import STATUS_LABELS
from papershelf.gui.widgets.focus_frames import FocusComboBox
from papershelf.gui.widgets.star_rating import StarRating
from papershelf.store.annotations import STATUSES

TRASH_BUTTON = "Move to trash (Del)"
DELETE_BUTTON = "Delete for good… (Del)"  # the same button, in the Trash
RESTORE_BUTTON = "Restore from Trash"  # offered in the Trash only
REMOVE_BUTTON = "Remove from queue (Del)"  # offered in a plain queue only, where Del does it


def shared_value(papers: list[dict[str, Any]], key: str) -> Any:
    """The value all the papers share, None when they differ."""
    values = {p[key] for p in papers}
    return values.pop() if len(values) == 1 else None


def shared_text(papers: list[dict[str, Any]]) -> str:
    """Rich text: the count and the tags on all / on some."""
    count = len(papers)
    tag_counts = Counter(tag for p in papers for tag in p["tags"])
    common = sorted(t for t, n in tag_counts.items() if n == count)
    some = sorted(t for t, n in tag_counts.items() if n < count)
    rows = [("Tags on all", ", ".join(common) or "—"), ("Tags on some", ", ".join(some) or "—")]
    table = "".join(
        f"<tr><td><b>{label}</b></td><td>{html.escape(value)}</td></tr>" for label, value in rows
    )
    return f"<h2>{count} papers selected</h2><table cellpadding='3'>{table}</table>"


class SelectionPane(QWidget):
    def __init__(
        self,
        actions: list[tuple[str, Callable[[], object]]],
        parent: QWidget,
        *,
        rate: Callable[[int], object],
        set_status: Callable[[str], object],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("selectionPane")
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        form = QFormLayout()
        self.stars = StarRating(self)
        self.stars.rated.connect(rate)
        self.status = FocusComboBox(self)
        self.status.setPlaceholderText("mixed")
        for status in STATUSES:
            self.status.addItem(STATUS_LABELS[status], status)
        self.status.activated.connect(lambda row: set_status(STATUSES[row]))
        form.addRow("Rating", self.stars)
        form.addRow("Status", self.status)
        layout.addLayout(form)
        self.buttons: dict[str, QPushButton] = {}
        for text, slot in actions:
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, slot=slot: slot())
            layout.addWidget(button)
            self.buttons[text] = button
        layout.addStretch(1)
        self.show_in_trash(False)
        self.show_in_queue(False)

    def show_in_trash(self, in_trash: bool, *, keys: str = "Del") -> None:
        """In the Trash, Del deletes for good and the papers can be restored; the buttons
        say so, and which keys move to the trash (Shift+Del in a queue)."""
        if TRASH_BUTTON in self.buttons:
            trash = TRASH_BUTTON.replace("(Del)", f"({keys})")
            self.buttons[TRASH_BUTTON].setText(DELETE_BUTTON if in_trash else trash)
        if RESTORE_BUTTON in self.buttons:
            self.buttons[RESTORE_BUTTON].setVisible(in_trash)

    def show_in_queue(self, in_queue: bool) -> None:
        """In a plain queue Del takes the papers out of it (trial 8: the pane offered only the
        trash, by Shift+Del there, and not what Del does)."""
        if REMOVE_BUTTON in self.buttons:
            self.buttons[REMOVE_BUTTON].setVisible(in_queue)

    def tab_chain(self) -> list[QWidget]:
        return [self.stars, self.status, *self.buttons.values()]

    def show_papers(
        self,
        papers: list[dict[str, Any]] | None,
        count: int,
        shared: tuple[int | None, str | None] = (None, None),
    ) -> None:
        """`papers` None: too many to compare tags, the count only, and the rating and status
        they all have (`shared`; trial 12: 16 197 unrated new papers said "mixed" for both).
        The stars and status box set them all."""
        if papers is None:
            self.summary.setText(f"<h2>{count} papers selected</h2>")
            rating, status = shared
        else:
            self.summary.setText(shared_text(papers))
            rating, status = shared_value(papers, "rating"), shared_value(papers, "status")
        self.stars.set_value(rating)
        self.status.setCurrentIndex(STATUSES.index(status) if status is not None else -1)

    def shown_rating(self) -> str:
        """What the stars say: the shared rating, or "mixed"."""
        return "mixed" if self.stars.value is None else str(self.stars.value)

    def shown_status(self) -> str:
        return self.status.currentText() if self.status.currentIndex() >= 0 else "mixed"
