"""A new user's trial (notes/trial, items 21, 22, 23, 26): imported papers are shown, More like
these leads somewhere, exports say where they went, and a long import says what it does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QProgressDialog

from papershelf.gui import file_dialogs
from papershelf.gui.dialogs import export as export_dialog
from papershelf.gui.dialogs import prompts
from papershelf.gui.main_window import MainWindow
from papershelf.gui.tasks import ImportJob
from tests.conftest import DATA
from tests.gui.test_trial_pane import shown

LISTING = DATA / "listings" / "001_arxiv-search-mirror-musco.md"  # provenance: its MANIFEST


def test_imported_papers_are_shown_and_highlighted(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    library.tag(window.model.ids[:2], add=["vision"])
    window.view.refresh()
    window.sidebar.setCurrentIndex(window.sidebar_model.find("tag:vision"))
    window.search.setText("vision")
    before = set(library.query_ids(window.view.node.filter()))
    window.file_actions.start_import(ImportJob(paths=[LISTING]))
    qtbot.waitUntil(lambda: window.file_actions.last_import is not None, timeout=20000)
    (report,) = window.file_actions.last_import.reports
    new = set(report.paper_ids)
    assert new and not new & before
    assert window.view.node.key == "all" and window.search.text() == ""
    assert set(window.view.selected_ids()) == new
    assert window.view.current_id() in new
    assert window.detail_stack.currentWidget() is window.selection_pane  # both papers, as picked


def test_imported_papers_already_on_view_are_highlighted_in_place(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.sidebar.setCurrentIndex(window.sidebar_model.find("inbox"))
    window.file_actions.start_import(ImportJob(paths=[LISTING]))
    qtbot.waitUntil(lambda: window.file_actions.last_import is not None, timeout=20000)
    new = set(window.file_actions.last_import.reports[0].paper_ids)
    assert window.view.node.key == "inbox"
    assert set(window.view.selected_ids()) == new


def test_a_long_import_says_which_file_and_how_far(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    labels: list[str] = []
    monkeypatch.setattr(QProgressDialog, "setLabelText", lambda self, text: labels.append(text))
    order: list[tuple[bool, bool]] = []
    refresh = window.view.refresh

    def watched_refresh(**kwargs: bool) -> None:
        summary = window.file_actions.import_summary
        boxes = [box for box in window.findChildren(QProgressDialog) if box.isVisible()]
        order.append((summary is not None and summary.isVisible(), bool(boxes)))
        refresh(**kwargs)

    monkeypatch.setattr(window.view, "refresh", watched_refresh)
    window.file_actions.start_import(ImportJob(paths=[LISTING]))
    qtbot.waitUntil(lambda: window.file_actions.last_import is not None, timeout=20000)
    assert any(f"Importing {LISTING.name}: " in label and " MB read" in label for label in labels)
    # The summary is up, and the progress box gone, before the view is queried again.
    assert order and order[0] == (True, False)


def test_more_like_these_closes_opens_and_tags(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    ids = [int(i) for i in window.model.ids[:3]]
    dialog = window.more_like_these(ids, "the selection")
    assert dialog is not None
    with qtbot.waitSignal(dialog.list.filled, timeout=10000):
        pass
    found = dialog.list.shown_ids()
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close is not None and not dialog.tag_button.isEnabled()
    # Double-click opens the paper in the window: highlighted, and the pane shows it.
    qtbot.waitExposed(dialog)
    item = dialog.list.item(0)
    activated: list[int] = []
    dialog.list.paper_activated.connect(activated.append)
    rect = dialog.list.visualItemRect(item)
    window.sidebar.setCurrentIndex(window.sidebar_model.find("trash"))  # not on view there
    # A real double-click: a press and release, then the double-click event.
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated == [found[0]] and window.view.node.key == "all"
    assert window.view.selected_ids() == [found[0]] and shown(window) == found[0]
    dialog.list.item(1).setSelected(True)
    assert dialog.picked_ids() == found[:2] and dialog.tag_button.isEnabled()
    monkeypatch.setattr(prompts.TagDialog, "get_text", lambda *_a: ("similar", True))
    qtbot.mouseClick(dialog.tag_button, Qt.MouseButton.LeftButton)
    for paper in found[:2]:
        assert "similar" in window.library.paper(paper)["tags"]
    assert window.statusBar().currentMessage().startswith("Tagged 2 papers")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_an_export_names_the_file_after_the_view_and_says_where_it_went(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    library.create_queue("thesis")
    library.enqueue("thesis", window.model.ids[:3])
    window.view.refresh()
    window.sidebar.setCurrentIndex(window.sidebar_model.find("queue:thesis"))
    offered: list[tuple[str, str]] = []
    target = tmp_path / "thesis.bib"

    def save_as(_parent, _title, name: str, filters: str = "", **_k) -> str:  # type: ignore[no-untyped-def]
        offered.append((name, filters))
        return str(target)

    monkeypatch.setattr(file_dialogs, "save_file_name", save_as)
    dialog = window.file_actions.export_selection()
    dialog.whole_view.click()  # the view, not the highlighted paper
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_to is not None, timeout=20000)
    ((name, filters),) = offered
    # In the reader's documents (not the program's working folder), with the format's filter.
    assert Path(name) == export_dialog.documents_folder() / "thesis.bib"
    assert filters.startswith("BibTeX (*.bib)")
    assert target.read_text(encoding="utf-8").count("@") == 3
    assert window.statusBar().currentMessage() == f"Exported 3 papers to {target}"
    again = window.file_actions.export_selection()
    again.whole_view.click()  # the view, not the highlighted paper
    again.save()
    qtbot.waitUntil(lambda: again.saved_to is not None, timeout=20000)
    assert Path(offered[1][0]).parent == tmp_path  # the next export starts where this one went
    assert export_dialog.default_file_name("Tag: deep/learning", ".ris") == "deep-learning.ris"
    assert export_dialog.default_file_name("Reading list", ".json") == "papers.json"
