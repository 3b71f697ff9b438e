"""Actions that hand a paper to the outside: open its link, copy its citation key or BibTeX."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from papershelf.core.text import counted

if TYPE_CHECKING:
    from papershelf.gui.main_window import MainWindow


def paper_link(paper: dict[str, Any]) -> str | None:
    """The page a paper lives at: its first link, else its arXiv abstract, else its DOI."""
    if paper["urls"]:
        return str(paper["urls"][0])
    if paper["arxiv_id"]:
        return f"https://arxiv.org/abs/{paper['arxiv_id']}"
    if paper["doi"]:
        return f"https://doi.org/{paper['doi']}"
    return None


class LinkActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.library = window.library

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 5000)

    def open_link(self) -> None:
        ids = self.window.view.selected_ids()[:10]  # a slip of Ctrl+A must not open hundreds
        links = [link for paper in self.library.papers(ids) if (link := paper_link(paper))]
        if not links:
            self._say("No link known for the selected paper.")
            return
        for link in links:
            QDesktopServices.openUrl(QUrl(link))
        self._say(f"Opened {counted(len(links), 'link')}.")

    def copy_citation_key(self) -> None:
        ids = self.window.view.selected_ids()
        if not ids:
            return
        keys = [str(paper["citation_key"]) for paper in self.library.keyed_papers(ids)]
        QGuiApplication.clipboard().setText(", ".join(keys))
        self._say(f"Copied {', '.join(keys[:3])}{' …' if len(keys) > 3 else ''}")

    def copy_bibtex(self) -> None:
        ids = self.window.view.selected_ids()
        if not ids:
            return
        QGuiApplication.clipboard().setText(self.library.export(ids, "bibtex"))
        self._say(f"Copied {counted(len(ids), 'BibTeX entry', 'BibTeX entries')}.")
