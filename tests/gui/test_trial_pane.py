"""A new user's trial (notes/trial, items 3, 9, 10, 11, 14): the detail pane, the highlighted
row, the status-bar counts and the undo stack agree after each action, on the real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN
from papershelf.gui.widgets.title_edit import TITLE_LINES, TITLE_MOST_LINES
from tests.gui.test_duplicates_related import open_duplicates, plant_variant


def shown(window: MainWindow) -> int | None:
    """The paper the pane shows, None when it shows none or the several-papers summary."""
    if window.detail_stack.currentWidget() is not window.detail:
        return None
    return window.detail.paper["id"] if window.detail.paper else None


def show_node(window: MainWindow, key: str) -> None:
    window.sidebar.setCurrentIndex(window.sidebar_model.find(key))
    assert window.view.node.key == key


def test_undo_of_a_note_edit_while_its_paper_is_shown(window: MainWindow) -> None:
    paper = window.model.ids[0]
    window.view.highlight([paper])
    detail = window.detail
    detail.add_note()
    detail.note_edit.setPlainText("A first thought")
    detail.flush_note()
    assert window.library.undo_label() == "Edit note"
    window.view.highlight([paper])  # a click on the same row
    window.table.setFocus()
    window.undo_action.trigger()
    assert detail.note_edit.toPlainText() == ""
    assert window.library.redo_label() == "Edit note"
    assert window.library.undo_label() != "Edit note"
    assert window.library.paper(paper)["note_records"][0]["body"] == ""
    window.redo_action.trigger()
    assert detail.note_edit.toPlainText() == "A first thought"


def test_a_duplicate_picked_in_the_list_is_the_one_in_the_pane(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    variant = plant_variant(window, tmp_path, 1)
    open_duplicates(qtbot, window)
    assert shown(window) is None  # nothing picked yet: not the table's paper behind the list
    group = window.duplicates.tree.topLevelItem(0)
    for child in (group.child(1), group.child(0)):
        window.duplicates.tree.setCurrentItem(child)
        assert shown(window) == int(child.text(0))
    assert {int(group.child(n).text(0)) for n in range(2)} == {1, variant}


def test_sorting_keeps_the_highlight_and_the_pane_on_it(window: MainWindow) -> None:
    paper = window.model.ids[5]
    window.view.highlight([paper])
    window.table.sortByColumn(COLUMN["date"], Qt.SortOrder.DescendingOrder)
    assert window.model.sort_key is not None and window.model.ids[5] != paper
    assert window.view.selected_ids() == [paper] and window.view.current_id() == paper
    assert shown(window) == paper
    window.table.sortByColumn(COLUMN["title"], Qt.SortOrder.AscendingOrder)
    assert window.view.selected_ids() == [paper] and shown(window) == paper


def test_a_search_that_empties_the_view_empties_the_pane(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.view.highlight(window.model.ids[:3])
    assert window.detail_stack.currentWidget() is window.selection_pane
    window.search.setText("zzqxnotawordanywhere")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert window.detail_stack.currentWidget() is window.detail
    assert window.detail.paper is None
    dialog = window.file_actions.export_selection()
    assert not dialog.save_button.isEnabled()
    dialog.close()


def test_counts_follow_trash_and_restore(window: MainWindow, answer_yes: None) -> None:
    library = window.library
    library.create_queue("thesis")
    library.enqueue("thesis", window.model.ids[:4])
    window.view.refresh()
    show_node(window, "queue:thesis")
    total = library.count()
    assert window.count_label.text().startswith(f"4 shown of {total} papers")
    window.view.highlight([window.model.ids[0]])
    window.paper_actions.trash_selected()
    assert window.model.rowCount() == 3
    assert window.count_label.text().startswith(f"3 shown of {total - 1} papers")
    show_node(window, "trash")
    assert window.count_label.text().startswith(f"1 shown of {total - 1} papers")
    window.view.highlight([window.model.ids[0]])
    window.paper_actions.restore_selected()
    assert window.model.rowCount() == 0
    assert window.count_label.text().startswith(f"0 shown of {total} papers")


def test_merge_group_confirms_and_ctrl_z_undoes_it_into_the_list(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    plant_variant(window, tmp_path, 1)
    open_duplicates(qtbot, window)
    view = window.duplicates
    label = window.sidebar_model.find("duplicates").data()
    assert label == "Possible duplicates  (1)"
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    view.merge_one.setFocus()
    qtbot.mouseClick(view.merge_one, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 0 and not window.workers.busy())
    assert window.statusBar().currentMessage() == "Merged 2 papers into 1 — Ctrl+Z to undo"
    assert window.sidebar_model.find("duplicates").data() == "Possible duplicates  (0)"
    focused = window.focusWidget()
    assert focused is not None and focused is not view.threshold
    assert not view.threshold.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 1 and not window.workers.busy())
    assert window.library.redo_label() == "Merge 2 duplicates"
    assert window.sidebar_model.find("duplicates").data() == "Possible duplicates  (1)"


def test_the_fields_stay_in_place_from_paper_to_paper(window: MainWindow) -> None:
    """A click meant for Tags must not open Status: a paper with a review flag and every
    identifier puts its fields exactly where a short, plain paper does. A title longer than
    three lines moves them down by its extra lines, no more (shown whole: trial 5)."""
    pane = window.detail
    plain = window.library.paper(1)
    window.library.update_paper(1, title="Short")
    window.library.update_paper(
        2,
        title="A very long title " * 12,
        doi="10.1000/xyz123",
        arxiv_id="2401.01234",
        category="cs.LG",
    )
    window.library.set_citation_key(2, "averyveryverylongcitationkeythatdoesnotfit2024")
    assert plain["title"] != "Short"

    def places() -> list[int]:
        layout = pane.layout()
        assert layout is not None
        layout.activate()  # as the next paint would
        return [
            widget.mapTo(pane, widget.rect().topLeft()).y()
            for widget in (pane.key, pane.stars, pane.status, pane.tags, pane.tabs)
        ]

    pane.show_paper(1)
    short = places()
    pane.show_paper(2)
    extra = min(pane.title.wrapped_lines(), TITLE_MOST_LINES) - TITLE_LINES
    assert extra > 0
    assert places() == [y + extra * pane.title.fontMetrics().lineSpacing() for y in short]
    window.library.update_paper(2, title="A title of two lines at the most")
    pane.show_paper(2)
    assert places() == short
    assert pane.key.cursorPosition() == 0  # the key's start is what shows


def test_a_folded_sidebar_group_stays_folded_and_return_goes_to_the_papers(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    sidebar, model = window.sidebar, window.sidebar_model
    sidebar.collapse(model.find("group:sources"))
    window.library.tag([1], add=["brand-new"])  # a new tag: the sidebar is built again
    window.view.rebuild_sidebar()
    assert model.find("tag:brand-new").isValid()
    assert not sidebar.isExpanded(model.find("group:sources"))
    assert sidebar.isExpanded(model.find("group:tags"))
    sidebar.setFocus()
    sidebar.setCurrentIndex(model.find("tag:brand-new"))
    qtbot.keyClick(sidebar, Qt.Key.Key_Return)
    assert window.table.hasFocus()
