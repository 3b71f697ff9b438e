"""The import summary: what each file brought, warnings by line, files refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from papershelf.core.sources import layout_label
from papershelf.core.text import counted
from papershelf.gui.tasks import ImportOutcome


def summary_text(outcome: ImportOutcome) -> str:
    lines = []
    for report in outcome.reports:
        note = " — already imported, nothing changed" if report.already_imported else ""
        read_as = f" (read as {report.encoding})" if report.encoding != "utf-8" else ""
        lines.append(
            f"{Path(report.file).name}: {layout_label(report.layout)}{read_as}, "
            f"{counted(report.papers, 'paper')}, "
            f"{report.new} new, {report.merged} merged{_unchanged(report.unchanged)}{note}"
        )
        lines += [f"    line {w.line}: {readable_warning(w.message)}" for w in report.warnings]
    lines += [f"✗ {failure}" for failure in outcome.failures]
    if outcome.cancelled:
        lines.append("Cancelled: the file being imported was left out entirely.")
    return "\n".join(lines)


def imported_line(outcome: ImportOutcome) -> str:
    """The papers written (new or merged into one held) and the preview's rows left unticked:
    "Imported 12 papers; 3 unticked rows not imported" (trial 37: these were said nowhere).
    Papers the library held unchanged are not counted: a paste ticked again whole, already
    imported, said "Imported 8 papers" above "nothing changed"."""
    written = sum(report.new + report.merged for report in outcome.reports)
    imported = f"Imported {counted(written, 'paper')}"
    if not outcome.unticked:
        return imported
    return f"{imported}; {counted(outcome.unticked, 'unticked row')} not imported"


def _unchanged(count: int) -> str:
    """Papers the library already held as read: ticked in the preview ("will merge"), they
    were imported, yet "0 new, 0 merged" named them nowhere (trial 11)."""
    return f", {count} already in library, unchanged" if count else ""


def readable_warning(message: str) -> str:
    """A reader's reason inside "needs review (…)" without its own "review: " (trial 7:
    "needs review (review: read as a repeated record shape; check the fields)")."""
    return message.replace("needs review (review: ", "needs review (")


class ImportSummary(QDialog):
    def __init__(self, outcome: ImportOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            "Import finished" if not outcome.failures else "Import finished with errors"
        )
        layout = QVBoxLayout(self)
        new = sum(r.new for r in outcome.reports)
        merged = sum(r.merged for r in outcome.reports)
        unchanged = _unchanged(sum(r.unchanged for r in outcome.reports))
        warnings = sum(len(r.warnings) for r in outcome.reports)
        self.headline = QLabel(
            f"<b>{imported_line(outcome)}</b><br>"
            f"{new} new, {merged} merged{unchanged}, {counted(warnings, 'warning')}, "
            f"{counted(len(outcome.failures), 'file')} refused",
            self,
        )
        layout.addWidget(self.headline)
        self.details = QPlainTextEdit(summary_text(outcome), self)
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, self._height_for(self.details.document().blockCount()))

    def _height_for(self, lines: int) -> int:
        """As tall as its lines (trial 5: one line in a 320 px box), up to 320 px; more scroll."""
        line = self.details.fontMetrics().lineSpacing()
        chrome = self.headline.sizeHint().height() + 110  # margins, frame and the OK button
        return max(160, min(320, chrome + line * max(lines, 2)))
