"""Actions that read or write files: import (dialog, paste, drop) and export.

The window's imports read first and write later: the files or the clipboard are read on a
worker, the preview dialog shows what was read, and only the papers the user keeps are written
(on a worker again, with progress and Cancel). Files too large to show are imported whole.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from papershelf.core.errors import ImportFailed
from papershelf.core.text import counted
from papershelf.gui import file_dialogs
from papershelf.gui.dialogs import ExportDialog, ImportSummary, KeepUpdatedDialog
from papershelf.gui.dialogs.import_preview import ImportPreviewDialog
from papershelf.gui.dialogs.import_summary import imported_line
from papershelf.gui.file_drops import LISTING_SUFFIXES, with_folders_opened
from papershelf.gui.import_work import (
    PREVIEW_MAX_BYTES,
    Read,
    import_chosen,
    read_clipboard,
    read_files,
)
from papershelf.gui.tasks import ImportJob, ImportOutcome, ImportTask
from papershelf.library import OWN_FILE

if TYPE_CHECKING:
    from papershelf.gui.main_window import MainWindow

PAINT_FIRST_MS = 50  # the import summary paints before the view is queried again
LISTING_FILTER = (
    f"Listings ({' '.join('*' + suffix for suffix in LISTING_SUFFIXES)});;All files (*)"
)
NO_LISTING_INSIDE = (
    f"a folder with no listing file ({', '.join(LISTING_SUFFIXES)}) directly inside; "
    "its subfolders are not searched"
)


class FileActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.library = window.library
        self.view = window.view
        self.last_import: ImportOutcome | None = None
        self.import_summary: ImportSummary | None = None
        self.preview_dialog: ImportPreviewDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.keep_updated_dialog: KeepUpdatedDialog | None = None

    # -- import ----------------------------------------------------------------------------

    def import_dialog(self) -> None:
        paths = file_dialogs.open_file_names(
            self.window, "Import listing files", "", LISTING_FILTER
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def paste_listing(self) -> None:
        """Ctrl+Shift+V: the clipboard's listing, its HTML first when a browser put one there."""
        mime = QGuiApplication.clipboard().mimeData()
        text = mime.text() if mime is not None and mime.hasText() else ""
        html = mime.html() if mime is not None and mime.hasHtml() else ""
        if not text.strip() and not html.strip():
            self.window.statusBar().showMessage("The clipboard holds no text.", 4000)
            return
        self.window.workers.run(
            "Reading the clipboard", read_clipboard(text, html), title="Import", done=self._read
        )

    def import_paths(self, paths: list[Path]) -> None:
        """Files chosen or dropped: previewed, except those too large to show. A folder gives
        the listing files directly inside it, as the import dialog would offer them."""
        paths, no_listing = with_folders_opened(paths)
        refused = [ImportFailed(str(folder), NO_LISTING_INSIDE) for folder in no_listing]
        refused += [
            ImportFailed(str(path), OWN_FILE) for path in paths if self.library.is_own_file(path)
        ]
        paths = [path for path in paths if not self.library.is_own_file(path)]
        small = [path for path in paths if _size(path) <= PREVIEW_MAX_BYTES]
        large = [path for path in paths if path not in small]
        if not small:
            if large:
                self.start_import(ImportJob(paths=large))
            elif refused:
                self._read(Read(failures=refused))
            return

        def read(result: object) -> None:
            assert isinstance(result, Read)
            result.whole = large
            result.failures[:0] = refused
            self._read(result)

        self.window.workers.run("Reading", read_files(small), title="Import", done=read)

    def _read(self, result: object) -> None:
        assert isinstance(result, Read)
        if not result.files:
            self.window.show_error(
                "Nothing to import", "\n".join(str(failure) for failure in result.failures)
            )
            return
        previous = self.preview_dialog
        if previous is not None and not previous.isVisible():
            # The last preview, closed, gives way: a child of the window, it kept the papers it
            # had read, its rows and its tree (trial 12: ~40 MB a 5 000-entry .bib, for every
            # preview of the session).
            previous.deleteLater()
        dialog = ImportPreviewDialog(
            result.files,
            result.failures,
            self.window,
            also_whole=len(result.whole),
            workers=self.window.workers,
        )
        dialog.accepted.connect(lambda: self._write_chosen(dialog, result))
        dialog.rejected.connect(
            lambda: self.window.statusBar().showMessage("Import cancelled: nothing written.", 4000)
        )
        self.preview_dialog = dialog
        dialog.open()

    def _write_chosen(self, dialog: ImportPreviewDialog, result: Read) -> None:
        chosen = dialog.chosen()
        unticked = dialog.model.unticked_count()
        work = import_chosen(chosen, result.whole, result.failures, unticked=unticked)
        papers = sum(len(indexes) for _file, indexes in chosen)
        label = f"Importing {counted(papers, 'paper')}"
        if result.whole:
            label += " and " + ", ".join(path.name for path in result.whole)
        self.window.workers.run(label, work, title="Import", done=self._imported)

    def start_import(self, job: ImportJob) -> ImportTask:
        """Import without a preview: every paper of the files (large files, scripts, tests)."""
        task = ImportTask(self.library.path, job)
        task.setAutoDelete(False)
        names = ", ".join(path.name for path in job.paths) or "the pasted text"
        self.window.workers.start(
            task, title="Import", label=f"Importing {names}…", done=self._imported
        )
        return task

    def _imported(self, outcome: object) -> None:
        """The summary first; the view is queried again (seconds at 20k papers) once the
        summary has painted, so that the closed progress box is not left over it meanwhile."""
        assert isinstance(outcome, ImportOutcome)
        if self.import_summary is not None:
            # The last import's box gives way (trial 8: two "Import finished" boxes stacked).
            self.import_summary.close()
            self.import_summary.deleteLater()
        summary = ImportSummary(outcome, self.window)
        summary.setModal(False)
        summary.show()
        self.import_summary = summary
        self.window.statusBar().showMessage(_said(outcome), 10000)
        self.view.seen_version = self.library.data_version()  # our own change, not elsewhere
        QTimer.singleShot(PAINT_FIRST_MS, lambda: self._show_import(outcome))

    def _show_import(self, outcome: ImportOutcome) -> None:
        if self.window.closing:
            return
        self.view.refresh()
        added = [i for report in outcome.reports for i in report.paper_ids]
        if added:
            self.window.sidebar_model.forget_duplicates()
            if self.view.node.key == "duplicates":
                self.window.duplicates.reload()
        self.show_imported(added)
        self.last_import = outcome

    def show_imported(self, ids: list[int]) -> None:
        """The papers just imported, highlighted, so nobody has to hunt for them."""
        if ids:
            self.view.reveal(ids)
            self.window.table.setFocus()

    # -- export ----------------------------------------------------------------------------

    def export_selection(
        self, ids: list[int] | None = None, *, title: str | None = None
    ) -> ExportDialog:
        """`ids` None: the highlighted papers (one or more), the whole view offered beside
        them; nothing highlighted, the whole view."""
        in_order = self.view.node.kind == "queue" and self.window.model.sort_key is None
        view_ids = None
        if ids is None:
            view_ids = self.window.model.all_ids()
            ids = self.view.selected_ids() or view_ids
        previous = self.export_dialog
        if previous is not None and not previous.isVisible() and previous.saving is None:
            # As a closed preview does (the ids of a 16 000-paper view); one that saved, or is
            # saving on a worker that will call it back, is left alone.
            previous.deleteLater()
        dialog = ExportDialog(
            self.library,
            ids,
            title=title or self.view.view_title(),
            in_order=in_order,
            workers=self.window.workers,
            view_ids=view_ids,
            settings=self.window.settings,
            parent=self.window,
        )
        dialog.saved.connect(self._exported)
        dialog.show()
        self.export_dialog = dialog
        return dialog

    def _exported(self, path: Path, count: int) -> None:
        """The export's worker stored the keys it assigned: our own change, shown at once
        (the detail pane's Key), not left for the watch to call it a change made elsewhere,
        whose message replaced this one."""
        self.view.refresh()
        self.window.statusBar().showMessage(f"Exported {counted(count, 'paper')} to {path}", 10000)

    def keep_updated(self) -> KeepUpdatedDialog:
        """Export › Keep updated…: the kept-updated files, to see, add or remove."""
        dialog = KeepUpdatedDialog(self.library, self.window)
        self.window.autoexporter.refreshed.connect(dialog.reload)
        dialog.show()
        self.keep_updated_dialog = dialog
        return dialog


def _said(outcome: ImportOutcome) -> str:
    """The summary's first line, also where the bulk actions say what they did (and once the
    summary is closed), with the undo when the import changed something."""
    changed = any(report.new or report.merged for report in outcome.reports)
    return imported_line(outcome) + (" — Ctrl+Z to undo" if changed else "")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # read for the preview, which names the file and what is wrong with it
