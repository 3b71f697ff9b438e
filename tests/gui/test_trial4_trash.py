"""Trial 4, F: in the Trash, Del and the menu agree: both delete the highlighted papers for
good (after asking; Ctrl+Z brings them back), as in Zotero, and the several-papers pane says
so instead of offering to move them to the trash they are in."""

from __future__ import annotations

from PySide6.QtCore import Qt

from papershelf.gui.main_window import MainWindow
from papershelf.gui.widgets.selection_pane import DELETE_BUTTON, RESTORE_BUTTON, TRASH_BUTTON
from papershelf.store.search import Filter


def show_node(window: MainWindow, key: str) -> None:
    window.sidebar.setCurrentIndex(window.sidebar_model.find(key))


def trash_three(qtbot, window: MainWindow) -> list[int]:  # type: ignore[no-untyped-def]
    ids = window.model.ids[:3]
    window.view.highlight(ids)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.library.count(Filter(trash=True)) == 3
    show_node(window, "trash")
    assert sorted(window.model.ids) == sorted(ids)
    return ids


def test_del_in_the_trash_deletes_for_good_and_undo_brings_them_back(
    qtbot, window: MainWindow, answer_yes: None
) -> None:  # type: ignore[no-untyped-def]
    ids = trash_three(qtbot, window)
    total = window.library.count()
    window.view.highlight(ids[:2])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.model.ids == [ids[2]]
    assert window.library.count(Filter(trash=True)) == 1
    gone = window.library.conn.execute(
        "SELECT count(*) FROM papers WHERE id IN (?, ?)", ids[:2]
    ).fetchone()[0]
    assert gone == 0
    assert window.library.count() == total  # the papers outside the trash untouched
    assert window.statusBar().currentMessage().startswith("Deleted 2 papers for good")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.library.count(Filter(trash=True)) == 3, timeout=10000)


def test_the_menu_and_the_pane_say_what_del_does_where_it_is(
    qtbot, window: MainWindow, answer_yes: None
) -> None:  # type: ignore[no-untyped-def]
    delete = window.menus.named["Move to trash"]
    restore = window.menus.named["Restore from Trash"]
    assert delete.text().replace("&", "") == "Move to trash"
    assert not restore.isEnabled()
    window.view.highlight(window.model.ids[:2])
    pane = window.selection_pane
    assert pane.buttons[TRASH_BUTTON].text() == TRASH_BUTTON
    assert pane.buttons[RESTORE_BUTTON].isHidden()
    ids = trash_three(qtbot, window)
    assert delete.text().replace("&", "") == "Delete for good…"
    assert restore.isEnabled()
    menu = window.menus.build_table_menu()
    assert delete in menu.actions()  # the table's menu offers what Del does
    window.view.highlight(ids[:2])
    assert window.detail_stack.currentWidget() is pane
    assert pane.buttons[TRASH_BUTTON].text() == DELETE_BUTTON
    assert not pane.buttons[RESTORE_BUTTON].isHidden()
    qtbot.mouseClick(pane.buttons[RESTORE_BUTTON], Qt.MouseButton.LeftButton)
    assert window.model.ids == [ids[2]]
    window.view.highlight(ids[2:])
    delete.trigger()  # the menu's action does what Del does
    assert window.model.ids == []
    assert window.library.count(Filter(trash=True)) == 0
    show_node(window, "all")
    assert delete.text().replace("&", "") == "Move to trash"
    assert pane.buttons[TRASH_BUTTON].text() == TRASH_BUTTON
