"""The small questions actions ask: a name, a choice, a yes or no. None means cancelled."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from papershelf.core.text import counted
from papershelf.gui.widgets.detail import TagCompleter

# Room for a title, a smart queue's search or a few tags: Qt's input dialog opens ~200 px wide.
DIALOG_WIDTH = 460


class WideInput:
    """QInputDialog's getText and getItem (same arguments and answers; tests replace them the
    same way), opened wide enough to read what is typed."""

    @staticmethod
    def _dialog(parent: QWidget, title: str, label: str) -> QInputDialog:
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        return dialog

    @staticmethod
    def _widen(dialog: QInputDialog) -> None:
        """Its layout fixes the dialog's size to the field's, so the field is widened."""
        for field in dialog.findChildren(QLineEdit) + dialog.findChildren(QComboBox):
            field.setMinimumWidth(DIALOG_WIDTH - 20)  # less the dialog's margins

    @staticmethod
    def getText(parent: QWidget, title: str, label: str, text: str = "") -> tuple[str, bool]:
        dialog = WideInput._dialog(parent, title, label)
        dialog.setTextValue(text)
        WideInput._widen(dialog)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.textValue(), accepted

    @staticmethod
    def getItem(
        parent: QWidget, title: str, label: str, items: list[str], current: int, editable: bool
    ) -> tuple[str, bool]:
        dialog = WideInput._dialog(parent, title, label)
        dialog.setComboBoxItems(items)
        dialog.setComboBoxEditable(editable)
        if items:
            dialog.setTextValue(items[current])
        WideInput._widen(dialog)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.textValue(), accepted


def ask_text(parent: QWidget, title: str, label: str, *, text: str = "") -> str | None:
    """The stripped text typed, or None when cancelled or left empty."""
    answer, ok = WideInput.getText(parent, title, label, text=text)
    return answer.strip() if ok and answer.strip() else None


def ask_choice(
    parent: QWidget, title: str, label: str, choices: list[str], *, editable: bool
) -> str | None:
    answer, ok = WideInput.getItem(parent, title, label, choices, 0, editable)
    return answer.strip() if ok and answer.strip() else None


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """A question about an action the user asked for: Return means Yes (Qt's own default for
    Yes and No), Esc means No."""
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


class RemovableTagCompleter(TagCompleter):
    """The detail pane's completion, also after a "-" (a tag to remove)."""

    def pathFromIndex(self, index) -> str:  # type: ignore[no-untyped-def]
        path = super().pathFromIndex(index)
        typed = self.widget().text().rsplit(",", 1)[-1].strip()  # type: ignore[attr-defined]
        if typed.startswith("-"):
            done, _, last = path.rpartition(", ")
            return f"{done}, -{last}" if done else f"-{last}"
        return path

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip().lstrip("-")]


class TagDialog(QDialog):
    """Tags to add and remove for a selection, typed as "a, b, -c" with completion."""

    def __init__(self, parent: QWidget, title: str, text: str, names: list[str]) -> None:
        super().__init__(parent)
        self.setObjectName("tagDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(DIALOG_WIDTH)
        label = QLabel(text, self)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("vision, to-cite, -later")
        completer = RemovableTagCompleter(QStringListModel(names, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edit.setCompleter(completer)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    @staticmethod
    def get_text(parent: QWidget, title: str, label: str, names: list[str]) -> tuple[str, bool]:
        """Like QInputDialog.getText (and replaced like it in tests): (text, accepted)."""
        dialog = TagDialog(parent, title, label, names)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.edit.text(), accepted


def parse_tag_changes(text: str) -> tuple[list[str], list[str]] | None:
    words = [w.strip() for w in text.split(",") if w.strip()]
    if not words:
        return None
    add = [w for w in words if not w.startswith("-")]
    remove = [w[1:].strip() for w in words if w.startswith("-") and w[1:].strip()]
    return add, remove


def ask_tag_changes(
    parent: QWidget, count: int, names: list[str] | None = None
) -> tuple[list[str], list[str]] | None:
    """Tags to add and to remove, typed as "a, b, -c"; completion from the library's tags."""
    label = f"Tags for {counted(count, 'paper')} (comma separated; -tag removes):"
    text, ok = TagDialog.get_text(parent, "Tag papers", label, names or [])
    return parse_tag_changes(text) if ok else None


def ask_merge_tags(parent: QWidget, old: str, into: str) -> bool:
    """Renaming onto a tag that exists joins the two: say so, and let the user step back."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        "Merge tags",
        f"A tag named {into!r} exists already. Merge {old!r} into it?\n\n"
        f"Papers tagged {old!r} get {into!r}; the tag {old!r} goes away. (Undo brings it back.)",
        buttons.Yes | buttons.Cancel,
        buttons.Yes,  # the user asked for this rename, as for a move to the trash: Return goes on
    )
    return answer == buttons.Yes


def ask_merge(parent: QWidget, kind: str, old: str, into: str) -> bool:
    """Renaming a queue onto one that exists joins the two: say so first."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        f"Merge {kind}s",
        f"A {kind} named {into!r} exists already. Merge {old!r} into it?\n\n"
        f"The papers of {old!r} join the end of {into!r}; {old!r} goes away. "
        "(Undo brings it back.)",
        buttons.Yes | buttons.Cancel,
        buttons.Yes,
    )
    return answer == buttons.Yes
