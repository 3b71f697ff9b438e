"""Bugs found in an hour of real triage (issue 13), each on the real window, offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from papershelf.gui.dialogs.prompts import WideInput
from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN
from papershelf.gui.tasks import ImportJob
from papershelf.gui.widgets.sidebar import Node
from papershelf.library import Library
from tests.conftest import SEED_FILES
from tests.gui.conftest import accept_preview, wait_for_preview


def test_one_author_and_one_refused_file_are_singular(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    (single,) = window.library.conn.execute(
        "SELECT id FROM papers WHERE authors_text = '' AND author_count = 1 LIMIT 1"
    ).fetchone()
    row = window.model.ids.index(single)
    assert window.model.index(row, COLUMN["authors"]).data() == "1 author"
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    window.file_actions.start_import(ImportJob(paths=[empty]))
    qtbot.waitUntil(lambda: window.file_actions.last_import is not None, timeout=10000)
    summary = window.file_actions.import_summary
    assert summary is not None
    assert "0 warnings, 1 file refused" in summary.headline.text()


def shortcut_scope(action: QAction) -> list[QWidget] | None:
    """The widgets an action's key is limited to (None: the whole window)."""
    local = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if action.shortcutContext() not in local:
        return None
    return [
        w for w in action.associatedObjects() if isinstance(w, QWidget) and not isinstance(w, QMenu)
    ]


def apart(one: list[QWidget] | None, other: list[QWidget] | None) -> bool:
    """Whether two scopes can never both hold the focus."""
    if one is None or other is None:
        return False
    return not any(a is b or a.isAncestorOf(b) or b.isAncestorOf(a) for a in one for b in other)


def test_every_shortcut_is_bound_once(window: MainWindow) -> None:
    """No key is claimed twice where both could fire (Qt would call it ambiguous and do
    nothing); one key may serve two widgets apart from each other (Del: the table's papers,
    the sidebar's tag or queue)."""
    bound: dict[str, list[tuple[list[QWidget] | None, str]]] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            key = sequence.toString()
            scope = shortcut_scope(action)
            for other, text in bound.get(key, []):
                assert apart(scope, other), f"{key}: {text!r} and {action.text()!r}"
            bound.setdefault(key, []).append((scope, action.text()))
    assert [text for _, text in bound["Ctrl+Q"]] == ["&Quit"]  # offscreen has no key theme
    assert sorted(text for _, text in bound["Del"]) == ["Delete…", "Move to &trash"]


