"""The Help menu's windows: the keyboard shortcuts (read from the real actions), the search
syntax, and About (version, library path, licences)."""

from __future__ import annotations

import html
from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from papershelf import __version__

RUNTIME_PACKAGES = (
    "PySide6-Essentials",
    "sqlite-utils",
    "platformdirs",
    "pylatexenc",
    "bibtexparser",
    "ftfy",
    "markdown-it-pyrs",
)

SEARCH_SYNTAX = [
    ("attention", "papers with a word starting with “attention” (accents ignored)"),
    ('"few shot"', "a phrase"),
    ("-clip", "papers without the word"),
    ("tag:vision  -tag:read", "with / without a whole tag"),
    ("tagtext:vis", "a word inside tag names"),
    ("author:hu", "an author's name starts with “hu”"),
    ("year:>=2022  year:2023", "publication year, compared or exact"),
    ("rating:>=4", "your rating"),
    ("status:unread  status:reading", "reading status (unread = new or to read)"),
    ("queue:thesis", "papers in a queue"),
    ("has:notes  needs:title", "papers with notes, papers flagged for review"),
    ("needs:unlike", "flagged for a reason of the reader's starting “unlike”"),
    ("category:cv  source:003", "arXiv category, the file a paper came from"),
    ("note:word", "a word in your notes"),
]


# Keys that widgets handle themselves (no action holds them), for the shortcuts list.
WIDGET_KEYS = [
    ("Esc", "in the search field: clear the search"),
    ("Down / Return", "in the search field: into the results"),
    ("Return", "on a sidebar node: into its papers"),
    ("Home / End, Ctrl+Home / Ctrl+End", "highlight the first / last paper of the view"),
    ("Shift+Home / Shift+End", "extend the highlight to the first / last paper of the view"),
    ("Left / Right, 0–5", "on the detail pane's rating: one star less / more, that many"),
    ("Tab / Shift+Tab", "table → detail pane → sidebar → search, and back"),
    ("Alt+K", "the detail pane's citation key (not on the Tab chain)"),
    ("Esc", "in a detail field: back to the papers, the edit kept"),
    ("Space / Ctrl+Enter", "in the import preview: tick or untick the rows / import"),
]


def key_text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, in menu order, without repeats."""
    rows: list[tuple[str, str]] = []
    for action in actions:
        keys = key_text(action.shortcut())
        # Undo and Redo name the step they would take ("Undo Rename source"); the list says
        # what the key does in general.
        label = str(action.property("general_text") or action.text()).replace("&", "").rstrip("…")
        if keys and (keys, label) not in rows:
            rows.append((keys, label))
    return rows


def licence_of(package: str) -> str:
    """The licence a package declares in its installed metadata."""
    try:
        data = metadata(package)
    except PackageNotFoundError:
        return "not installed"
    # get_all: a missing field answers None there, where [] warns on newer Pythons.
    declared = (data.get_all("License-Expression") or []) + (data.get_all("License") or [])
    if declared and declared[0].strip():
        return str(declared[0]).strip().splitlines()[0]
    classifiers = [c for c in data.get_all("Classifier") or [] if c.startswith("License ::")]
    return classifiers[0].rsplit(" :: ", 1)[-1] if classifiers else "see the package"


def _table(rows: list[tuple[str, str]], *, code: bool) -> str:
    cell = "<td><code>{}</code></td>" if code else "<td><b>{}</b></td>"
    body = "".join(
        f"<tr>{cell.format(html.escape(a))}<td>{html.escape(b)}</td></tr>" for a, b in rows
    )
    return f"<table cellspacing='0' cellpadding='4'>{body}</table>"


def _show(parent: QWidget, title: str, name: str, content: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.resize(560, 520)
    text = QTextBrowser(dialog)
    text.setOpenExternalLinks(True)
    text.setHtml(content)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.show()
    return dialog


class ShortcutsDialog(QDialog):
    """Every key of the window: a list (its scroll bar follows the keys), not a page."""

    def __init__(self, parent: QWidget, rows: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(560, 520)
        self.list = QTreeWidget(self)
        self.list.setColumnCount(2)
        self.list.setHeaderLabels(["Keys", "Does"])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformRowHeights(True)
        self.items = [QTreeWidgetItem(self.list, [keys, label]) for keys, label in rows]
        self.list.resizeColumnToContents(0)
        if self.items:
            self.list.setCurrentItem(self.items[0])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def listed_keys(self) -> list[str]:
        return [item.text(0) for item in self.items]


def show_shortcuts(parent: QWidget, rows: list[tuple[str, str]]) -> ShortcutsDialog:
    dialog = ShortcutsDialog(parent, rows)
    dialog.show()
    return dialog


def show_search_syntax(parent: QWidget) -> QDialog:
    content = "<h3>Search</h3><p>The list filters as you type; all terms must match.</p>" + _table(
        SEARCH_SYNTAX, code=True
    )
    return _show(parent, "Search syntax", "searchSyntaxDialog", content)


def show_about(parent: QWidget, library_path: Path) -> QDialog:
    content = (
        f"<h2>Papershelf {html.escape(__version__)}</h2>"
        "<p>A reading-list manager for research papers.</p>"
        f"<p><b>Library:</b> {html.escape(str(library_path))}</p>"
        "<p><b>Licences:</b> Papershelf, its icons and its stylesheet: MIT. It runs on:</p>"
        + _table([(name, licence_of(name)) for name in RUNTIME_PACKAGES], code=False)
    )
    return _show(parent, "About Papershelf", "aboutDialog", content)
