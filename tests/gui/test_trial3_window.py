"""A new user's third trial (notes/trial3): the Trash confirms, folding and the sort survive a
restart and a node switch, the shortcuts list holds every key of the README, Ctrl+End, the
Trash and queue menus, and the queue's progress bar, on the real window offscreen."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QKeySequence

from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN
from papershelf.gui.widgets.sidebar import PROGRESS_GREEN
from tests.gui.test_main_window import select_rows

README = Path(__file__).resolve().parents[2] / "README.md"


def show_node(window: MainWindow, key: str) -> None:
    window.sidebar.setCurrentIndex(window.sidebar_model.find(key))
    assert window.view.node.key == key


def reopen(qtbot, window: MainWindow, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window.close()
    again = MainWindow(window.library, settings=settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    return again


def test_moving_to_the_trash_and_restoring_say_so(window: MainWindow, answer_yes) -> None:  # type: ignore[no-untyped-def]
    select_rows(window, [0, 1, 2])
    ids = window.view.selected_ids()
    window.menus.named["Move to trash"].trigger()
    assert window.library.count() == 147 - 3
    assert window.statusBar().currentMessage() == "Moved 3 papers to the Trash — Ctrl+Z to undo"
    show_node(window, "trash")
    window.view.highlight(ids[:1])
    window.menus.named["Restore from Trash"].trigger()
    assert window.statusBar().currentMessage() == "Restored 1 paper — Ctrl+Z to undo"
    menu = window.menus.build_sidebar_menu(window.sidebar_model.find("trash"))
    assert menu is not None
    next(a for a in menu.actions() if a.text() == "Restore all").trigger()
    assert window.statusBar().currentMessage() == "Restored 2 papers — Ctrl+Z to undo"


def test_empty_trash_is_offered_only_with_something_in_it(window: MainWindow) -> None:
    window.menus.build_sidebar_menu(window.sidebar_model.find("trash"))
    assert not window.menus.named["Empty Trash"].isEnabled()
    window.library.trash(window.model.ids[:1])
    window.view.refresh()  # the sidebar is built again: the Trash's row is asked for anew
    window.menus.build_sidebar_menu(window.sidebar_model.find("trash"))
    assert window.menus.named["Empty Trash"].isEnabled()


def test_a_queue_menu_merges_it_into_another(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    ids = window.model.ids[:4]
    for name, members in (("thesis", ids[:2]), ("later", ids[1:4])):
        library.create_queue(name)
        library.enqueue(name, members)
    window.view.refresh()
    menu = window.menus.build_sidebar_menu(window.sidebar_model.find("queue:later"))
    assert menu is not None
    merge = next(a for a in menu.actions() if a.text() == "Merge into another queue…")
    monkeypatch.setattr(
        "papershelf.gui.actions.nodes.ask_choice", lambda _w, _t, _l, choices, **_k: choices[0]
    )
    merge.trigger()
    assert [q["name"] for q in library.queues()] == ["thesis"]
    assert library.queue_ids("thesis") == [ids[0], ids[1], ids[2], ids[3]]
    assert not window.sidebar_model.find("queue:later").isValid()
    window.undo_action.trigger()  # one step brings both back
    assert library.queue_ids("later") == ids[1:4]
    assert library.queue_ids("thesis") == ids[:2]


def test_queue_progress_bar_is_readable(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    ids = window.model.ids[:4]
    library.create_queue("thesis")
    library.enqueue("thesis", ids)
    library.set_status(ids[:2], "read")
    window.view.refresh()
    index = window.sidebar_model.find("queue:thesis")
    window.sidebar.clearSelection()
    window.sidebar.setCurrentIndex(window.sidebar_model.find("all"))
    rect = window.sidebar.visualRect(index)
    image = window.sidebar.viewport().grab(rect).toImage()
    green = QColor(PROGRESS_GREEN)
    rows = [
        y
        for y in range(image.height())
        if any(
            abs(QColor(image.pixel(x, y)).hue() - green.hue()) < 12
            and QColor(image.pixel(x, y)).saturation() > 80
            for x in range(image.width())
        )
    ]
    assert len(rows) >= 5  # a bar 5 px or more high, not a hairline


def test_folded_groups_stay_folded_after_a_restart(qtbot, window: MainWindow, settings) -> None:  # type: ignore[no-untyped-def]
    tags = window.sidebar_model.find("group:tags")
    window.sidebar.collapse(tags)
    again = reopen(qtbot, window, settings)
    assert not again.sidebar.isExpanded(again.sidebar_model.find("group:tags"))
    assert again.sidebar.isExpanded(again.sidebar_model.find("group:sources"))
    again.close()


def test_the_sort_is_kept_across_nodes_and_restarts(qtbot, window: MainWindow, settings) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    header = window.table.horizontalHeader()
    window.table.sortByColumn(COLUMN["title"], Qt.SortOrder.AscendingOrder)
    titles = [library.paper(i)["title"].casefold() for i in window.model.ids[:20]]
    assert titles == sorted(titles)
    library.create_queue("thesis")
    queued = window.model.ids[:3][::-1]
    library.enqueue("thesis", queued)
    window.view.refresh()
    for key in ("review", "status:to-read", "all"):
        show_node(window, key)
        assert window.model.sort_key == "title"
        assert header.isSortIndicatorShown() and header.sortIndicatorSection() == COLUMN["title"]
    # A queue shows in its own order; leaving it, the sort is back.
    show_node(window, "queue:thesis")
    assert window.model.sort_key is None and window.model.ids == queued
    assert header.sortIndicatorSection() == COLUMN["position"]  # the queue's own order
    show_node(window, "all")
    assert window.model.sort_key == "title"
    window.table.sortByColumn(COLUMN["date"], Qt.SortOrder.DescendingOrder)
    again = reopen(qtbot, window, settings)
    assert (again.model.sort_key, again.model.descending) == ("date", True)
    again_header = again.table.horizontalHeader()
    assert again_header.isSortIndicatorShown()
    assert again_header.sortIndicatorSection() == COLUMN["date"]
    assert again_header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    again.close()


def test_ctrl_end_highlights_the_last_row(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.view.highlight([window.model.ids[3]])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = window.model.ids[-1]
    assert window.model.rowCount() == 147
    assert window.view.selected_ids() == [last] and window.detail.paper["id"] == last
    qtbot.keyClick(window.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.view.selected_ids() == [window.model.ids[0]]


def readme_keys() -> set[str]:
    """Every key of the README's key table, as Qt writes it ("Delete" is "Del")."""
    text = README.read_text(encoding="utf-8")
    table = text[text.index("| Keys (on the table)") :].split("\n\n", 1)[0]
    keys: set[str] = set()
    for row in table.splitlines()[2:]:
        for token in re.findall(r"`([^`]+)`", row.split("|")[1]):
            if token.endswith("/Down"):  # Ctrl+Shift+Up/Down
                stem = token.rsplit("+", 1)[0]
                keys |= {f"{stem}+Up", f"{stem}+Down"}
            else:
                keys.add(token)
    return {QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) or k for k in keys}


def test_shortcuts_list_holds_every_key_of_the_readme(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = window.menus.show_shortcuts()
    listed = {part for keys in dialog.listed_keys() for part in re.split(r" / |, ", keys)}
    wanted = readme_keys()
    assert {"F2", "Esc", "Shift+F10", "Menu", "Tab", "Del"} <= wanted
    assert wanted - listed == set()
    # The list scrolls to its end and its scroll bar follows.
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    bar = dialog.list.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()
    last = dialog.list.topLevelItem(dialog.list.topLevelItemCount() - 1)
    assert dialog.list.viewport().rect().contains(dialog.list.visualItemRect(last))
    dialog.close()


def test_shortcuts_list_says_undo_not_the_step_it_would_undo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The Ctrl+Z row read "Undo Rename source" (trial 4)."""
    window.library.rate([1], 3)
    window.paper_actions.update_undo_actions()
    assert window.undo_action.text() == "Undo Rate 1 paper 3★"
    dialog = window.menus.show_shortcuts()
    rows = {item.text(0): item.text(1) for item in dialog.items}
    assert rows[window.undo_action.shortcut().toString()] == "Undo"
    dialog.close()
