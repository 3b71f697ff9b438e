"""Actions that read or write files: import (dialog, paste, drop) and export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from papershelf.gui.dialogs import ExportDialog, ImportSummary, KeepUpdatedDialog
from papershelf.gui.tasks import ImportJob, ImportOutcome, ImportTask

if TYPE_CHECKING:
    from papershelf.gui.main_window import MainWindow

LISTING_FILTER = "Listings (*.txt *.bib *.json);;All files (*)"


class FileActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.library = window.library
        self.view = window.view
        self.last_import: ImportOutcome | None = None
        self.import_summary: ImportSummary | None = None
        self.export_dialog: ExportDialog | None = None
        self.keep_updated_dialog: KeepUpdatedDialog | None = None

    # -- import ----------------------------------------------------------------------------

    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, "Import listing files", "", LISTING_FILTER
        )
        if paths:
            self.start_import(ImportJob(paths=[Path(p) for p in paths]))

    def paste_listing(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.window.statusBar().showMessage("The clipboard holds no text.", 4000)
            return
        self.start_import(ImportJob(text=text, name="clipboard"))

    def import_paths(self, paths: list[Path]) -> None:
        if paths:
            self.start_import(ImportJob(paths=paths))

    def start_import(self, job: ImportJob) -> ImportTask:
        task = ImportTask(self.library.path, job)
        task.setAutoDelete(False)
        self.window.workers.start(task, title="Import", label="Importing…", done=self._imported)
        return task

    def _imported(self, outcome: object) -> None:
        assert isinstance(outcome, ImportOutcome)
        self.last_import = outcome
        self.view.refresh()
        summary = ImportSummary(outcome, self.window)
        summary.setModal(False)
        summary.show()
        self.import_summary = summary

    # -- export ----------------------------------------------------------------------------

    def export_selection(
        self, ids: list[int] | None = None, *, title: str | None = None
    ) -> ExportDialog:
        in_order = self.view.node.kind == "queue" and self.window.model.sort_key is None
        if ids is None:
            selected = self.view.selected_ids()
            ids = selected if len(selected) > 1 else self.window.model.all_ids()
        dialog = ExportDialog(
            self.library,
            ids,
            title=title or self.view.view_title(),
            in_order=in_order,
            workers=self.window.workers,
            parent=self.window,
        )
        dialog.show()
        self.export_dialog = dialog
        return dialog

    def keep_updated(self) -> KeepUpdatedDialog:
        """Export › Keep updated…: the kept-updated files, to see, add or remove."""
        dialog = KeepUpdatedDialog(self.library, self.window)
        self.window.autoexporter.refreshed.connect(dialog.reload)
        dialog.show()
        self.keep_updated_dialog = dialog
        return dialog
