"""Actions on the selected papers: rate, status, tag, merge, trash; undo and redo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from papershelf.core.text import counted
from papershelf.core.textfmt import STATUS_LABELS, stars
from papershelf.gui.dialogs.prompts import ask_tag_changes, confirm
from papershelf.gui.tasks import Cancelled, Progress
from papershelf.library import Library
from papershelf.store.search import Filter

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
MOVE_TO_TRASH = "Move to &trash"
DELETE_FOR_GOOD = "&Delete for good…"  # Del in the Trash, as in Zotero
SMALL_STEP_ROWS = 500  # replayed on the GUI thread in a few ms; larger steps go to a worker


class PaperActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.library = window.library
        self.view = window.view

    def rate_one(self, paper_id: int, rating: int) -> None:
        self.view.apply(self.library.rate([paper_id], rating))

    def confirm_done(self, what: str) -> None:
        """Bulk actions say what they did, and how to take it back."""
        self.window.statusBar().showMessage(f"{what} — Ctrl+Z to undo", 6000)

    def rate_selected(self, rating: int) -> None:
        ids = self.view.selected_ids()
        if ids:
            self.view.apply(self.library.rate(ids, rating))
            shown = stars(rating).rstrip("☆") if rating else "no stars"
            self.confirm_done(f"Rated {counted(len(ids), 'paper')} {shown}")

    def status_selected(self, status: str) -> None:
        ids = self.view.selected_ids()
        if not ids:
            return
        self.view.apply(self.library.set_status(ids, status))
        self.confirm_done(f"Marked {counted(len(ids), 'paper')} {STATUS_LABELS[status]}")
        if self.view.node.kind == "queue" and status in FINISHED:
            self.focus_next_up()

    def mark_reviewed_selected(self) -> None:
        selected = self.view.selected_ids()
        ids = self.library.flagged(selected)
        if not ids:  # no undo step that does nothing
            which = "paper" if len(selected) == 1 else "papers"
            self.window.statusBar().showMessage(f"No review flag on the highlighted {which}", 6000)
            return
        self.view.apply(self.library.mark_reviewed(ids))
        self.confirm_done(f"Marked {counted(len(ids), 'paper')} reviewed")

    def focus_next_up(self) -> None:
        paper_id = self.view.next_unfinished()
        if paper_id is not None and paper_id in self.window.model.ids:
            self.view.highlight([paper_id])

    def tag_selected(self) -> None:
        self.tag_papers(self.view.selected_ids())

    def tag_papers(self, ids: list[int]) -> None:
        if not ids:
            return
        changes = ask_tag_changes(self.window, len(ids), self.library.all_tag_names())
        if changes is None:
            return
        add, remove = changes
        self.view.apply(self.library.tag(ids, add=add, remove=remove))
        words = [*(f"+{t}" for t in add), *(f"−{t}" for t in remove)]
        self.confirm_done(f"Tagged {counted(len(ids), 'paper')}: {' '.join(words)}")

    def trash_selected(self) -> None:
        """Del: to the trash; in the Trash, as in Zotero, deleted for good (after asking)."""
        ids = self.view.selected_ids()
        if not ids:
            return
        if self.view.node.key == "trash":
            self.delete_for_good(ids)
            return
        if confirm(
            self.window,
            "Move to trash",
            f"Move {counted(len(ids), 'paper')} to the trash? "
            f"(You can undo this or restore {'it' if len(ids) == 1 else 'them'} from the Trash.)",
        ):
            self.view.apply(self.library.trash(ids))
            self.confirm_done(f"Moved {counted(len(ids), 'paper')} to the Trash")

    def delete_for_good(self, ids: list[int]) -> None:
        if confirm(
            self.window,
            "Delete for good",
            f"Delete {counted(len(ids), 'paper')} for good? (Undo brings them back.)",
        ):
            gone = self.library.delete_for_good(ids)
            self.view.refresh()
            self.update_trash_actions()
            self.confirm_done(f"Deleted {counted(gone, 'paper')} for good")

    def restore_selected(self) -> None:
        ids = self.view.selected_ids()
        if ids and self.view.node.key == "trash":
            self.restore_ids(ids)

    def restore_ids(self, ids: list[int]) -> None:
        """The Trash node's "Restore all": every paper in it back where it was."""
        if ids:
            self.view.apply(self.library.restore(ids))
            self.confirm_done(f"Restored {counted(len(ids), 'paper')}")

    def update_trash_actions(self) -> None:
        """Empty Trash is offered only when there is something to empty; Del's action says
        what Del does here (in the Trash: delete for good)."""
        named = self.window.menus.named
        empty = named.get("Empty Trash")
        if empty is not None:
            empty.setEnabled(self.library.count(Filter(trash=True)) > 0)
        in_trash = self.view.node.key == "trash"
        delete = named.get("Move to trash")
        keys = "Del"
        if delete is not None:
            delete.setText(DELETE_FOR_GOOD if in_trash else MOVE_TO_TRASH)
            keys = delete.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            delete.setToolTip(f"{delete.text().replace('&', '').rstrip('…')} ({keys})")
        restore = named.get("Restore from Trash")
        if restore is not None:
            restore.setEnabled(in_trash)
        self.window.selection_pane.show_in_trash(in_trash, keys=keys)
        remove = named.get("Remove from queue")  # enabled in a plain queue only
        self.window.selection_pane.show_in_queue(remove is not None and remove.isEnabled())

    def empty_trash(self) -> None:
        count = self.library.count(Filter(trash=True))
        if not count or not confirm(
            self.window,
            "Empty Trash",
            f"Delete the {counted(count, 'paper')} in the trash for good? (Undo brings them back.)",
        ):
            return
        self.window.workers.run(
            "Emptying the trash",
            lambda library, _progress, _cancelled: library.empty_trash(),
            done=lambda deleted: self._emptied(int(deleted)),  # type: ignore[call-overload]
        )

    def _emptied(self, deleted: int) -> None:
        self.window.statusBar().showMessage(f"{counted(deleted, 'paper')} deleted for good.", 4000)
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
            self.window.workers.run(
                "Merging two papers",
                lambda library, _progress, _cancelled: library.merge(keep, other),
                title="Merge papers",
                done=lambda _result: self._merged(keep),
            )

    def _merged(self, keep: int) -> None:
        self.view.refresh()
        self.view.highlight([keep])

    def edit_title(self) -> None:
        title = self.window.detail.title
        came_from_table = self.window.table.hasFocus()
        self.say_which_of_several("Editing the title of")
        title.setFocus()
        title.selectAll()
        title.return_focus_to = self.window.table if came_from_table else None

    def new_note(self) -> None:
        self.say_which_of_several("A new note on")
        self.window.detail.add_note()

    def say_which_of_several(self, doing: str) -> None:
        """A title or a note is one paper's: with several highlighted, the one in the details
        (trial 15: an edit acted on one of them without a word of which). The highlight
        narrows to it, so that its details, and the box the keys go to, are on screen: the
        pane showed "2 papers selected" while the keys went to the hidden title or note box,
        and Enter renamed a paper unseen (trial 16)."""
        shown = self.window.detail.paper
        highlighted = len(self.view.selected_ids())
        if shown is None or highlighted < 2:
            return
        self.view.highlight([shown["id"]])
        # The title last: a long one ran the count off a narrow window's status bar
        self.window.statusBar().showMessage(
            f"{doing} the paper in the details (one of {highlighted} highlighted; now the only "
            f"one): {shown['title']!r}",
            8000,
        )

    # -- undo ------------------------------------------------------------------------------

    def update_undo_actions(self) -> None:
        undo, redo = self.library.undo_label(), self.library.redo_label()
        undo_action, redo_action = self.window.undo_action, self.window.redo_action
        undo_action.setProperty("general_text", "Undo")
        redo_action.setProperty("general_text", "Redo")
        undo_action.setText(f"Undo {undo}" if undo else "Undo")
        undo_action.setEnabled(undo is not None)
        redo_action.setText(f"Redo {redo}" if redo else "Redo")
        redo_action.setEnabled(redo is not None)

    def undo(self) -> None:
        self._replay("undo")

    def redo(self) -> None:
        self._replay("redo")

    def _replay(self, stack: str) -> None:
        """Small steps at once; a large one (a bulk edit, an import) on a worker, with Cancel."""
        self.window.detail.flush_note()
        shown = frozenset(self.window.model.ids)
        if self.library.undo_size(stack) <= SMALL_STEP_ROWS:
            label = self.library.undo() if stack == "undo" else self.library.redo()
            self._replayed(stack, label, on_worker=False, shown=shown)
            return

        def work(library: Library, _progress: Progress, _cancelled: Cancelled) -> object:
            return library.undo() if stack == "undo" else library.redo()

        self.window.workers.run(
            "Undoing" if stack == "undo" else "Redoing",
            work,
            title=stack.title(),
            done=lambda label: self._replayed(
                stack, label if isinstance(label, str) else None, on_worker=True, shown=shown
            ),
        )

    def _replayed(
        self, stack: str, label: str | None, *, on_worker: bool, shown: frozenset[int]
    ) -> None:
        if label:
            verb = "Undid" if stack == "undo" else "Redid"
            self.window.statusBar().showMessage(f"{verb}: {label}", 4000)
            changes = None if on_worker else self.library.last_changes
            if changes is None:  # another connection wrote: what it changed is not known here
                self.view.refresh()
            else:
                self.view.apply(changes)
            if changes is not None and changes.papers:
                self._highlight_replayed(changes.papers)
            else:  # a step that rebuilt rows tells no papers: those it brought into view
                self._highlight_replayed(frozenset(self.window.model.ids) - shown)
            # Undone is not emptied under the mouse (a rating cleared, which keeps its
            # column): a column the step had brought back goes again, as it came.
            self.window.hide_empty_columns()
            if self.view.node.key == "duplicates":  # an undone merge is a group again
                self.window.duplicates.reload()

    def _highlight_replayed(self, papers: frozenset[int]) -> None:
        # The highlight follows the step, as an editor's cursor does: after "mark read" in a
        # queue is undone, the paper that came back is highlighted, not the next one the step
        # had moved on to; after "Delete for good" in the Trash is undone, that paper (trial 11:
        # nothing was, the pane empty). Papers off view are not chased into another node.
        on_view = papers & set(self.window.model.ids)
        if not on_view:
            return
        index = self.window.table.currentIndex()
        current = self.window.model.ids[index.row()] if index.isValid() else None
        self.view.highlight(sorted(on_view), current=current if current in on_view else None)
