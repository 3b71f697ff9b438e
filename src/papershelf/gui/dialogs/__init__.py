"""The window's dialogs: import summary, export, kept-updated files, and small prompts."""

from papershelf.gui.dialogs.autoexport import KeepUpdatedDialog
from papershelf.gui.dialogs.export import ExportDialog
from papershelf.gui.dialogs.import_summary import ImportSummary, summary_text

__all__ = ["ExportDialog", "ImportSummary", "KeepUpdatedDialog", "summary_text"]
