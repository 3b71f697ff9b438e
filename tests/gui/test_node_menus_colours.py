"""Context menus of the sidebar's nodes and of the detail pane, with their keys; tag colours
given from the menu and painted in the table; sources renamed from the sidebar (F2)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMenu

from papershelf.gui.actions import nodes as node_actions
from papershelf.gui.actions.nodes import TAG_COLOURS
from papershelf.gui.main_window import MainWindow
from papershelf.gui.widgets.sidebar import Node
from tests.gui.test_context_menus import entries
from tests.gui.test_table_look import cell_image, colours


def sidebar_menu(window: MainWindow, key: str) -> QMenu:
    menu = window.menus.build_sidebar_menu(window.sidebar_model.find(key))
    assert menu is not None
    return menu


def submenu(menu: QMenu, title: str) -> QMenu:
    (found,) = [a.menu() for a in menu.actions() if a.menu() and a.text() == title]
    assert isinstance(found, QMenu)
    return found


@pytest.fixture
def tagged(window: MainWindow) -> list[int]:
    ids = window.model.ids[:3]
    window.library.tag(ids, add=["vision"])
    window.library.create_queue("thesis")
    window.library.enqueue("thesis", ids[:2])
    window.view.refresh()
    return ids


def test_tag_and_queue_menus_show_their_keys(window: MainWindow, tagged: list[int]) -> None:
    tag = entries(sidebar_menu(window, "tag:vision"))
    assert tag == {
        "Rename…": "F2",
        "Colour": "",
        "Merge into another tag…": "",
        "Export…": "",
        "More like these…": "",
        "Delete…": "Del",
    }
    queue = entries(sidebar_menu(window, "queue:thesis"))
    assert queue == {
        "Rename…": "F2",
        "Merge into another queue…": "",
        "Export…": "",
        "More like these…": "",
        "Delete…": "Del",
    }
    source = entries(sidebar_menu(window, "source:1"))
    assert source == {"Rename…": "F2", "Export these papers…": ""}
    assert window.menus.build_sidebar_menu(window.sidebar_model.find("group:tags")) is None


def test_trash_menu_restores_everything_in_it(window: MainWindow) -> None:
    window.library.trash([10, 20])
    window.view.refresh()
    menu = sidebar_menu(window, "trash")
    assert list(entries(menu)) == ["Restore all", "Export these papers…", "Empty Trash…"]
    (restore,) = [a for a in menu.actions() if a.text() == "Restore all"]
    restore.trigger()
    assert window.library.paper(10)["deleted"] is None
    assert window.library.paper(20)["deleted"] is None
    assert not sidebar_menu(window, "trash").actions()[0].isEnabled()  # nothing left to restore


def test_a_colour_from_the_tag_menu_paints_the_chips(window: MainWindow, tagged: list[int]) -> None:
    colour = submenu(sidebar_menu(window, "tag:vision"), "Colour")
    names = [a.text() for a in colour.actions() if not a.isSeparator()]
    assert names == [name for name, _ in TAG_COLOURS] + ["Other colour…", "No colour"]
    (green,) = [a for a in colour.actions() if a.text() == "Green"]
    green.trigger()
    assert window.library.tag_colours() == {"vision": "#5fb236"}
    item = window.sidebar_model.find("tag:vision")
    assert item.data(Qt.ItemDataRole.DecorationRole) is not None  # a green dot beside the name
    again = submenu(sidebar_menu(window, "tag:vision"), "Colour")
    assert [a.text() for a in again.actions() if a.isChecked()] == ["Green"]
    window.table.clearSelection()
    row = window.model.ids.index(tagged[1])
    assert QColor("#5fb236").rgb() in colours(cell_image(window, row, "tags"))
    (none,) = [a for a in again.actions() if a.text() == "No colour"]
    none.trigger()
    assert window.library.tag_colours() == {}
    assert QColor("#5fb236").rgb() not in colours(cell_image(window, row, "tags"))


def test_other_colour_asks_a_colour_dialog(
    window: MainWindow, tagged: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def pick(start: QColor, _parent: object, title: str) -> QColor:
        asked.append(title)
        return QColor("#123456")

    monkeypatch.setattr(node_actions.QColorDialog, "getColor", pick)
    window.node_actions.colour_tag(Node("tag:vision", "tag", "vision"), None, ask=True)
    assert asked == ["Colour of vision"]
    assert window.library.tag_colours() == {"vision": "#123456"}


def test_f2_renames_the_source_in_the_sidebar(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    offered: list[str] = []

    def answer(_parent: object, _title: str, _label: str, *, text: str = "") -> str:
        offered.append(text)
        return "Week 48 reading group"

    monkeypatch.setattr(node_actions, "ask_text", answer)
    index = window.sidebar_model.find("source:1")
    before = str(index.data()).rsplit("  (", 1)[0]
    window.sidebar.setCurrentIndex(index)
    window.sidebar.setFocus()
    qtbot.waitUntil(window.sidebar.hasFocus)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F2)
    assert offered == [before]
    shown = str(window.sidebar_model.find("source:1").data())
    assert shown.startswith("Week 48 reading group  (")
    assert window.view.node.key == "source:1"  # still on view
    window.node_actions.rename_source(window.view.node, new_name="")
    assert str(window.sidebar_model.find("source:1").data()).startswith(before + "  (")


def test_delete_key_on_a_tag_asks_then_deletes_it(
    qtbot, window: MainWindow, tagged: list[int], answer_yes: None
) -> None:  # type: ignore[no-untyped-def]
    window.sidebar.setCurrentIndex(window.sidebar_model.find("tag:vision"))
    window.sidebar.setFocus()
    qtbot.waitUntil(window.sidebar.hasFocus)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Delete)
    assert "vision" not in window.library.all_tag_names()
    assert all(window.library.paper(i)["deleted"] is None for i in tagged)  # papers stay


def test_detail_pane_menu_offers_the_papers_actions(window: MainWindow) -> None:
    menu = entries(window.menus.build_detail_menu())
    assert menu["Open link"] == "Ctrl+L"
    assert menu["Copy as BibTeX"] == "Ctrl+Shift+C"
    assert menu["Edit title"] == "Ctrl+E"
    assert menu["New note"] == "Ctrl+N"
    assert "Edit links…" in menu  # off the Tab chain, so here for the keyboard
    assert menu["Tag selected papers…"] == "Ctrl+T"
    assert {"Rating", "Status"} <= menu.keys()
    assert window.detail.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu


def test_notes_menu_adds_and_deletes_notes(qtbot, window: MainWindow, answer_yes: None) -> None:  # type: ignore[no-untyped-def]
    paper = window.view.current_id()
    assert paper is not None
    notes = window.menus.build_notes_menu()
    assert entries(notes) == {"New note": "Ctrl+N", "Delete note": ""}
    assert not notes.actions()[1].isEnabled()  # no note yet
    window.library.add_note(paper, "first idea")
    window.detail.reload()
    window.detail.notes.setCurrentRow(0)
    notes = window.menus.build_notes_menu()
    notes.actions()[1].trigger()
    assert window.library.paper(paper)["notes"] == []
    window.library.add_note(paper, "second idea")  # and Del in the list, from the keyboard
    window.detail.reload()
    window.detail.notes.setCurrentRow(0)
    window.detail.notes.setFocus()
    qtbot.waitUntil(window.detail.notes.hasFocus)
    qtbot.keyClick(window.detail.notes, Qt.Key.Key_Delete)
    assert window.library.paper(paper)["notes"] == []


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
    ],
)
def test_the_menu_key_opens_the_focused_nodes_menu(
    qtbot,
    window: MainWindow,
    tagged: list[int],
    monkeypatch: pytest.MonkeyPatch,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier,
) -> None:  # type: ignore[no-untyped-def]
    opened: list[dict[str, str]] = []
    menus = window.menus
    # The menus are built as the key asks, at the point it gives; not run (a modal loop).
    monkeypatch.setattr(
        menus,
        "sidebar_menu",
        lambda at: opened.append(entries(menus.build_sidebar_menu(window.sidebar.indexAt(at)))),  # type: ignore[arg-type]
    )
    monkeypatch.setattr(
        menus, "table_menu", lambda _at: opened.append(entries(menus.build_table_menu()))
    )
    window.sidebar.setCurrentIndex(window.sidebar_model.find("queue:thesis"))
    window.sidebar.setFocus()
    qtbot.waitUntil(window.sidebar.hasFocus)
    qtbot.keyClick(window.sidebar, key, modifier)
    assert opened and opened[-1]["Rename…"] == "F2" and "Colour" not in opened[-1]
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window.table, key, modifier)
    assert opened[-1]["Copy as BibTeX"] == "Ctrl+Shift+C"
