"""Actions on the selected papers: rate, status, tag, merge, trash; undo and redo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from papershelf.core.text import counted
from papershelf.gui.dialogs.prompts import ask_tag_changes, confirm

if TYPE_CHECKING:
    from papershelf.gui.main_window import MainWindow

STATUS_KEYS = (
    ("new", "New", "N"),
    ("to-read", "To read", "T"),
    ("reading", "Reading", "G"),
    ("read", "Read", "R"),
    ("skimmed", "Skimmed", "K"),
    ("dropped", "Dropped", "D"),
)
FINISHED = ("read", "skimmed", "dropped")


class PaperActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.library = window.library
        self.view = window.view

    def rate_one(self, paper_id: int, stars: int) -> None:
        self.view.apply(self.library.rate([paper_id], stars))

    def rate_selected(self, stars: int) -> None:
        ids = self.view.selected_ids()
        if ids:
            self.view.apply(self.library.rate(ids, stars))

    def status_selected(self, status: str) -> None:
        ids = self.view.selected_ids()
        if not ids:
            return
        self.view.apply(self.library.set_status(ids, status))
        if self.view.node.kind == "queue" and status in FINISHED:
            self.focus_next_up()

    def focus_next_up(self) -> None:
        paper_id = self.view.next_unfinished()
        if paper_id is not None and paper_id in self.window.model.ids:
            self.view.highlight([paper_id])

    def tag_selected(self) -> None:
        ids = self.view.selected_ids()
        if not ids:
            return
        changes = ask_tag_changes(self.window, len(ids))
        if changes is None:
            return
        add, remove = changes
        self.view.apply(self.library.tag(ids, add=add, remove=remove))

    def trash_selected(self) -> None:
        ids = self.view.selected_ids()
        if not ids or self.view.node.key == "trash":
            return
        if confirm(
            self.window,
            "Move to trash",
            f"Move {counted(len(ids), 'paper')} to the trash? "
            "(You can undo this or restore them from the Trash.)",
        ):
            self.view.apply(self.library.trash(ids))

    def restore_selected(self) -> None:
        ids = self.view.selected_ids()
        if ids and self.view.node.key == "trash":
            self.view.apply(self.library.restore(ids))

    def empty_trash(self) -> None:
        if confirm(self.window, "Empty trash", "Delete the papers in the trash for good?"):
            self.library.empty_trash()
            self.view.refresh()

    def merge_selected(self) -> None:
        ids = self.view.selected_ids()
        if len(ids) != 2:
            QMessageBox.information(
                self.window, "Merge papers", "Select exactly two papers to merge."
            )
            return
        keep, other = sorted(ids)
        titles = [self.library.paper(i)["title"] for i in (keep, other)]
        if confirm(
            self.window,
            "Merge papers",
            f"Merge these into one paper?\n\n• {titles[0]}\n• {titles[1]}\n\n"
            "Tags, notes, queues and sources of both are kept.",
        ):
            self.library.merge(keep, other)
            self.view.refresh()

    def edit_title(self) -> None:
        self.window.detail.title.setFocus()
        self.window.detail.title.selectAll()

    # -- undo ------------------------------------------------------------------------------

    def update_undo_actions(self) -> None:
        undo, redo = self.library.undo_label(), self.library.redo_label()
        undo_action, redo_action = self.window.undo_action, self.window.redo_action
        undo_action.setText(f"Undo {undo}" if undo else "Undo")
        undo_action.setEnabled(undo is not None)
        redo_action.setText(f"Redo {redo}" if redo else "Redo")
        redo_action.setEnabled(redo is not None)

    def undo(self) -> None:
        self.window.detail.flush_note()
        label = self.library.undo()
        if label:
            self.window.statusBar().showMessage(f"Undid: {label}", 4000)
            self.view.apply(self.library.last_changes)

    def redo(self) -> None:
        label = self.library.redo()
        if label:
            self.window.statusBar().showMessage(f"Redid: {label}", 4000)
            self.view.apply(self.library.last_changes)
