"""Trial 6's findings left for the lead, on the real window over the seeded library: "Merge two
selected papers" offered with three papers highlighted (answered with a box), and the duplicates
view's merge score editable with nothing to merge."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from papershelf.gui.main_window import MainWindow
from tests.gui.test_duplicates_related import open_duplicates, plant_variant


def merge_action(window: MainWindow):  # type: ignore[no-untyped-def]
    return window.menus.named["Merge two selected papers"]


def test_merge_is_offered_for_exactly_two_papers(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ids = window.model.ids[:3]
    for count, offered in ((1, False), (2, True), (3, False), (2, True)):
        window.view.highlight(ids[:count])
        QApplication.processEvents()
        assert merge_action(window).isEnabled() is offered, count
    window.table.selectionModel().clear()
    QApplication.processEvents()
    assert not merge_action(window).isEnabled()


def test_the_merge_score_waits_for_something_to_merge(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    open_duplicates(qtbot, window)
    view = window.duplicates
    assert view.tree.topLevelItemCount() == 0
    assert not view.merge_all.isEnabled() and not view.threshold.isEnabled()
    plant_variant(window, tmp_path, 1)
    view.reload()
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 1, timeout=20000)
    assert view.merge_all.isEnabled() and view.threshold.isEnabled()


def test_a_trashed_paper_says_so_in_the_detail_pane(qtbot, window: MainWindow, answer_yes) -> None:  # type: ignore[no-untyped-def]
    paper = window.model.ids[0]
    window.view.highlight([paper])
    QApplication.processEvents()
    assert "Trash" not in window.detail.review.text()
    window.paper_actions.trash_selected()
    QApplication.processEvents()
    window.sidebar.setCurrentIndex(window.sidebar_model.find("trash"))
    qtbot.waitUntil(lambda: window.view.node.key == "trash")
    window.view.highlight([paper])
    QApplication.processEvents()
    assert window.detail.review.text().startswith("In the Trash since ")
    assert "Restore from Trash" in window.detail.review.text()
    window.paper_actions.restore_selected()
    window.view.reveal([paper])
    QApplication.processEvents()
    assert "Trash" not in window.detail.review.text()
