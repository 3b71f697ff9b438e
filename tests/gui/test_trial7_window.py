"""Trial 7's findings in the real window over the seeded library (1400 px wide, as the trial's
screen): a long review flag in the detail pane, the search cleared with Escape, a merge of two
entries flagged as the same paper."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from papershelf.core.records import PaperRecord, ParseWarning
from papershelf.gui.dialogs.import_summary import summary_text
from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN
from papershelf.gui.tasks import ImportOutcome
from papershelf.gui.widgets.sidebar import Node
from papershelf.importers.pipeline import ListingPreview, Segment
from papershelf.library.imports import ImportReport
from papershelf.store.search import Filter
from tests.conftest import DATA

# Two entries of one paper under two citation keys: imported apart, both flagged "duplicate".
SPORTS = DATA / "bib" / "zotero_bbt_sports.bib"


def flagged_duplicates(window: MainWindow) -> list[int]:
    report = window.library.import_path(SPORTS)
    assert report.new == 5
    window.view.refresh()
    QApplication.processEvents()
    flagged = window.library.query_ids(Filter(search="needs:duplicate"))
    assert len(flagged) == 2
    return flagged


def test_a_long_review_flag_leaves_the_table_its_width(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Trial 7: "⚑ Needs review: may be the same paper as another entry (search
    needs:duplicate)" on one line widened the detail pane by ~200 px: the table lost Date and
    Added, and after a merge the sidebar's names were cut to "Author p…"."""
    flagged = flagged_duplicates(window)
    plain = next(i for i in window.model.ids if not window.library.paper(i)["needs_review"])
    window.view.highlight([plain])
    QApplication.processEvents()
    before = window.splitter.sizes()
    window.view.highlight([flagged[0]])
    QApplication.processEvents()
    review = window.detail.review
    assert "may be the same paper as another entry" in review.text()  # the whole text kept
    assert review.toolTip() == review.text()
    assert window.splitter.sizes() == before
    assert not window.table.isColumnHidden(COLUMN["date"])
    assert review.width() <= window.detail.width()
    assert review.shown_text().endswith("…")  # cut to the pane, not the pane to it


