"""The small questions actions ask: a name, a choice, a yes or no. None means cancelled."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from papershelf.core.text import counted


def ask_text(parent: QWidget, title: str, label: str, *, text: str = "") -> str | None:
    """The stripped text typed, or None when cancelled or left empty."""
    answer, ok = QInputDialog.getText(parent, title, label, text=text)
    return answer.strip() if ok and answer.strip() else None


def ask_choice(
    parent: QWidget, title: str, label: str, choices: list[str], *, editable: bool
) -> str | None:
    answer, ok = QInputDialog.getItem(parent, title, label, choices, 0, editable)
    return answer.strip() if ok and answer.strip() else None


def confirm(parent: QWidget, title: str, text: str) -> bool:
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


def ask_tag_changes(parent: QWidget, count: int) -> tuple[list[str], list[str]] | None:
    """Tags to add and to remove, typed as "a, b, -c"."""
    text, ok = QInputDialog.getText(
        parent, "Tag papers", f"Tags for {counted(count, 'paper')} (comma separated; -tag removes):"
    )
    if not ok or not text.strip():
        return None
    words = [w.strip() for w in text.split(",") if w.strip()]
    add = [w for w in words if not w.startswith("-")]
    remove = [w[1:].strip() for w in words if w.startswith("-")]
    return add, remove


def ask_merge_tags(parent: QWidget, old: str, into: str) -> bool:
    """Renaming onto a tag that exists joins the two: say so, and let the user step back."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        "Merge tags",
        f"A tag named {into!r} exists already. Merge {old!r} into it?\n\n"
        f"Papers tagged {old!r} get {into!r}; the tag {old!r} goes away. (Undo brings it back.)",
        buttons.Yes | buttons.Cancel,
        buttons.Cancel,
    )
    return answer == buttons.Yes
