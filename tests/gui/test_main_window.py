"""The real window driven as a user would: keys, clicks, drops; checked on widgets and the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN, IDS_MIME, PaperTableModel
from papershelf.gui.tasks import ImportJob
from papershelf.gui.widgets.sidebar import NODE_ROLE, Node
from papershelf.library import Library
from papershelf.store.search import Filter
from tests.conftest import SEED_FILES
from tests.gui.conftest import accept_preview


def shown_titles(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r, COLUMN["title"]).data() for r in range(model.rowCount())]


def select_rows(window: MainWindow, rows: list[int]) -> None:
    window.table.clearSelection()
    selection = window.table.selectionModel()
    for row in rows:
        selection.select(
            window.model.index(row, 0),
            selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
        )
    selection.setCurrentIndex(window.model.index(rows[0], 0), selection.SelectionFlag.NoUpdate)


def search(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    window.search.clear()
    qtbot.keyClicks(window.search, text)
    qtbot.waitUntil(lambda: not window.search_timer.isActive())


def test_model_passes_qt_model_tester(qtmodeltester, seeded: Library) -> None:  # type: ignore[no-untyped-def]
    model = PaperTableModel(seeded)
    model.reload()
    qtmodeltester.check(model)
    model.sort(COLUMN["title"], Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_opens_on_all_papers_with_counts(window: MainWindow) -> None:
    assert window.model.rowCount() == 147
    assert window.sidebar.currentIndex().data(NODE_ROLE).key == "all"
    assert "147 shown of 147 papers" in window.count_label.text()
    labels = [
        window.sidebar_model.index(r, 0).data() for r in range(window.sidebar_model.rowCount())
    ]
    assert labels[:3] == ["All papers  (147)", "Inbox  (147)", "To read  (0)"]
    assert "Needs review  (17)" in labels
    assert window.detail.title.text() == window.library.paper(window.model.ids[0])["title"]


@pytest.mark.parametrize(
    ("query", "count"),
    [
        ("clip", 11),
        ('"noisy labels"', 3),
        ("author:qian", 14),
        ("year:>=2024", 19),
        ("author:qian -clip", 8),
        ("needs:title", 10),
        ("category:cv year:2023", 3),
    ],
)
def test_search_as_you_type(qtbot, window: MainWindow, query: str, count: int) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, window, query)
    assert window.model.rowCount() == count == window.library.count(Filter(search=query))
    assert window.search_error.isHidden()


def test_query_error_is_shown_inline_and_rows_stay(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, window, "clip")
    search(qtbot, window, "clip year:soon")
    assert window.model.rowCount() == 11
    assert window.search_error.isVisible()
    assert "whole number" in window.search_error.text()


def test_rating_status_and_tag_on_a_multi_selection(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, window, "author:qian")
    select_rows(window, [0, 1, 2])
    ids = window.view.selected_ids()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_4)
    qtbot.keyClick(window.table, Qt.Key.Key_T)
    assert [p["rating"] for p in window.library.papers(ids)] == [4, 4, 4]
    assert {p["status"] for p in window.library.papers(ids)} == {"to-read"}
    assert window.model.index(0, COLUMN["status"]).data() == "To read"
    from papershelf.gui.dialogs.prompts import TagDialog

    monkeypatch.setattr(TagDialog, "get_text", lambda *a, **k: ("metric, clustering", True))
    window.paper_actions.tag_selected()
    assert all(p["tags"] == ["clustering", "metric"] for p in window.library.papers(ids))
    assert window.model.index(0, COLUMN["tags"]).data() == "clustering, metric"
    assert window.sidebar_model.find("tag:metric").data() == "metric  (3)"
    assert window.sidebar_model.find("status:to-read").data() == "To read  (3)"


def test_star_click_in_the_table(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.table_header.show_column(COLUMN["rating"], True)  # blank until now: ticked on
    rect = window.table.visualRect(window.model.index(1, COLUMN["rating"]))
    qtbot.mouseClick(
        window.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + 4 + 16 * 2 + 8, rect.center().y()),
    )
    assert window.library.paper(window.model.ids[1])["rating"] == 3


def test_note_is_saved_on_switching_papers_and_on_close(
    qtbot, window: MainWindow, seeded_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.table.selectRow(0)
    first = window.view.current_id()
    window.detail.add_note()
    qtbot.keyClicks(window.detail.note_edit, "Read section 3 *carefully*")
    window.table.selectRow(1)  # no wait: the switch itself must save
    assert window.library.paper(first)["notes"] == ["Read section 3 *carefully*"]
    second = window.view.current_id()
    window.detail.add_note()
    qtbot.keyClicks(window.detail.note_edit, "typed just before quitting")
    window.close()
    with Library(seeded_path) as reopened:
        assert reopened.paper(second)["notes"] == ["typed just before quitting"]
    assert window.library.count(Filter(search='"section 3"')) == 1


def test_note_preview_renders_markdown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.detail.add_note()
    qtbot.keyClicks(window.detail.note_edit, "# Heading")
    qtbot.keyClick(window.detail.note_edit, Qt.Key.Key_Return)
    qtbot.keyClick(window.detail.note_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(window.detail.note_edit, "**bold**")
    window.detail.note_tabs.setCurrentIndex(1)
    assert (
        "<b>" in window.detail.note_preview.toHtml()
        or "font-weight:700" in window.detail.note_preview.toHtml()
    )


def test_undo_and_redo_restore_table_and_file(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    select_rows(window, [0, 1, 2, 3])
    ids = window.view.selected_ids()
    window.paper_actions.rate_selected(5)
    window.paper_actions.status_selected("read")
    window.paper_actions.update_undo_actions()
    assert window.undo_action.text() == "Undo Mark 4 papers Read"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {p["status"] for p in window.library.papers(ids)} == {"new"}
    window.paper_actions.undo()
    assert {p["rating"] for p in window.library.papers(ids)} == {0}
    assert window.model.index(0, COLUMN["status"]).data() == "New"
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert {p["rating"] for p in window.library.papers(ids)} == {5}


def test_rename_and_merge_tags_from_the_sidebar(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.library.tag([1, 2], add=["fsl"])
    window.library.tag([3], add=["few-shot"])
    window.view.refresh()
    # "Merge into another tag…": chosen from the existing tags, so nothing more to ask
    window.node_actions.rename_node(Node("tag:fsl", "tag", "fsl"), merge=True, new_name="few-shot")
    assert window.library.tags() == [("few-shot", 3)]
    assert window.sidebar_model.find("tag:few-shot").data() == "few-shot  (3)"
    assert not window.sidebar_model.find("tag:fsl").isValid()


def test_merge_two_selected_papers(qtbot, window: MainWindow, answer_yes) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, window, 'needs:title "knowledge distillation (KD) is"')  # 002, lines 7 and 9
    assert window.model.rowCount() == 2
    window.library.tag(window.model.ids[:1], add=["kd"])
    select_rows(window, [0, 1])
    keep, other = sorted(window.view.selected_ids())
    window.paper_actions.merge_selected()
    qtbot.waitUntil(lambda: not window.workers.busy())  # merged on a worker
    assert window.library.count() == 146
    assert window.model.rowCount() == 1
    assert other not in window.model.ids and keep in window.model.ids
    assert len(window.library.paper(keep)["sources"]) == 2


def test_drop_papers_on_a_tag_and_a_queue(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.library.tag([100], add=["later"])
    window.library.create_queue("week 1")
    window.view.refresh()
    select_rows(window, [0, 1, 2])
    ids = window.view.selected_ids()
    mime = window.model.mimeData([window.model.index(r, 0) for r in range(3)])
    for key in ("tag:later", "queue:week 1"):
        rect = window.sidebar.visualRect(window.sidebar_model.find(key))
        event = QDropEvent(
            QPointF(rect.center()),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        window.sidebar.dropEvent(event)
        assert event.isAccepted()
    assert all(
        "later" in p["tags"] and p["queues"] == ["week 1"] for p in window.library.papers(ids)
    )
    assert window.library.queue_ids("week 1") == ids


def test_queue_view_reorders_by_drop_and_keys_and_shows_next_up(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.library.create_queue("q")
    window.library.enqueue("q", [10, 20, 30, 40])
    window.view.refresh()
    window.sidebar.setCurrentIndex(window.sidebar_model.find("queue:q"))
    assert window.model.ids == [10, 20, 30, 40]
    assert window.next_up.isVisible() and window.library.paper(10)["title"] in window.next_up.text()
    mime = QMimeData()
    mime.setData(IDS_MIME, b"40")
    # False tells the view not to delete source rows: the model reordered the queue itself.
    window.model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, window.model.index(-1, -1))
    assert window.library.queue_ids("q") == window.model.ids == [10, 40, 20, 30]
    window.table.selectRow(3)
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.library.queue_ids("q") == [10, 40, 30, 20]
    window.table.selectRow(0)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_R)  # read: the focus moves to what is next up
    assert window.view.current_id() == 40
    assert window.library.paper(40)["title"] in window.next_up.text()


def test_import_runs_off_the_gui_thread_and_reports(
    qtbot, tmp_path: Path, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with Library(tmp_path / "new.db") as library:
        window = MainWindow(library, settings=settings)
        qtbot.addWidget(window)
        window.file_actions.start_import(ImportJob(paths=[*SEED_FILES, empty]))
        # The worker may finish before a signal spy could attach: wait for the outcome.
        qtbot.waitUntil(lambda: window.file_actions.last_import is not None, timeout=20000)
        assert window.model.rowCount() == 147
        text = window.file_actions.import_summary.details.toPlainText()
        assert "004_e0fc368eee7a1676.txt: Hugging Face daily, 31 papers, 29 new, 2 merged" in text
        assert f"✗ {empty}: is empty" in text
        assert (
            window.library.undo_label() == "Import Hugging Face daily from 004_e0fc368eee7a1676.txt"
        )
        window.close()


def test_paste_listing_from_clipboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().setText(
        "new\n\nSubscribe\n\nA Pasted Paper Title\n\n" + "Pasted abstract words. " * 20
    )
    window.file_actions.paste_listing()
    accept_preview(qtbot, window)
    assert window.model.rowCount() == 148
    assert window.library.count(Filter(search='"pasted paper title"')) == 1


def test_window_state_is_restored(qtbot, seeded: Library, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(seeded, settings=settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(760, 560)  # the offscreen screen is 800x600; restoreGeometry clamps to it
    first.splitter.setSizes([200, 330, 200])
    header = first.table.horizontalHeader()
    header.moveSection(header.visualIndex(COLUMN["date"]), 1)  # visual indexes: # comes first
    first.sidebar.setCurrentIndex(first.sidebar_model.find("review"))
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(seeded, settings=settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.view.node.key == "review"
    assert second.model.rowCount() == 17
    assert second.splitter.sizes()[0] == sizes[0]
    assert (
        abs(second.splitter.sizes()[1] - sizes[1]) <= 12
    )  # the restored window may differ by a frame
    assert second.table.horizontalHeader().visualIndex(COLUMN["date"]) == 1
    assert second.size().width() == 760
    second.close()


def test_export_dialog_previews_the_selection(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, window, "author:qian clip")
    dialog = window.file_actions.export_selection()
    dialog.whole_view.click()  # the view, not the highlighted paper
    assert dialog.preview.toPlainText().count("@misc{") == 6
    dialog.format.setCurrentIndex(dialog.format.findData("markdown"))
    assert dialog.preview.toPlainText().startswith("# Reading list")
    dialog.close()


def test_external_change_is_noticed(qtbot, window: MainWindow, seeded_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Library(seeded_path) as other:  # the CLI, or a second window
        other.tag([window.model.ids[0]], add=["from-cli"])
    qtbot.waitUntil(lambda: window.sidebar_model.find("tag:from-cli").isValid(), timeout=5000)
    assert window.model.index(0, COLUMN["tags"]).data() == "from-cli"


def test_sidebar_nodes_filter(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for key, count in (
        ("review", 17),
        ("source:3", 10),
        ("inbox", 147),
        ("status:read", 0),
        ("trash", 0),
    ):
        window.sidebar.setCurrentIndex(window.sidebar_model.find(key))
        assert window.model.rowCount() == count, key


def test_edit_links_and_citation_key_in_the_detail_pane(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.table.selectRow(0)
    paper_id = window.view.current_id()
    window.detail.set_links(["https://example.org/paper", "https://github.com/x/y"])
    assert window.library.paper(paper_id)["urls"] == [
        "https://example.org/paper",
        "https://github.com/x/y",
    ]
    assert "https://github.com/x/y" in window.detail.links.text()
    window.detail.key.setText("myKey2024")
    window.detail.key.editingFinished.emit()
    assert window.library.paper(paper_id)["citation_key"] == "myKey2024"
    window.paper_actions.undo()
    assert window.library.paper(paper_id)["citation_key"] is None


def test_resolving_a_needs_review_title(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.sidebar.setCurrentIndex(window.sidebar_model.find("review"))
    search(qtbot, window, "needs:title")
    window.table.selectRow(0)
    paper_id = window.view.current_id()
    assert window.detail.review.isVisible() and "needs a real title" in window.detail.review.text()
    window.detail.title.setText("Transductive Meta-Learning with Class-wise Uncertainty")
    window.detail.title.editingFinished.emit()
    assert window.library.paper(paper_id)["needs_review"] == []
    assert window.sidebar_model.find("review").data() == "Needs review  (16)"


def test_large_views_load_in_pages_as_the_table_scrolls(
    qtbot, seeded: Library, settings: QSettings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from benchmarks.generate import write_arxiv_listing

    from papershelf.gui.models.paper_table import ID_PAGE

    seeded.import_path(write_arxiv_listing(tmp_path / "many.txt", 2500, seed=3))
    window = MainWindow(seeded, settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert window.model.rowCount() == ID_PAGE and not window.model.complete
    qtbot.waitUntil(
        lambda: (
            "2647 papers" in window.count_label.text() and "2647 shown" in window.count_label.text()
        )
    )
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() > ID_PAGE)
    while window.model.canFetchMore():
        window.model.fetchMore()
    assert window.model.ids == seeded.query_ids() and window.model.complete
    dialog = window.file_actions.export_selection()
    assert dialog.whole_view is not None
    dialog.whole_view.click()  # the whole view, not the highlighted paper
    assert len(dialog.ids) == 2647
    window.close()


def test_export_preview_is_short_but_save_writes_everything(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = window.file_actions.export_selection()
    dialog.whole_view.click()  # the view, not the highlighted paper
    assert "… and 47 more papers, written when you save." in dialog.preview.toPlainText()
    assert (
        dialog.preview.toPlainText().count("\n@") + dialog.preview.toPlainText().startswith("@")
        == 100
    )
    dialog.save(tmp_path / "all.bib")
    qtbot.waitUntil(lambda: dialog.saved_to is not None)  # written on a worker
    assert (tmp_path / "all.bib").read_text(encoding="utf-8").count("\n@") + 1 == 147
    assert dialog.saved_to == tmp_path / "all.bib"


def test_editing_one_paper_repaints_only_its_row(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.table.selectRow(3)
    changed: list[tuple[int, int]] = []
    window.model.dataChanged.connect(
        lambda top, bottom, _roles=(): changed.append((top.row(), bottom.row()))
    )
    window.detail._rate(4)
    assert changed == [(3, 3)]
    assert window.model.index(3, COLUMN["rating"]).data(Qt.ItemDataRole.UserRole + 2) == 4


def test_write_ahead_log_is_folded_off_the_gui_thread(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.library.rate(window.library.query_ids(), 2)
    window.fold_write_ahead_log()
    task = window.checkpointing
    assert task is not None
    qtbot.waitUntil(task.done.is_set, timeout=5000)
    assert task.error is None
    frames, copied = window.library.checkpoint()
    assert frames == copied  # nothing was left for a second pass


def test_searching_the_trash_finds_trashed_papers(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, window, '"Dual Mutual Learning"')
    (paper_id,) = window.model.ids
    window.library.trash([paper_id])
    window.view.refresh()
    search(qtbot, window, '"Dual Mutual Learning"')
    assert window.model.rowCount() == 0
    window.sidebar.setCurrentIndex(window.sidebar_model.find("trash"))
    search(qtbot, window, '"Dual Mutual Learning"')
    assert window.model.ids == [paper_id]


def test_detail_pane_takes_bibtex_name_forms(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.table.selectRow(0)
    paper_id = window.view.current_id()
    window.detail.authors.setText("King, Jr., Martin Luther; {Google DeepMind}; Ada Lovelace")
    window.detail.authors.editingFinished.emit()
    paper = window.library.paper(paper_id)
    assert paper["authors"] == ["Martin Luther King, Jr.", "Google DeepMind", "Ada Lovelace"]
    assert paper["names"][1] == {"literal": "Google DeepMind"}
    window.table.selectRow(1)
    window.table.selectRow(0)  # shown again in forms that read back as the same names
    assert window.detail.authors.text() == (
        "Martin Luther King, Jr.; {Google DeepMind}; Ada Lovelace"
    )
    bib = window.library.export([paper_id], "bibtex")
    assert "author = {King, Jr., Martin Luther and {Google DeepMind} and Lovelace, Ada}," in bib


def test_clicking_a_group_header_leaves_the_shown_node_highlighted(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.sidebar.setCurrentIndex(window.sidebar_model.find("status:dropped"))
    shown = window.model.rowCount()
    for key in ("group:tags", "group:queues", "group:sources"):
        rect = window.sidebar.visualRect(window.sidebar_model.find(key))
        qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        highlighted = window.sidebar.selectionModel().selectedIndexes()
        assert [window.sidebar_model.node_at(i).key for i in highlighted] == ["status:dropped"]
        assert window.view.node.key == "status:dropped"
        assert window.model.rowCount() == shown
