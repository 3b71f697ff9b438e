"""Context menus with the actions users expect and their shortcuts; the tag dialog's completion;
bulk actions confirmed in the status bar; links and citations handed to the outside."""

from __future__ import annotations

import bibtexparser
import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from papershelf.gui.actions.links import paper_link
from papershelf.gui.dialogs.prompts import DIALOG_WIDTH, TagDialog, ask_choice, ask_text
from papershelf.gui.main_window import MainWindow
from papershelf.store.search import Filter
from tests.gui.test_main_window import select_rows


def entries(menu: QMenu) -> dict[str, str]:
    """Visible text -> shortcut, submenus by their title."""
    return {
        a.text().replace("&", ""): a.shortcut().toString()
        for a in menu.actions()
        if not a.isSeparator()
    }


def test_row_menu_has_the_expected_actions_with_their_shortcuts(window: MainWindow) -> None:
    menu = entries(window.menus.build_table_menu())
    assert menu["Open link"] == "Ctrl+L"
    assert menu["Copy citation key"] == "Ctrl+Shift+K"
    assert menu["Copy as BibTeX"] == "Ctrl+Shift+C"
    assert menu["Edit title"] == "Ctrl+E"
    assert menu["New note"] == "Ctrl+N"
    assert menu["Tag selected papers…"] == "Ctrl+T"
    assert menu["Add to queue…"] == "Q"
    assert menu["Move to trash"] == "Del"
    assert {"Rating", "Status"} <= menu.keys()
    rating = next(a.menu() for a in window.menus.build_table_menu().actions() if a.menu())
    assert [a.shortcut().toString() for a in rating.actions()] == list("012345")


def test_queue_and_trash_rows_get_their_own_actions(window: MainWindow) -> None:
    library = window.library
    library.create_queue("q")
    library.enqueue("q", window.model.ids[:3])
    library.trash(window.model.ids[3:4])
    window.view.refresh()
    window.sidebar.setCurrentIndex(window.sidebar_model.find("queue:q"))
    menu = entries(window.menus.build_table_menu())
    assert menu["Move up"] == "Ctrl+Up"
    # As Delete and Shift+Delete in a Zotero collection (trial 7: Del trashed from a queue).
    assert (menu["Remove from queue"], menu["Move to trash"]) == ("Del", "Shift+Del")
    window.sidebar.setCurrentIndex(window.sidebar_model.find("all"))
    menu = entries(window.menus.build_table_menu())
    assert menu["Move to trash"] == "Del" and "Remove from queue" not in menu
    window.sidebar.setCurrentIndex(window.sidebar_model.find("trash"))
    assert list(entries(window.menus.build_table_menu())) == [
        "Restore from Trash",
        "Export…",
        "Delete for good…",  # what Del does in the Trash
        "Empty Trash…",
    ]


def test_open_link_opens_the_papers_page(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    with_arxiv = window.library.query_ids(Filter(search="source:003"))[0]
    paper = window.library.paper(with_arxiv)
    window.view.highlight([with_arxiv])
    window.menus.named["Open link"].trigger()
    expected = paper_link(paper)
    if expected is None:  # no link known: said so, nothing opened
        assert opened == [] and "No link" in window.statusBar().currentMessage()
    else:
        assert opened == [QUrl(expected).toString()]


def test_paper_link_prefers_the_papers_own_link() -> None:
    base = {"urls": [], "arxiv_id": None, "doi": None}
    assert paper_link(base) is None
    assert paper_link({**base, "doi": "10.1/x"}) == "https://doi.org/10.1/x"
    assert paper_link({**base, "doi": "10.1/x", "arxiv_id": "2401.1"}) == (
        "https://arxiv.org/abs/2401.1"
    )
    assert paper_link({**base, "urls": ["https://a.b/c"], "arxiv_id": "2401.1"}) == (
        "https://a.b/c"
    )


def test_copy_key_and_bibtex_reach_the_clipboard(window: MainWindow) -> None:
    select_rows(window, [0, 1])
    window.menus.named["Copy citation key"].trigger()
    keys = QGuiApplication.clipboard().text().split(", ")
    assert keys == [p["citation_key"] for p in window.library.papers(window.view.selected_ids())]
    window.menus.named["Copy as BibTeX"].trigger()
    parsed = bibtexparser.parse_string(QGuiApplication.clipboard().text())
    assert sorted(e.key for e in parsed.entries) == sorted(keys)
    assert "Copied 2 BibTeX entries." in window.statusBar().currentMessage()


def test_bulk_actions_confirm_in_the_status_bar(window: MainWindow) -> None:
    select_rows(window, [0, 1, 2])
    window.paper_actions.rate_selected(4)
    assert window.statusBar().currentMessage() == "Rated 3 papers ★★★★ — Ctrl+Z to undo"
    window.paper_actions.status_selected("reading")
    assert window.statusBar().currentMessage() == "Marked 3 papers Reading — Ctrl+Z to undo"


def test_tag_dialog_completes_tags_and_minus_tags(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    library.tag(window.model.ids[5:6], add=["few-shot", "vision"])
    window.view.refresh()
    select_rows(window, [0, 1])
    ids = window.view.selected_ids()
    library.tag(ids, add=["later"])

    seen: list[str] = []

    def type_in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TagDialog)
        try:
            complete(dialog)
        finally:  # a failed check must not leave the dialog up and the test waiting on it
            dialog.accept()

    def complete(dialog: TagDialog) -> None:
        seen.append(f"width {dialog.width()}")
        completer = dialog.edit.completer()
        qtbot.keyClicks(dialog.edit, "fe")
        assert completer.currentCompletion() == "few-shot"  # what the field becomes
        dialog.edit.setText(completer.currentCompletion())
        qtbot.keyClicks(dialog.edit, ", -la")
        assert completer.currentCompletion() == "few-shot, -later"
        dialog.edit.setText(completer.currentCompletion())

    QTimer.singleShot(0, type_in_dialog)
    window.paper_actions.tag_selected()
    assert int(seen[0].split()[1]) >= 460
    assert all(p["tags"] == ["few-shot"] for p in library.papers(ids))
    assert "Tagged 2 papers: +few-shot −later" in window.statusBar().currentMessage()


@pytest.mark.parametrize("kind", ["text", "item"])
def test_input_dialogs_are_wide_enough_for_a_title(qtbot, window: MainWindow, kind: str) -> None:  # type: ignore[no-untyped-def]
    widths: list[int] = []

    def measure() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        widths.append(dialog.width())
        dialog.reject()

    QTimer.singleShot(0, measure)
    if kind == "text":
        assert ask_text(window, "New queue", "Name:") is None
    else:
        assert ask_choice(window, "Add to queue", "Queue:", ["a", "b"], editable=True) is None
    assert widths and widths[0] >= DIALOG_WIDTH