def test_ctrl_q_quits_and_q_adds_to_a_queue(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.table.setFocus()
    window.table.selectRow(0)
    paper = window.view.current_id()
    asked: list[str] = []
    monkeypatch.setattr(
        WideInput, "getItem", lambda _p, title, *_a: (asked.append(title), ("thesis", True))[1]
    )
    qtbot.keyClick(window.table, Qt.Key.Key_Q)
    assert asked == ["Add to queue"] and window.library.queue_ids("thesis") == [paper]
    qtbot.keyClick(window.table, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert asked == ["Add to queue"]


def shown_in_detail(window: MainWindow) -> int | None:
    return window.detail.paper["id"] if window.detail.paper else None


def show_node(window: MainWindow, key: str) -> None:
    window.sidebar.setCurrentIndex(window.sidebar_model.find(key))
    assert window.view.node.key == key


@pytest.mark.parametrize("kind", ["queue", "tag"])
def test_deleting_the_viewed_node_shows_all_papers(
    qtbot, window: MainWindow, answer_yes, kind: str
) -> None:  # type: ignore[no-untyped-def]
    if kind == "queue":
        window.library.create_queue("thesis")
        window.library.enqueue("thesis", [10, 20])
    else:
        window.library.tag([10, 20], add=["thesis"])
    window.view.refresh()
    show_node(window, f"{kind}:thesis")
    assert window.model.rowCount() == 2
    window.node_actions.delete_node(window.view.node)
    window.view.check_external_changes()  # the next tick of the watch
    window.view.refresh()
    assert window.view.node.key == "all"
    assert window.sidebar.currentIndex() == window.sidebar_model.find("all")
    assert not window.sidebar_model.find(f"{kind}:thesis").isValid()
    assert window.model.rowCount() == window.library.count() == 147
    assert shown_in_detail(window) == window.view.current_id() is not None
    show_node(window, "trash")  # other nodes can be chosen again


def test_renaming_the_viewed_queue_keeps_showing_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.library.create_queue("thesis")
    window.library.enqueue("thesis", [20, 10])
    window.view.refresh()
    show_node(window, "queue:thesis")
    window.node_actions.rename_node(window.view.node, new_name="chapter 2")
    window.view.refresh()
    assert window.view.node.key == "queue:chapter 2"
    assert window.sidebar.currentIndex() == window.sidebar_model.find("queue:chapter 2")
    assert window.model.ids == [20, 10]


def test_undoing_the_viewed_queue_shows_all_papers(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.library.create_queue("thesis")
    window.view.refresh()
    show_node(window, "queue:thesis")
    window.paper_actions.undo()
    assert window.view.node.key == "all" and window.model.rowCount() == 147


def assert_highlight_matches_detail(window: MainWindow, *, expected: list[int]) -> None:
    assert window.view.selected_ids() == sorted(expected, key=window.model.ids.index)
    assert window.view.current_id() in expected
    assert shown_in_detail(window) == window.view.current_id()


def select_ids(window: MainWindow, ids: list[int], *, current: int) -> None:
    window.table.clearSelection()
    selection = window.table.selectionModel()
    for paper_id in ids:
        selection.select(
            window.model.index(window.model.ids.index(paper_id), 0),
            selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
        )
    selection.setCurrentIndex(
        window.model.index(window.model.ids.index(current), 0), selection.SelectionFlag.NoUpdate
    )


@pytest.mark.parametrize("current_is_the_kept_one", [True, False])
def test_after_a_merge_the_kept_paper_is_highlighted_and_shown(
    qtbot, window: MainWindow, answer_yes, current_is_the_kept_one: bool
) -> None:  # type: ignore[no-untyped-def]
    keep, other = 30, 40
    select_ids(window, [keep, other], current=keep if current_is_the_kept_one else other)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: other not in window.model.ids)  # merged on a worker
    assert_highlight_matches_detail(window, expected=[keep])
    qtbot.keyClick(window.table, Qt.Key.Key_3)
    assert window.library.paper(keep)["rating"] == 3
    assert window.detail.paper is not None and window.detail.paper["rating"] == 3


def queue_view(window: MainWindow, ids: list[int]) -> None:
    window.library.create_queue("q")
    window.library.enqueue("q", ids)
    window.view.refresh()
    show_node(window, "queue:q")


@pytest.mark.parametrize(
    ("key", "modifiers", "moved", "order"),
    [
        (Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier, 30, [10, 30, 20, 40]),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier, 30, [10, 20, 40, 30]),
        (
            Qt.Key.Key_Up,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            30,
            [30, 10, 20, 40],
        ),
        (
            Qt.Key.Key_Down,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            20,
            [10, 30, 40, 20],
        ),
    ],
)
def test_a_paper_moved_by_keys_stays_highlighted(
    qtbot,
    window: MainWindow,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier,
    moved: int,
    order: list[int],
) -> None:  # type: ignore[no-untyped-def]
    queue_view(window, [10, 20, 30, 40])
    select_ids(window, [moved], current=moved)
    window.table.setFocus()
    qtbot.keyClick(window.table, key, modifiers)
    assert window.model.ids == order
    assert_highlight_matches_detail(window, expected=[moved])


def test_papers_apart_moved_up_by_keys_stay_apart_and_highlighted(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    # trial 15: Ctrl+Up on two papers apart gathered them into a block under the first
    queue_view(window, [10, 20, 30, 40, 50])
    select_ids(window, [20, 40], current=40)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.model.ids == [20, 10, 40, 30, 50]
    qtbot.keyClick(window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.model.ids == [10, 20, 30, 40, 50]
    assert_highlight_matches_detail(window, expected=[20, 40])


def test_a_paper_dragged_in_a_queue_stays_highlighted(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    queue_view(window, [10, 20, 30, 40])
    select_ids(window, [40], current=40)
    mime = window.model.mimeData([window.model.index(3, 0)])
    rect = window.table.visualRect(window.model.index(1, COLUMN["title"]))
    event = QDropEvent(
        QPointF(rect.center().x(), rect.top() + 2),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.table.dropEvent(event)
    assert window.model.ids == [10, 40, 20, 30]
    assert_highlight_matches_detail(window, expected=[40])


def test_a_paste_keeps_the_highlighted_paper(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    chosen = window.model.ids[5]
    select_ids(window, [chosen], current=chosen)
    QApplication.clipboard().setText(SEED_FILES[1].read_text(encoding="utf-8"))
    window.table.setFocus()
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.table, Qt.Key.Key_V, shift_ctrl)  # the import ends as keys are held
    # The seed is in the library already: its papers start unticked (trial 4); tick them all
    # to merge them again, as a reader who wants the paste's source on them would.
    qtbot.mouseClick(wait_for_preview(qtbot, window).tick_all_button, Qt.MouseButton.LeftButton)
    accept_preview(qtbot, window)
    assert_highlight_matches_detail(window, expected=[chosen])


def test_the_windows_own_import_is_not_a_change_made_elsewhere(
    qtbot, tmp_path: Path, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    with Library(tmp_path / "new.db") as library:
        window = MainWindow(library, settings=settings)
        qtbot.addWidget(window)
        messages: list[str] = []
        window.statusBar().messageChanged.connect(messages.append)
        with Library(library.path) as other:
            other.create_queue("from another program")
        window.view.check_external_changes()
        assert messages and "changed elsewhere" in messages[-1]  # a real outside change
        window.statusBar().clearMessage()
        messages.clear()
        task = window.file_actions.start_import(ImportJob(paths=list(SEED_FILES[:3])))
        # The watch ticks while the worker imports: after the first file's commit, say.
        task.signals.progress.connect(lambda *_: window.view.check_external_changes())
        qtbot.waitUntil(lambda: window.file_actions.last_import is not None, timeout=20000)
        for _tick in range(3):
            window.view.check_external_changes()
        assert not [m for m in messages if "elsewhere" in m]
        assert window.model.rowCount() == library.count() == 21 + 67 + 10
        window.close()


def menu_texts(menu: QMenu | None) -> list[str]:
    assert menu is not None
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def trigger(menu: QMenu | None, text: str) -> None:
    assert menu is not None
    (action,) = [a for a in menu.actions() if a.text().replace("&", "") == text]
    action.trigger()


def test_the_trash_offers_restore_and_empty_trash(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.library.trash([10, 20, 30])
    window.view.refresh()
    assert "Move to trash" in menu_texts(window.menus.build_table_menu())
    all_menu = window.menus.build_sidebar_menu(window.sidebar_model.find("all"))
    assert menu_texts(all_menu) == ["Export these papers…"]
    show_node(window, "trash")
    select_ids(window, [10], current=10)
    row_menu = window.menus.build_table_menu()
    assert "Move to trash" not in menu_texts(row_menu)
    assert "Restore from Trash" in menu_texts(row_menu)
    trigger(row_menu, "Restore from Trash")
    assert window.library.paper(10)["deleted"] is None and sorted(window.model.ids) == [20, 30]

    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text: (asked.append(text), next(answers))[1]
    )
    trash_menu = window.menus.build_sidebar_menu(window.sidebar_model.find("trash"))
    assert menu_texts(trash_menu) == ["Restore all", "Export these papers…", "Empty Trash…"]
    trigger(trash_menu, "Empty Trash…")  # No: nothing happens
    assert window.library.count() == 145 and sorted(window.model.ids) == [20, 30]
    trigger(trash_menu, "Empty Trash…")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert asked == ["Delete the 2 papers in the trash for good? (Undo brings them back.)"] * 2
    assert window.library.count() == 145
    gone = "SELECT count(*) FROM papers WHERE id IN (20, 30)"
    assert window.library.conn.execute(gone).fetchone()[0] == 0


def answer_next_box(qtbot, button_text: str, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Click a button of the next message box, as a user would, once it is up."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        (button,) = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


@pytest.mark.parametrize("answer", ["Cancel", "Yes"])
def test_renaming_a_tag_onto_another_asks_first(qtbot, window: MainWindow, answer: str) -> None:  # type: ignore[no-untyped-def]
    window.library.tag([10, 20], add=["metric"])
    window.library.tag([20, 30], add=["Clustering"])
    window.view.refresh()
    seen: list[str] = []
    answer_next_box(qtbot, answer, seen)
    window.node_actions.rename_node(Node("tag:metric", "tag", "metric"), new_name="clustering")
    assert seen and "'Clustering' exists already" in seen[0]
    tags = dict(window.library.tags())
    if answer == "Cancel":  # the default button
        assert tags == {"metric": 2, "Clustering": 2}
    else:
        assert tags == {"Clustering": 3}
        assert window.sidebar_model.find("tag:Clustering").isValid()


def test_renaming_a_tag_to_a_new_name_or_case_does_not_ask(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.library.tag([10], add=["metric"])
    window.view.refresh()
    window.node_actions.rename_node(Node("tag:metric", "tag", "metric"), new_name="Metric")
    window.node_actions.rename_node(Node("tag:Metric", "tag", "Metric"), new_name="metrics")
    assert dict(window.library.tags()) == {"metrics": 1}


def test_exporting_nothing_cannot_be_saved(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.search.setText("no-such-word-anywhere")
    window.view.apply_search()
    assert window.model.rowCount() == 0
    dialog = window.file_actions.export_selection()
    assert dialog.windowTitle().startswith("Export 0 papers")
    assert not dialog.save_button.isEnabled()
    assert "Nothing to export" in dialog.preview.toPlainText()
    assert dialog.save() is None and dialog.saved_to is None
    window.search.clear()
    window.view.apply_search()
    assert window.file_actions.export_selection().save_button.isEnabled()


def test_a_click_below_the_last_row_leaves_no_paper_half_shown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Found by make soak: the click cleared the highlight, the pane kept its paper, and a
    rating key then rated nothing. Pane and highlight agree: both empty, then both back."""
    window.search.setText("few-shot")
    window.view.apply_search()
    qtbot.waitUntil(lambda: 0 < window.model.rowCount() < 20, timeout=5000)
    window.resize(1200, 900)
    window.show()
    qtbot.waitExposed(window)
    first = window.model.ids[0]
    select_ids(window, [first], current=first)
    last = window.table.visualRect(window.model.index(window.model.rowCount() - 1, 1))
    below = last.bottomLeft() + QPoint(10, 100)
    assert not window.table.indexAt(below).isValid()
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=below)
    assert window.view.selected_ids() == []
    assert window.detail.paper is None
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=last.center())
    assert_highlight_matches_detail(window, expected=[window.model.ids[-1]])


@pytest.mark.parametrize(
    ("key", "doing"), [(Qt.Key.Key_E, "Editing the title of"), (Qt.Key.Key_N, "A new note on")]
)
def test_a_title_or_a_note_with_several_highlighted_says_which_paper(
    qtbot, window: MainWindow, key: Qt.Key, doing: str
) -> None:  # type: ignore[no-untyped-def]
    # trial 15: Ctrl+E / Ctrl+N with several rows highlighted acted on one without a word of which
    first, second = window.model.ids[:2]
    select_ids(window, [first, second], current=second)
    window.table.setFocus()
    notes_before = len(window.library.paper(second)["notes"])
    qtbot.keyClick(window.table, key, Qt.KeyboardModifier.ControlModifier)
    title = window.library.paper(second)["title"]
    assert window.statusBar().currentMessage() == (
        f"{doing} the paper in the details (one of 2 highlighted; now the only one): {title!r}"
    )
    if key == Qt.Key.Key_N:
        assert len(window.library.paper(second)["notes"]) == notes_before + 1
        assert window.library.paper(first)["notes"] == []


@pytest.mark.parametrize("key", [Qt.Key.Key_E, Qt.Key.Key_N])
def test_a_title_or_a_note_with_several_highlighted_is_typed_where_it_shows(
    qtbot, window: MainWindow, key: Qt.Key
) -> None:  # type: ignore[no-untyped-def]
    # trial 16: the pane still said "2 papers selected" while the keys went to the hidden title
    # (or note) box of the paper in the details: "XYZ" then Enter renamed it unseen
    window.show()
    qtbot.waitExposed(window)
    first, second = window.model.ids[:2]
    select_ids(window, [first, second], current=second)
    assert window.detail_stack.currentWidget() is window.selection_pane
    window.table.setFocus()
    qtbot.keyClick(window.table, key, Qt.KeyboardModifier.ControlModifier)
    assert_highlight_matches_detail(window, expected=[second])
    assert window.detail_stack.currentWidget() is window.detail
    box = window.detail.title if key == Qt.Key.Key_E else window.detail.note_edit
    assert box.isVisible()
    assert QApplication.focusWidget() is box


@pytest.mark.parametrize(
    "modifiers",
    [
        Qt.KeyboardModifier.ShiftModifier,
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier,
    ],
)
def test_shift_end_and_home_extend_the_highlight_to_the_last_and_first_paper(
    qtbot, window: MainWindow, modifiers: Qt.KeyboardModifier
) -> None:  # type: ignore[no-untyped-def]
    # trial 16: Ctrl+Shift+End moved the current row to the last paper without highlighting
    # it: the details showed the last paper while Q added the first, still highlighted
    ids = window.model.ids
    window.view.highlight([ids[3]])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_End, modifiers)
    assert window.model.rowCount() == 147
    assert_highlight_matches_detail(window, expected=ids[3:])
    assert window.view.current_id() == ids[-1]
    assert window.detail_stack.currentWidget() is window.selection_pane
    # From the same anchor, back up to the first paper
    qtbot.keyClick(window.table, Qt.Key.Key_Home, modifiers)
    assert_highlight_matches_detail(window, expected=ids[:4])
    assert window.view.current_id() == ids[0]


def test_home_and_end_alone_highlight_the_first_and_last_paper(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    # trial 16: End moved the current cell along the row (to the Added column) and changed
    # nothing a reader could see; Zotero's End goes to the last item
    ids = window.model.ids
    window.view.highlight([ids[3], ids[5]], current=ids[5])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_End)
    assert_highlight_matches_detail(window, expected=[window.model.ids[-1]])
    qtbot.keyClick(window.table, Qt.Key.Key_Home)
    assert_highlight_matches_detail(window, expected=[ids[0]])


def test_adding_papers_already_in_a_queue_says_how_many_went_in(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # trial 16: "Added 20 papers to Gravity — Ctrl+Z to undo" with 1 of them in it already;
    # with all of them in, no step was taken and Ctrl+Z undid the step before
    monkeypatch.setattr("papershelf.gui.actions.queues.ask_choice", lambda *_a, **_k: "Gravity")
    ids = window.model.ids
    window.library.create_queue("Gravity")
    window.library.tag([ids[9]], add=["earlier"])
    window.library.enqueue("Gravity", [ids[0]])
    window.view.refresh()
    bar = window.statusBar()
    window.view.highlight(ids[:3])
    window.queue_actions.enqueue_selected()
    assert bar.currentMessage() == "Added 2 papers to Gravity (1 already in it) — Ctrl+Z to undo"
    window.view.highlight(ids[:2])
    window.queue_actions.enqueue_selected()
    assert bar.currentMessage() == "All 2 papers were already in Gravity"
    window.view.highlight([ids[1]])
    window.queue_actions.enqueue_selected()
    assert bar.currentMessage() == "The paper was already in Gravity"
    window.paper_actions.undo()  # the step said last: 2 papers added
    assert window.library.queue_ids("Gravity") == [ids[0]]
    assert "earlier" in window.library.paper(ids[9])["tags"]


def test_a_paper_read_twice_in_one_paste_says_it_will_merge(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    # trial 16: a publications page (holdout33 015) whose reader took the venue for the title
    # of three papers: three rows "Encyclopedia of Optimization", nothing said, and the import
    # made one paper of them ("1 merged, 1 already in library, unchanged"). That reader reads the
    # page right since 5842069; a paste naming one title three times still warns (made-up text).
    from tests.gui.test_import_preview import paste, rows

    text = "".join(
        f"- [{title}](https://example.org/{n}) by {name}: a remark on it.\n"
        for n, (title, name) in enumerate(
            [
                ("Encyclopedia of Invented Harbours", "Ada Quill"),
                ("Moorings in a storm over the outer harbour", "Ben Nadir"),
                ("Encyclopedia of Invented Harbours", "Cy Tern"),
                ("Tides and the harbour wall of the old port", "Dora Vale"),
                ("Encyclopedia of Invented Harbours", "Eva Roth"),
            ]
        )
    )
    dialog = paste(qtbot, window, text)
    model = dialog.model
    titles, there = rows(model), rows(model, "already in library")
    twice = [n for n, title in enumerate(titles) if title == "Encyclopedia of Invented Harbours"]
    assert len(twice) == 3
    first_line = model.files[0].preview.records[twice[0]].line
    assert there[twice[0]] is None
    assert [there[n] for n in twice[1:]] == [f"same as line {first_line} — will merge"] * 2
    # The first one unticked: the second is now the one the third merges into
    top = model.index(0, 0)
    model.setData(
        model.index(twice[0], 0, top), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    there = rows(model, "already in library")
    second_line = model.files[0].preview.records[twice[1]].line
    assert there[twice[1]] is None or "will merge" not in there[twice[1]]
    assert there[twice[2]] == f"same as line {second_line} — will merge"
    dialog.reject()
