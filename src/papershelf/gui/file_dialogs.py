"""File dialogs that never open a file they only list.

On Linux, closing any descriptor of a file drops every POSIX lock the process holds on it
(SQLite's "How To Corrupt An SQLite Database File", 2.2). A file dialog that sniffs each file's
contents for its type or icon opens and closes the open library's own files when it shows their
folder; the window then holds no lock, and the next `papershelf` command believes it is the last
user and deletes the window's write-ahead log: the two work on different libraries from then on
(trial 5). Qt's own dialog is used, with an icon provider that goes by name alone; a platform
dialog running in this process (GTK's sniffs through GIO) cannot be told so.
"""

from __future__ import annotations

from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

Icon = QFileIconProvider.IconType


class NamesOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name alone: nothing is opened."""

    def icon(self, what: QFileInfo | QFileIconProvider.IconType) -> QIcon:
        if isinstance(what, QFileInfo):
            return super().icon(Icon.Folder if what.isDir() else Icon.File)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return "Folder"
        suffix = info.suffix()
        return f"{suffix.upper()} file" if suffix else "File"


_PROVIDER: NamesOnlyIconProvider | None = None  # one for every dialog; a dialog does not own it


def _provider() -> NamesOnlyIconProvider:
    global _PROVIDER
    if _PROVIDER is None:
        _PROVIDER = NamesOnlyIconProvider()
    return _PROVIDER


def safe_dialog(
    parent: QWidget | None, caption: str, folder: str = "", filters: str = ""
) -> QFileDialog:
    """Qt's dialog (not the platform's), listing by name only."""
    dialog = QFileDialog(parent, caption, folder, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(_provider())
    return dialog


def open_file_names(
    parent: QWidget | None, caption: str, folder: str = "", filters: str = ""
) -> list[str]:
    dialog = safe_dialog(parent, caption, folder, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return dialog.selectedFiles() if dialog.exec() else []


def save_file_name(
    parent: QWidget | None,
    caption: str,
    suggested: str = "",
    filters: str = "",
    *,
    default_suffix: str = "",
) -> str:
    dialog = safe_dialog(parent, caption, suggested, filters)
    dialog.setDefaultSuffix(default_suffix)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if not dialog.exec():
        return ""
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen else ""


def existing_folder(parent: QWidget | None, caption: str, folder: str = "") -> str:
    dialog = safe_dialog(parent, caption, folder)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if not dialog.exec():
        return ""
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen else ""
