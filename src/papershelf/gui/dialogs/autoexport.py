"""Export › Keep updated…: the kept-updated .bib files, their last write and last error."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from papershelf.core.errors import PapershelfError
from papershelf.gui import file_dialogs
from papershelf.library import Library
from papershelf.library.autoexport import FORMATS, Selection

COLUMNS = ("File", "Format", "Papers", "Last written", "Last error")
KINDS = (("all", "All papers"), ("tag", "Tag"), ("queue", "Queue"), ("search", "Search"))
FORMAT_NAMES = {"bibtex": "BibTeX", "biblatex": "BibLaTeX"}  # as the Format list spells them


class KeepUpdatedDialog(QDialog):
    """The list of kept-updated files, with a form to add one and a button to remove one."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setWindowTitle("Keep .bib files updated")
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("autoexportTable")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._add_form())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.remove_button = buttons.addButton("Remove", QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 380)
        self.reload()

    def _add_form(self) -> QFormLayout:
        form = QFormLayout()
        self.path = QLineEdit(self)
        self.path.setPlaceholderText("the .bib file your LaTeX document reads")
        browse = QPushButton("Browse…", self)
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow("File:", row)
        self.format = QComboBox(self)
        for fmt in FORMATS:
            self.format.addItem(FORMAT_NAMES[fmt], fmt)
        form.addRow("Format:", self.format)
        self.kind = QComboBox(self)
        for kind, label in KINDS:
            self.kind.addItem(label, kind)
        self.value = QComboBox(self)
        self.value.setEditable(True)
        self.kind.currentIndexChanged.connect(self._offer_values)
        selection = QHBoxLayout()
        selection.addWidget(self.kind)
        selection.addWidget(self.value, 1)
        form.addRow("Papers:", selection)
        self.add_button = QPushButton("Add and write now", self)
        self.add_button.clicked.connect(self.add)
        form.addRow("", self.add_button)
        self._offer_values()
        return form

    def _offer_values(self) -> None:
        kind = self.kind.currentData()
        self.value.clear()
        self.value.setEnabled(kind != "all")
        if kind == "tag":
            self.value.addItems(self.library.all_tag_names())
        elif kind == "queue":
            self.value.addItems([queue["name"] for queue in self.library.queues()])

    def browse(self) -> None:
        chosen = file_dialogs.save_file_name(
            self,
            "Keep this file updated",
            "references.bib",
            "BibTeX (*.bib);;All files (*)",
            default_suffix="bib",
        )
        if chosen:
            self.path.setText(chosen)

    def selection(self) -> Selection:
        kind = str(self.kind.currentData())
        return Selection() if kind == "all" else Selection(kind, self.value.currentText().strip())

    def add(self) -> None:
        path = self.path.text().strip()
        if not path:
            QMessageBox.warning(self, "Keep updated", "Choose the file to keep updated.")
            return
        try:
            self.library.add_autoexport(path, self.format.currentData(), self.selection())
        except PapershelfError as error:
            QMessageBox.warning(self, "Cannot keep this file updated", str(error))
            return
        self.path.clear()
        self.reload()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        for row in rows:
            self.library.remove_autoexport(self.paths[row])
        self.reload()

    def reload(self) -> None:
        rows = self.library.autoexports()
        self.paths = [row["path"] for row in rows]
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            cells = (
                row["path"],
                FORMAT_NAMES.get(row["format"], row["format"]),
                row["selection"],
                (row["last_written"] or "never").replace("T", " ")
                + (" UTC" if row["last_written"] else ""),
                row["last_error"] or "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(number, column, item)
