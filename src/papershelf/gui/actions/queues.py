"""Actions on reading queues: add to one, create one, reorder and remove papers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from papershelf.core.errors import PapershelfError
from papershelf.core.query import QueryError
from papershelf.core.text import counted
from papershelf.gui.dialogs.prompts import ask_choice, ask_text
from papershelf.store.search import SearchError

if TYPE_CHECKING:
    from papershelf.gui.main_window import MainWindow

SMART_QUEUE_PROMPT = "Search (e.g. tag:few-shot rating:>=4 status:to-read):"


class QueueActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.library = window.library
        self.view = window.view

    def enqueue_selected(self) -> None:
        self.enqueue_papers(self.view.selected_ids())

    def enqueue_papers(self, ids: list[int]) -> None:
        if not ids:
            return
        names = [str(q["name"]) for q in self.library.queues() if q["kind"] == "plain"]
        name = ask_choice(
            self.window,
            "Add to queue",
            "Queue (type a new name to create one):",
            names,
            editable=True,
        )
        if name is None:
            return
        if name not in names:
            self.library.create_queue(name)
            added = self.library.enqueue(name, ids)
            self.view.refresh()  # a new row in the sidebar
        else:
            added = self.library.enqueue(name, ids)
            self.view.apply(self.library.last_changes)
        self.say_enqueued(name, ids, added)

    def say_enqueued(self, name: str, ids: list[int], added: list[int]) -> None:
        """How many papers went in, and those that were in already: with all of them in, no
        step was taken, and the way back said then undid the step before (trial 16: "Added 20
        papers to Gravity — Ctrl+Z to undo" when 1 of them was in it, or all)."""
        already = len(ids) - len(added)
        if not added:
            every = "The paper was" if len(ids) == 1 else f"All {len(ids)} papers were"
            self.window.statusBar().showMessage(f"{every} already in {name}", 6000)
            return
        done = f"Added {counted(len(added), 'paper')} to {name}"
        if already:
            done += f" ({already} already in it)"
        self.window.paper_actions.confirm_done(done)

    def create_queue(self) -> None:
        """Asks the name; a name taken (or empty) is explained and asked again as typed. The
        new queue is opened, as Zotero opens a new collection (trial 8: it stayed unseen)."""
        typed = ""
        while True:
            name = ask_text(self.window, "New queue", "Name:", text=typed)
            if name is None:
                return
            try:
                self.library.create_queue(name)
            except PapershelfError as error:
                QMessageBox.warning(self.window, "Queue not created", str(error))
                typed = name
                continue
            self._open_new(name)
            return

    def _open_new(self, name: str) -> None:
        self.view.refresh()  # its row in the sidebar
        index = self.window.sidebar_model.find(f"queue:{' '.join(name.split())}")
        if index.isValid():
            self.window.sidebar.setCurrentIndex(index)

    def create_smart_queue(self, name: str | None = None, query: str | None = None) -> None:
        """Asks the name, then the search; a mistake in either is explained and both are
        asked again as typed, to be fixed rather than typed anew."""
        if name is not None and query is not None:
            self.library.create_queue(name, query=query)
            self._open_new(name)
            return
        typed_name, typed_query = name or "", query or self.window.search.text()
        while True:
            answer = ask_text(self.window, "New smart queue", "Name:", text=typed_name)
            if answer is None:
                return
            typed_name = answer
            answer = ask_text(self.window, "New smart queue", SMART_QUEUE_PROMPT, text=typed_query)
            if answer is None:
                return
            typed_query = answer
            try:
                self.library.create_queue(typed_name, query=typed_query)
            except (PapershelfError, QueryError, SearchError) as error:
                QMessageBox.warning(self.window, "Smart queue not created", str(error))
                continue
            self._open_new(typed_name)
            return

    def move_selected(self, where: str) -> None:
        node = self.view.node
        if node.kind != "queue":
            return
        ids = self.view.selected_ids()
        order = self.library.queue_ids(node.name)
        if not ids or any(i not in order for i in ids):
            return
        self.window.model.clear_sort()
        if where in ("up", "down"):  # each a place: papers apart stay apart
            self.library.nudge_in_queue(node.name, ids, down=where == "down")
        else:  # to the top or the bottom: together, in their order
            self.library.move_in_queue(node.name, ids, 1 if where == "top" else len(order))
        self.view.refresh(structure=False)
        self.say_moved(node.name, ids, where, moved=self.library.queue_ids(node.name) != order)

    def say_moved(self, name: str, ids: list[int], where: str, *, moved: bool) -> None:
        """As adding and removing say theirs (trial 17: Ctrl+Up moved papers without a word,
        and at the top it did nothing, silently too). Nothing moved is no step to undo."""
        place = {
            "up": "up in",
            "down": "down in",
            "top": "to the top of",
            "bottom": "to the bottom of",
            "": "in",
        }[where]
        if not moved:
            end = "bottom" if where in ("down", "bottom") else "top"
            which = "The paper is" if len(ids) == 1 else f"The {len(ids)} papers are"
            self.window.statusBar().showMessage(
                f"{which} already at the {end} of queue {name}", 6000
            )
            return
        self.window.paper_actions.confirm_done(
            f"Moved {counted(len(ids), 'paper')} {place} queue {name}"
        )

    def dequeue_selected(self) -> None:
        ids = self.view.selected_ids()
        if self.view.node.kind == "queue" and ids:
            name = self.view.node.name
            self.view.apply(self.library.dequeue(name, ids))
            # As adding says it (trial 7: the paper left the queue without a word).
            self.window.paper_actions.confirm_done(
                f"Removed {counted(len(ids), 'paper')} from {name}"
            )
