"""New-user trial 13: the import preview's rows left out as unlike papers.

Real widgets offscreen, a real library file and a real paste: tests/data/listings-holdout24's
022, a symposium's agenda page whose heading is read as a record and left out (see that
folder's MANIFEST).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.test_import_preview import paste, rows
from tests.gui.test_preview_left_out import AGENDA, HEADING


def test_a_left_out_row_s_warnings_start_with_why_it_is_unticked(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]
    # The heading's other flag ("title found by one cue only (date)") came first: the narrow
    # Warnings column showed "⚑ check: title fo…", not the reason the headline points to.
    dialog = paste(qtbot, empty_window, AGENDA.read_text(encoding="utf-8"))
    titles, warnings = rows(dialog.model), rows(dialog.model, "warnings")
    assert titles[0] == HEADING
    assert warnings[0].startswith("⚑ unlike a paper (likelihood 0.2"), warnings[0]
    assert "title found by one cue only" in warnings[0]  # still said, after it


def test_a_reader_s_flag_is_cleared_by_marking_the_paper_reviewed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    # A reader's own reason ("review: …", as "unlike a paper" is) went with no edit: a paper
    # imported though unticked stayed in Needs review for good, whatever the user checked.
    library = window.library
    library.import_path(AGENDA, include_unlikely=True)
    window.view.apply(library.last_changes)
    flagged = [
        paper_id
        for (paper_id,) in library.conn.execute(
            "SELECT paper_id FROM review_flags WHERE reason LIKE 'review: unlike a paper%'"
        )
    ]
    assert len(flagged) == 1
    window.sidebar.setCurrentIndex(window.sidebar_model.find("review"))
    before = library.counts()["review"]
    window.view.highlight([flagged[0]])
    assert window.view.current_id() == flagged[0]
    assert "Mark reviewed" in window.menus.named
    window.menus.named["Mark reviewed"].trigger()
    assert library.paper(flagged[0])["needs_review"] == []
    assert window.sidebar_model.find("review").data() == f"Needs review  ({before - 1})"
    assert flagged[0] not in window.model.ids  # it left the Needs review list
    assert "Mark reviewed" in menu_texts(window)
    window.paper_actions.undo()
    assert library.paper(flagged[0])["needs_review"]
    assert window.sidebar_model.find("review").data() == f"Needs review  ({before})"
    window.sidebar.setCurrentIndex(window.sidebar_model.find("all"))
    window.view.highlight([flagged[0]])
    assert "Mark reviewed" in menu_texts(window)  # offered where a flagged paper is
    plain = next(i for i in window.model.ids if not library.paper(i)["needs_review"])
    window.view.highlight([plain])
    assert "Mark reviewed" not in menu_texts(window)


def menu_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [action.text().replace("&", "") for action in window.menus.build_table_menu().actions()]


def test_the_headline_keeps_its_line_once_the_left_out_row_is_ticked(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]
    # The line went as the last left-out row was ticked: the list moved up under the mouse.
    dialog = paste(qtbot, empty_window, AGENDA.read_text(encoding="utf-8"))
    model = dialog.model
    assert "1 row unticked as unlike a paper" in dialog.headline.text()
    heading = model.index(0, 0, model.index(0, 0))
    model.setData(heading, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    text = dialog.headline.text()
    assert text.count("<br>") == 1
    assert "The row read as unlike a paper is ticked: imported, flagged for review." in text


def test_a_layout_chosen_by_hand_says_it_left_nothing_out(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]
    # Read as "One title a line", the heading's segment came back all ticked, the headline's
    # line on the row left out gone without a word; "As detected" left it out again.
    dialog = paste(qtbot, empty_window, AGENDA.read_text(encoding="utf-8"))
    model = dialog.model
    dialog.switch_layout(0, "title-lines")
    qtbot.waitUntil(lambda: model.segment_layout(0) == "title-lines", timeout=10000)
    text = dialog.headline.text()
    assert "unticked as unlike" not in text
    assert (
        "Read as a layout you chose, nothing is left out: 1 row first read as unlike a paper"
        in text
    )
    assert "As detected" in text
    dialog.switch_layout(0, "as-detected")
    qtbot.waitUntil(lambda: model.segment_layout(0) != "title-lines", timeout=10000)
    text = dialog.headline.text()
    assert "1 row unticked as unlike a paper" in text and "layout you chose" not in text


def test_the_detail_pane_says_unlike_a_paper_first(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    # Flags come in the order of their text: "title found by one cue only (dat…" filled the
    # one line and the reason it had been left out was only in the tooltip.
    library = window.library
    library.import_path(AGENDA, include_unlikely=True)
    window.view.apply(library.last_changes)
    (paper_id,) = [
        paper_id
        for (paper_id,) in library.conn.execute(
            "SELECT paper_id FROM review_flags WHERE reason LIKE 'review: unlike a paper%'"
        )
    ]
    window.view.highlight([paper_id])
    text = window.detail.review.text()
    assert text.startswith("⚑ Needs review: unlike a paper (likelihood 0.2"), text
    assert "title found by one cue only" in text


def test_the_highlighted_row_s_warnings_are_said_whole_under_the_list(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]
    # With the keyboard (or at a scale of 1.5) "⚑ check: unlike a pa…" was all one could read.
    dialog = paste(qtbot, empty_window, AGENDA.read_text(encoding="utf-8"))
    model = dialog.model
    heading = model.index(0, 0, model.index(0, 0))
    dialog.tree.setFocus()
    dialog.tree.setCurrentIndex(heading)
    note = dialog.row_note.text()
    assert note.startswith(f"{HEADING}: ⚑ unlike a paper (likelihood 0.2"), note
    assert note.endswith("no names, identifier, link); title found by one cue only (date)")
    height = dialog.row_note.height()
    dialog.tree.setCurrentIndex(model.index(0, 0, model.index(1, 0)))  # a talk kept
    assert "speaker's name over a talk's title" in dialog.row_note.text()
    assert dialog.row_note.height() == height


def test_a_left_out_row_the_library_holds_is_not_counted_as_one_to_import(
    qtbot, empty_window
) -> None:  # type: ignore[no-untyped-def]
    # "1 row unticked as unlike a paper: … tick it to import it", though a tick merges it into
    # the paper the library has, as its own cell says.
    library = empty_window.library
    library.import_path(AGENDA, include_unlikely=True)
    dialog = paste(qtbot, empty_window, AGENDA.read_text(encoding="utf-8"))
    assert rows(dialog.model, "already in library")[0] == "already in library"
    assert "unlike" not in dialog.headline.text()


def test_mark_reviewed_on_papers_with_no_flag_writes_nothing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    # It said "Marked 1 paper reviewed — Ctrl+Z to undo" and made an undo step that did nothing.
    library = window.library
    plain = next(i for i in window.model.ids if not library.paper(i)["needs_review"])
    window.view.highlight([plain])
    before = library.undo_label()
    changes = library.conn.total_changes
    window.menus.named["Mark reviewed"].trigger()
    assert library.conn.total_changes == changes
    assert window.statusBar().currentMessage() == "No review flag on the highlighted paper"
    assert library.undo_label() == before