def test_a_readers_reason_is_not_prefixed_twice(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Trial 7: "⚑ Needs review: review: read as a repeated record shape; check the fields".
    A made-up record carrying a reader's reason, as the paste readers word it."""
    record = PaperRecord(line=1, title="A made-up paper title", needs_review=["review: recheck"])
    preview = ListingPreview("clipboard", "A made-up paper title\n", "utf-8", [])
    preview.segments.append(Segment("learned-lines", 1, 1, records=[record]))
    (paper,) = window.library.import_preview(preview).paper_ids
    window.view.refresh()
    window.view.reveal([paper])
    QApplication.processEvents()
    assert window.detail.review.text() == "⚑ Needs review: recheck"


def test_escape_in_the_search_keeps_the_paper_highlighted(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Trial 7: a paper found by a search and highlighted; Escape cleared the search and the
    highlight jumped to the first paper of the list (Zotero keeps the paper)."""
    qtbot.keyClicks(window.search, "distillation")
    qtbot.waitUntil(lambda: not window.search_timer.isActive())
    found = window.model.ids[3]
    assert found != window.model.ids[0]
    window.view.highlight([found])
    window.search.setFocus()
    qtbot.waitUntil(window.search.hasFocus)
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert window.view.selected_ids() == [found]
    assert window.detail.paper is not None and window.detail.paper["id"] == found
    assert found != window.model.ids[0]  # the whole list again, the paper kept in it


def test_a_search_that_hides_the_paper_highlights_the_first_found(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.view.highlight([window.model.ids[5]])
    qtbot.keyClicks(window.search, "distillation")
    qtbot.waitUntil(lambda: not window.search_timer.isActive())
    found = set(window.model.ids)
    assert window.view.current_id() in found and len(window.view.selected_ids()) == 1


def test_merging_the_two_flagged_entries_settles_the_flag(
    qtbot, window: MainWindow, answer_yes: None
) -> None:  # type: ignore[no-untyped-def]
    """Trial 7: the two entries the import flagged as one paper merged, the paper kept still
    said "Needs review: may be the same paper as another entry" and stayed in Needs review."""
    keep, other = flagged_duplicates(window)
    window.view.highlight([keep, other])
    QApplication.processEvents()
    window.paper_actions.merge_selected()
    qtbot.waitUntil(lambda: not window.workers.busy(), timeout=20000)  # merged on a worker
    QApplication.processEvents()
    assert not window.library.papers([other]) and window.view.current_id() == keep
    assert "duplicate" not in window.library.paper(keep)["needs_review"]
    assert window.library.query_ids(Filter(search="needs:duplicate")) == []
    # The pane refreshes after the merge's report reaches the window (a moment later under load).
    qtbot.waitUntil(lambda: "same paper" not in window.detail.review.text(), timeout=5000)


def test_the_import_summary_says_needs_review_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Trial 7: "line 1: needs review (review: read as a repeated record shape; check the
    fields)" in the summary."""
    warning = ParseWarning(1, "needs review (review: read as a repeated record shape)")
    report = ImportReport("clipboard", "repeated-records", 1, new=1, warnings=[warning])
    shown = summary_text(ImportOutcome(reports=[report]))
    assert "line 1: needs review (read as a repeated record shape)" in shown


def test_the_dashboards_tag_table_is_read_only_and_fills_its_width(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Trial 7: keys typed while the dashboard had the focus replaced the tag's name in its
    Per tag table ("to-cite" read "A robust example of …"), and the table left a blank band
    right of Read while "gaussian-splatting" wrapped onto two lines."""
    paper = window.model.ids[0]
    window.view.apply(window.library.tag([paper], add=["gaussian-splatting", "to-cite"]))
    dialog = window.show_dashboard()
    qtbot.waitExposed(dialog)
    table = dialog.tags
    table.setFocus()
    table.setCurrentCell(0, 0)
    before = table.item(0, 0).text()
    qtbot.keyClicks(table, "typed over")
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert table.item(0, 0).text() == before
    assert table.state() != table.State.EditingState
    columns = sum(table.columnWidth(c) for c in range(table.columnCount()))
    assert columns == table.viewport().width()
    dialog.close()


def test_a_tag_or_queue_renamed_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Trial 7: "to-cite" renamed "cite" from the sidebar, nothing was said (a source's rename,
    a queue's merge and a tag's colour say what they did and how to undo it)."""
    window.library.tag([1, 2], add=["to-cite"])
    window.library.tag([3], add=["few-shot"])
    window.library.create_queue("week 1")
    window.view.refresh()
    actions, bar = window.node_actions, window.statusBar()
    actions.rename_node(Node("tag:to-cite", "tag", "to-cite"), new_name="cite")
    assert bar.currentMessage() == "Renamed the tag 'to-cite' to 'cite' — Ctrl+Z to undo"
    actions.rename_node(Node("tag:cite", "tag", "cite"), merge=True, new_name="few-shot")
    assert bar.currentMessage() == "Merged tag 'cite' into 'few-shot' — Ctrl+Z to undo"
    actions.rename_node(Node("queue:week 1", "queue", "week 1"), new_name="week 2")
    assert bar.currentMessage() == "Renamed the queue 'week 1' to 'week 2' — Ctrl+Z to undo"


def test_removing_a_paper_from_a_queue_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Trial 7: Queue › Remove from queue took the paper out without a word, where adding
    said "Added 6 papers to Agents week — Ctrl+Z to undo"."""
    window.library.create_queue("Agents week")
    window.library.enqueue("Agents week", window.model.ids[:3])
    window.view.refresh()
    window.sidebar.setCurrentIndex(window.sidebar_model.find("queue:Agents week"))
    qtbot.waitUntil(lambda: window.view.node.key == "queue:Agents week")
    window.view.highlight([window.model.ids[1]])
    window.queue_actions.dequeue_selected()
    assert window.model.rowCount() == 2
    message = window.statusBar().currentMessage()
    assert message == "Removed 1 paper from Agents week — Ctrl+Z to undo"


def test_the_trash_notice_is_drawn_in_the_panes_font(qtbot, window: MainWindow, answer_yes) -> None:  # type: ignore[no-untyped-def]
    """Trial 7: "🗑 In the Trash since …" began with an empty box on a Debian machine with
    the fonts the app installs (DejaVu has no wastebasket)."""
    paper = window.model.ids[0]
    window.view.highlight([paper])
    window.paper_actions.trash_selected()
    window.sidebar.setCurrentIndex(window.sidebar_model.find("trash"))
    qtbot.waitUntil(lambda: window.view.node.key == "trash")
    window.view.highlight([paper])
    QApplication.processEvents()
    review = window.detail.review
    assert "In the Trash since" in review.text()
    metrics = QFontMetrics(review.font())
    assert all(metrics.inFontUcs4(ord(c)) for c in review.text()), review.text()


def test_typing_in_the_write_box_of_a_paper_without_notes_starts_a_note(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Trial 7: the Write box of a paper with no note ("Markdown. Saved as you type.") was
    disabled; a click on it left the keys to the table, and "Read for journal club" marked a
    paper Dropped, Read and New again through the one-letter status keys."""
    paper = window.model.ids[0]
    window.view.highlight([paper])
    QApplication.processEvents()
    detail = window.detail
    assert window.library.paper(paper)["notes"] == []
    detail.tabs.setCurrentIndex(1)
    detail.note_tabs.setCurrentIndex(0)
    box = detail.note_edit
    qtbot.waitUntil(box.isVisible)
    qtbot.mouseClick(box.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(box.hasFocus)
    statuses = {i: window.library.paper(i)["status"] for i in window.model.ids[:40]}
    qtbot.keyClicks(box, "Read for journal club")
    detail.flush_note()
    assert window.library.paper(paper)["notes"] == ["Read for journal club"]
    assert {i: window.library.paper(i)["status"] for i in statuses} == statuses
    assert box.toPlainText() == "Read for journal club" and box.hasFocus()
    assert detail.notes.count() == 1 and detail.delete_note.isEnabled()


def test_deleting_a_note_says_so_and_keeps_the_focus_among_the_notes(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Trial 7: Delete took the note away without a word, and the focus went to the sidebar
    (the greyed Delete button gave it up)."""
    paper = window.model.ids[0]
    window.view.highlight([paper])
    detail = window.detail
    detail.add_note()
    qtbot.keyClicks(detail.note_edit, "a note to delete")
    detail.flush_note()
    detail.delete_note.setFocus()
    qtbot.waitUntil(detail.delete_note.hasFocus)
    qtbot.keyClick(detail.delete_note, Qt.Key.Key_Space)
    assert window.library.paper(paper)["notes"] == []
    assert window.statusBar().currentMessage() == "Deleted the note — Ctrl+Z to undo"
    assert detail.note_edit.hasFocus() and not window.sidebar.hasFocus()
