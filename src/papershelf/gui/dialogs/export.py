"""The export dialog: pick a format, preview the first entries, save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from papershelf.core.errors import PapershelfError
from papershelf.core.text import counted
from papershelf.export import EXTENSIONS, FORMATS
from papershelf.library import Library

PREVIEW_PAPERS = 100
FORMAT_LABELS = {
    "bibtex": "BibTeX",
    "biblatex": "BibLaTeX",
    "csl-json": "CSL-JSON (pandoc, Zotero)",
    "ris": "RIS",
    "csv": "CSV",
    "markdown": "Markdown reading list",
}


class ExportDialog(QDialog):
    """Pick a format, see the output, save it."""

    def __init__(
        self,
        library: Library,
        ids: list[int],
        *,
        title: str,
        in_order: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library, self.ids, self.title, self.in_order = library, ids, title, in_order
        self.setWindowTitle(f"Export {counted(len(ids), 'paper')} — {title}")
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel("Format:", self))
        self.format = QComboBox(self)
        for key in FORMATS:
            self.format.addItem(FORMAT_LABELS[key], key)
        self.format.currentIndexChanged.connect(self._preview)
        row.addWidget(self.format, 1)
        layout.addLayout(row)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setObjectName("exportPreview")
        layout.addWidget(self.preview, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 520)
        self.saved_to: Path | None = None
        self._preview()

    def text(self, *, ids: list[int] | None = None) -> str:
        chosen = self.ids if ids is None else ids
        fmt = self.format.currentData()
        return self.library.export(chosen, fmt, title=self.title, in_order=self.in_order)

    def _preview(self) -> None:
        # The preview shows the first entries only, so a 100k-paper export never stalls the window.
        shown = self.ids[:PREVIEW_PAPERS]
        text = self.text(ids=shown)
        if len(self.ids) > len(shown):
            more = counted(len(self.ids) - len(shown), "more paper")
            text += f"\n… and {more}, written when you save.\n"
        self.preview.setPlainText(text)

    def save(self, path: Path | None = None) -> None:
        fmt = self.format.currentData()
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, "Export", f"papers{EXTENSIONS[fmt]}")
            if not chosen:
                return
            path = Path(chosen)
        try:
            self.library.export_to_file(
                path, self.ids, fmt, title=self.title, in_order=self.in_order
            )
        except PapershelfError as error:
            QMessageBox.warning(self, "Cannot save", str(error))
            return
        self.saved_to = path
        self.accept()
