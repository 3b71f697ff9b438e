"""Actions on sidebar nodes (tags and queues): rename, merge, delete, drop papers on one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from papershelf.core.text import counted
from papershelf.gui.dialogs.prompts import ask_choice, ask_merge_tags, ask_text, confirm
from papershelf.gui.widgets.sidebar import Node

if TYPE_CHECKING:
    from papershelf.gui.main_window import MainWindow


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
        if node.kind == "tag" and not merge:
            existing = self._other_tag_named(node.name, new_name)
            if existing is not None and not ask_merge_tags(self.window, node.name, existing):
                return
        if node.kind == "tag":
            self.library.rename_tag(node.name, new_name)
        else:
            self.library.rename_queue(node.name, new_name)
        renamed = Node(f"{node.kind}:{new_name}", node.kind, new_name)
        if self.view.node.key == node.key:
            self.view.show_node(renamed)  # the view's filter still names the old one
        else:
            self.view.refresh()

    def _other_tag_named(self, old: str, name: str) -> str | None:
        """The existing tag a rename would land on (tag names ignore case), if any."""
        for tag in self.library.all_tag_names():
            if tag.casefold() == name.casefold() and tag.casefold() != old.casefold():
                return tag
        return None

    def _ask_new_name(self, node: Node, *, merge: bool) -> str | None:
        if merge:
            others = [n for n in self.library.all_tag_names() if n != node.name]
            return ask_choice(
                self.window, "Merge tag", f"Merge {node.name!r} into:", others, editable=False
            )
        return ask_text(self.window, f"Rename {node.kind}", "New name:", text=node.name)

    def delete_node(self, node: Node, *, confirm_first: bool = True) -> None:
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
        if node.kind == "tag":
            self.library.tag(ids, add=[node.name])
        elif node.kind == "queue":
            self.library.enqueue(node.name, ids)
        self.window.statusBar().showMessage(
            f"{counted(len(ids), 'paper')} → {node.kind} {node.name}", 4000
        )
        self.view.refresh()
