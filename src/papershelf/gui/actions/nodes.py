"""Actions on sidebar nodes: rename tags, queues and sources, merge, delete and colour tags,
drop papers on a tag or a queue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog

from papershelf.core.text import counted
from papershelf.gui.dialogs.prompts import ask_choice, ask_merge, ask_merge_tags, ask_text, confirm
from papershelf.gui.widgets.sidebar import Node

if TYPE_CHECKING:
    from papershelf.gui.main_window import MainWindow


# Zotero's tag colours, in its order: the reader picks by name, the chip shows the colour.
TAG_COLOURS = (
    ("Red", "#ff6666"),
    ("Orange", "#ff8c19"),
    ("Gray", "#999999"),
    ("Green", "#5fb236"),
    ("Teal", "#009980"),
    ("Blue", "#2ea8e5"),
    ("Navy", "#576dd9"),
    ("Purple", "#a28ae5"),
    ("Plum", "#a6507b"),
)


class NodeActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.library = window.library
        self.view = window.view

    def rename_node(self, node: Node, *, merge: bool = False, new_name: str | None = None) -> None:
        if new_name is None:
            new_name = self._ask_new_name(node, merge=merge)
            if new_name is None:
                return
        new_name = " ".join(new_name.split())
        if node.kind == "queue":
            self._rename_queue(node, new_name, merge=merge)
            return
        existing = None
        if node.kind == "tag" and not merge:
            existing = self._other_tag_named(node.name, new_name)
            if existing is not None and not ask_merge_tags(self.window, node.name, existing):
                return
        self.library.rename_tag(node.name, new_name)
        self._show_renamed(node, Node(f"tag:{new_name}", "tag", new_name))
        joined = merge or existing is not None
        self._say_renamed("tag", node.name, existing or new_name, merged=joined)

    def _rename_queue(self, node: Node, new_name: str, *, merge: bool) -> None:
        """A queue renamed onto another plain queue's name joins it (asked first), as tags do."""
        taken = new_name != node.name and new_name in self._plain_queues()
        if taken and not merge and not ask_merge(self.window, "queue", node.name, new_name):
            return
        if merge or taken:
            self.library.merge_queue(node.name, new_name)
            self.window.statusBar().showMessage(
                f"Merged queue {node.name!r} into {new_name!r} — Ctrl+Z to undo", 6000
            )
        else:
            self.library.rename_queue(node.name, new_name)
            self._say_renamed("queue", node.name, new_name, merged=False)
        self._show_renamed(node, Node(f"queue:{new_name}", "queue", new_name))

    def _say_renamed(self, kind: str, old: str, new: str, *, merged: bool) -> None:
        """What a rename did, with the way back, as a source's rename and a merge say it
        (trial 7: a tag or a queue renamed changed its name without a word)."""
        if old == new:
            return
        done = (
            f"Merged {kind} {old!r} into {new!r}"
            if merged
            else f"Renamed the {kind} {old!r} to {new!r}"
        )
        self.window.statusBar().showMessage(f"{done} — Ctrl+Z to undo", 6000)

    def _plain_queues(self) -> list[str]:
        return [str(q["name"]) for q in self.library.queues() if q["kind"] != "smart"]

    def _show_renamed(self, node: Node, renamed: Node) -> None:
        if self.view.node.key == node.key:
            self.view.show_node(renamed)  # the view's filter still names the old one
        else:
            self.view.refresh()

    def rename(self, node: Node) -> None:
        """F2 on the sidebar: whatever the node is, if it can be renamed."""
        if node.kind in ("tag", "queue"):
            self.rename_node(node)
        elif node.kind == "source":
            self.rename_source(node)

    def rename_source(self, node: Node, *, new_name: str | None = None) -> None:
        """The reader's name for a source; an empty name gives back the page-and-day one."""
        if node.source_id is None:
            return
        if new_name is None:
            shown = self.window.sidebar_model.find(node.key).data() or ""
            current = str(shown).rsplit("  (", 1)[0]
            new_name = ask_text(
                self.window, "Rename source", "Name (empty: the page and day):", text=current
            )
            if new_name is None:
                return
        self.library.name_source(node.source_id, new_name or None)
        self.view.refresh()
        self.window.detail.reload()  # its Sources tab names the source too
        shown = self.window.sidebar_model.label_of(node.key) or new_name
        self.window.statusBar().showMessage(f"Renamed the source {shown!r} — Ctrl+Z to undo", 6000)

    def colour_tag(self, node: Node, colour: str | None, *, ask: bool = False) -> None:
        """Give a tag a colour (None: back to its default); `ask`: pick one in a dialog."""
        if ask:
            start = QColor(self.window.sidebar_model.tag_colour(node.name) or "#2ea8e5")
            picked = QColorDialog.getColor(start, self.window, f"Colour of {node.name}")
            if not picked.isValid():
                return
            colour = picked.name()
        self.library.set_tag_colour(node.name, colour)
        self.view.refresh()
        self.window.table.viewport().update()
        named = {value: name.lower() for name, value in TAG_COLOURS}
        self.window.paper_actions.confirm_done(
            f"Coloured the tag {node.name!r} {named.get(colour, colour)}"
            if colour is not None
            else f"Took the colour off the tag {node.name!r}"
        )

    def _other_tag_named(self, old: str, name: str) -> str | None:
        """The existing tag a rename would land on (tag names ignore case), if any."""
        for tag in self.library.all_tag_names():
            if tag.casefold() == name.casefold() and tag.casefold() != old.casefold():
                return tag
        return None

    def _ask_new_name(self, node: Node, *, merge: bool) -> str | None:
        if merge:
            names = self._plain_queues() if node.kind == "queue" else self.library.all_tag_names()
            others = [n for n in names if n != node.name]
            if not others:
                self.window.statusBar().showMessage(f"No other {node.kind} to merge into.", 4000)
                return None
            return ask_choice(
                self.window,
                f"Merge {node.kind}",
                f"Merge {node.name!r} into:",
                others,
                editable=False,
            )
        return ask_text(self.window, f"Rename {node.kind}", "New name:", text=node.name)

    def delete_node(self, node: Node, *, confirm_first: bool = True) -> None:
        if node.kind not in ("tag", "queue"):
            return
        if confirm_first and not confirm(
            self.window,
            f"Delete {node.kind}",
            f"Delete the {node.kind} {node.name!r}? The papers stay.",
        ):
            return
        if node.kind == "tag":
            self.library.delete_tag(node.name)
        else:
            self.library.delete_queue(node.name)
        self.view.refresh()  # shows All papers if the deleted node was on view

    def dropped_on_node(self, node: Node, ids: list[int]) -> None:
        # Said as Ctrl+T and Q say it, with the way back (trial 6: "1 paper → tag to-cite").
        if node.kind == "tag":
            self.library.tag(ids, add=[node.name])
            self.window.paper_actions.confirm_done(
                f"Tagged {counted(len(ids), 'paper')}: +{node.name}"
            )
        elif node.kind == "queue":
            added = self.library.enqueue(node.name, ids)
            self.window.queue_actions.say_enqueued(node.name, ids, added)
        else:
            return
        self.view.refresh()
