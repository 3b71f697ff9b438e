"""The export dialog: pick a format, preview the first entries, save."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from papershelf.core.text import counted
from papershelf.export import EXTENSIONS, FORMATS
from papershelf.gui import file_dialogs
from papershelf.gui.tasks import Cancelled, LibraryTask, Progress
from papershelf.library import Library

if TYPE_CHECKING:
    from papershelf.gui.workers import Workers

PREVIEW_PAPERS = 100
FORMAT_LABELS = {
    "bibtex": "BibTeX",
    "biblatex": "BibLaTeX",
    "csl-json": "CSL-JSON (pandoc, Zotero)",
    "ris": "RIS",
    "csv": "CSV",
    "markdown": "Markdown reading list",
}


def fixed_width_font() -> QFont:
    """The system's fixed-width font; where that resolves to a proportional one (no desktop
    settings, as under Xvfb), a known monospaced family."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if not QFontInfo(font).fixedPitch():
        font.setFamilies(["DejaVu Sans Mono", "Liberation Mono", "Noto Mono", "Courier New"])
        font.setStyleHint(QFont.StyleHint.TypeWriter)
    return font


def documents_folder() -> Path:
    """Where a first export is offered: the reader's documents, not the program's working
    folder (a checkout, when started with `make run`)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def default_file_name(title: str, extension: str) -> str:
    """The view's own name: "Queue: thesis" saves as thesis.bib; the whole list as papers."""
    name = title.split(": ", 1)[1] if title.startswith(("Queue: ", "Tag: ")) else title
    if name == "Reading list":
        name = "papers"
    safe = re.sub(r'[\\/:*?"<>|\s]+', "-", name).strip("-.")
    return f"{safe or 'papers'}{extension}"


def scope_labels(selected: int, in_view: int) -> tuple[str, str]:
    """The two choices, saying what each exports: "the 3 selected papers", "the 120 papers
    in this view"."""
    chosen = "the selected paper" if selected == 1 else f"the {selected} selected papers"
    everything = "the paper in this view" if in_view == 1 else f"the {in_view} papers in this view"
    return chosen, everything


class ExportDialog(QDialog):
    """Pick what (the selection or the whole view) and a format, see the output, save it."""

    saved = Signal(Path, int)  # the file written and how many papers it holds

    def __init__(
        self,
        library: Library,
        ids: list[int],
        *,
        title: str,
        in_order: bool,
        workers: Workers,
        view_ids: list[int] | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`ids` are exported; `view_ids`, where given (the selection's view), are offered
        instead, the choice saying which is which."""
        super().__init__(parent)
        self.workers = workers
        self.settings = settings
        self.saving: LibraryTask | None = None
        self.library, self.ids, self.title, self.in_order = library, ids, title, in_order
        self.chosen_ids, self.view_ids = ids, view_ids
        layout = QVBoxLayout(self)
        self.only_selected: QRadioButton | None = None
        self.whole_view: QRadioButton | None = None
        if view_ids is not None and len(view_ids) > len(ids):
            layout.addLayout(self._scope_row(len(ids), len(view_ids)))
        row = QHBoxLayout()
        label = QLabel("&Format:", self)
        row.addWidget(label)
        self.format = QComboBox(self)
        label.setBuddy(self.format)  # Alt+F
        for key in FORMATS:
            self.format.addItem(FORMAT_LABELS[key], key)
        self.format.currentIndexChanged.connect(self._preview)
        row.addWidget(self.format, 1)
        layout.addLayout(row)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setObjectName("exportPreview")
        # BibTeX, RIS and CSV line up in columns: a fixed-width font, the system's own.
        self.preview.setFont(fixed_width_font())
        layout.addWidget(self.preview, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        # Alt+S, whatever the desktop's theme names the standard button (plain "Save" outside
        # GNOME and KDE); Cancel has Esc.
        self.save_button.setText("&Save")
        self.save_button.setEnabled(bool(ids))
        layout.addWidget(buttons)
        self.resize(760, 520)
        self.saved_to: Path | None = None
        self._name_window()
        self._preview()

    def _scope_row(self, selected: int, in_view: int) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel("Export:", self))
        chosen, everything = scope_labels(selected, in_view)
        self.only_selected = QRadioButton(chosen, self)
        self.whole_view = QRadioButton(everything, self)
        self.only_selected.setChecked(True)
        self.whole_view.toggled.connect(self._scope_changed)
        row.addWidget(self.only_selected)
        row.addWidget(self.whole_view)
        row.addStretch(1)
        return row

    def _scope_changed(self, whole: bool) -> None:
        self.ids = list(self.view_ids or []) if whole else self.chosen_ids
        self._name_window()
        self._preview()

    def _name_window(self) -> None:
        self.setWindowTitle(f"Export {counted(len(self.ids), 'paper')} — {self.title}")

    def text(self, *, ids: list[int] | None = None) -> str:
        """What the export will write; keys not yet assigned are shown, not stored: only
        the export itself assigns them."""
        chosen = self.ids if ids is None else ids
        fmt = self.format.currentData()
        return self.library.export(
            chosen, fmt, title=self.title, in_order=self.in_order, preview=True
        )

    def _preview(self) -> None:
        if not self.ids:
            self.preview.setPlainText(
                "Nothing to export: select papers, or choose a view that has some."
            )
            return
        # The preview shows the first entries only, so a 100k-paper export never stalls the window.
        shown = self.ids[:PREVIEW_PAPERS]
        text = self.text(ids=shown)
        if len(self.ids) > len(shown):
            more = counted(len(self.ids) - len(shown), "more paper")
            text += f"\n… and {more}, written when you save.\n"
        self.preview.setPlainText(text)

    def _folder(self) -> Path:
        """The folder of the last export, while it exists; else the reader's documents."""
        last = self.settings.value("export/folder") if self.settings is not None else None
        if last and Path(str(last)).is_dir():
            return Path(str(last))
        return documents_folder()

    def save(self, path: Path | None = None) -> LibraryTask | None:
        """Write the whole export on a worker (Cancel leaves no file); the dialog closes after."""
        if not self.ids:
            return None
        fmt = self.format.currentData()
        if path is None:
            extension = EXTENSIONS[fmt]
            chosen = file_dialogs.save_file_name(
                self,
                "Export",
                str(self._folder() / default_file_name(self.title, extension)),
                f"{FORMAT_LABELS[fmt]} (*{extension});;All files (*)",
                default_suffix=extension.lstrip("."),
            )
            if not chosen:
                return None
            path = Path(chosen)
            if self.settings is not None:
                self.settings.setValue("export/folder", str(path.parent))
        target, ids, title, in_order = path, list(self.ids), self.title, self.in_order

        def work(library: Library, progress: Progress, cancelled: Cancelled) -> object:
            return library.export_to_file(
                ids,
                fmt,
                target,
                title=title,
                in_order=in_order,
                progress=progress,
                cancelled=cancelled,
            )

        self.saving = self.workers.run(
            f"Exporting {counted(len(ids), 'paper')}",
            work,
            title="Export",
            done=lambda written: self._saved(target) if written else self._not_saved(),
            parent=self,
        )
        return self.saving

    def _not_saved(self) -> None:
        self.setWindowTitle(f"{self.windowTitle().split(' (')[0]} (cancelled: nothing written)")

    def _saved(self, path: Path) -> None:
        self.saved_to = path
        self.saved.emit(path, len(self.ids))
        self.accept()
