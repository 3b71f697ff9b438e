"""Trial 6's findings in the detail pane, on the real window over the seeded library: Ctrl+Z in
the Authors field just saved undid the field's typing only, not the saved edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent

from papershelf.gui.actions.nodes import TAG_COLOURS
from papershelf.gui.main_window import MainWindow
from papershelf.gui.widgets.sidebar import NODE_ROLE
from papershelf.store.search import Filter


def test_ctrl_z_in_the_authors_field_just_saved_undoes_the_edit(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Trial 6: authors typed and saved (Enter, or Tab and back); Ctrl+Z in the field took
    the typing out of the field only: the table and the library kept the new authors, and
    leaving the field saved the old ones again as a new step."""
    field, typed = "authors", "; Ada Lovelace"
    paper = window.model.ids[0]
    before = window.library.paper(paper)[field]
    window.view.highlight([paper])
    edit = window.detail.authors
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_End)
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.library.paper(paper)[field] != before and edit.hasFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.library.paper(paper)[field] == before  # the library's step, undone
    assert typed.strip("; ") not in edit.text()
    assert window.statusBar().currentMessage().startswith("Undid")
    window.table.setFocus()  # leaving the field saves nothing again: the step stays redoable
    qtbot.waitUntil(window.table.hasFocus)
    assert window.library.paper(paper)[field] == before
    assert window.library.redo_label() is not None


@pytest.mark.parametrize(
    ("field", "typed", "named"),
    [("date", "March 2022", "date"), ("authors", "; Ada Lovelace", "authors")],
)
def test_an_undone_field_edit_is_named_as_the_reader_made_it(
    qtbot, window: MainWindow, field: str, typed: str, named: str
) -> None:  # type: ignore[no-untyped-def]
    """Trial 6: the status bar said "Undid: Edit date, date_text" (a column's name)."""
    window.view.highlight([window.model.ids[0]])
    edit = getattr(window.detail, field)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_End)
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.undo_action.text() == f"Undo Edit {named}"
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == f"Undid: Edit {named}"


def test_an_empty_trash_searched_says_it_is_empty(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Trial 6: the last paper restored with "causal" in the search field, the Trash said
    "No papers here match causal. Clear the search", as if the search hid something."""
    qtbot.keyClicks(window.search, "causal")
    qtbot.waitUntil(lambda: not window.search_timer.isActive())
    window.sidebar.setCurrentIndex(window.sidebar_model.find("trash"))
    qtbot.waitUntil(lambda: window.view.node.key == "trash")
    assert window.model.rowCount() == 0 and window.empty_state.isVisible()
    text = window.empty_state.text()
    assert "The Trash is empty." in text and "match" not in text
    # One paper of the Trash hidden by the search: that is said, in the singular.
    window.view.apply(window.library.trash([window.library.query_ids(Filter())[0]]))
    window.search.clear()
    qtbot.keyClicks(window.search, "zzzqqqnothing")
    qtbot.waitUntil(lambda: not window.search_timer.isActive())
    assert "1 paper here is hidden by it." in window.empty_state.text()


def drop_on_node(window: MainWindow, key: str, rows: list[int]) -> None:
    """Rows of the table dropped on a sidebar node, as a drag from the table ends."""
    mime = window.model.mimeData([window.model.index(row, 0) for row in rows])
    sidebar = window.sidebar
    index = window.sidebar_model.find(key)
    sidebar.scrollTo(index)
    at = QPointF(sidebar.visualRect(index).center())
    event = QDropEvent(
        at,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    sidebar.dropEvent(event)


def test_papers_dropped_on_a_tag_or_queue_say_so_with_the_way_back(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Trial 6: a drop said "1 paper → tag to-cite", where Ctrl+T and Q say what they did and
    that Ctrl+Z takes it back."""
    window.view.apply(window.library.tag([window.model.ids[5]], add=["to-cite"]))
    window.library.create_queue("reading")
    window.view.refresh()
    drop_on_node(window, "tag:to-cite", [0, 1])
    assert window.statusBar().currentMessage() == "Tagged 2 papers: +to-cite — Ctrl+Z to undo"
    drop_on_node(window, "queue:reading", [2])
    assert window.statusBar().currentMessage() == "Added 1 paper to reading — Ctrl+Z to undo"
    assert len(window.library.queue_ids("reading")) == 1
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.library.queue_ids("reading") == []


def test_a_tag_coloured_says_so_with_the_way_back(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Trial 6: every other change in the sidebar said what it did; a colour said nothing."""
    window.view.apply(window.library.tag([window.model.ids[0]], add=["causality"]))
    node = window.sidebar_model.find("tag:causality").data(NODE_ROLE)
    red = dict(TAG_COLOURS)["Red"]
    window.node_actions.colour_tag(node, red)
    assert window.statusBar().currentMessage() == (
        "Coloured the tag 'causality' red — Ctrl+Z to undo"
    )
    window.node_actions.colour_tag(node, None)
    assert window.statusBar().currentMessage() == (
        "Took the colour off the tag 'causality' — Ctrl+Z to undo"
    )
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar_model.tag_colour("causality") == red
