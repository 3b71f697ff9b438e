"""The window's dialogs: import summary, export, and the small prompts actions ask."""

from papershelf.gui.dialogs.export import ExportDialog
from papershelf.gui.dialogs.import_summary import ImportSummary, summary_text

__all__ = ["ExportDialog", "ImportSummary", "summary_text"]
