"""The window's import preview: what was read is shown, and only the ticked papers are written.

Real widgets offscreen, a real library file per test, real pastes from tests/data/listings
(see its MANIFEST) and the seed files; the expected rows come from the pastes' expected JSON.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from papershelf.core.sources import layout_label
from papershelf.gui.actions import files
from papershelf.gui.dialogs.import_preview import ImportPreviewDialog
from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.import_preview import COLUMN, ImportPreviewModel
from papershelf.library import Library
from papershelf.library.preview import switch_layout
from tests.conftest import DATA, seed
from tests.gui.conftest import accept_preview, wait_for_preview

LISTINGS = DATA / "listings"


def listing(prefix: str) -> Path:
    (path,) = [p for p in LISTINGS.glob(f"{prefix}_*") if "expected" not in p.name]
    return path


def expected(prefix: str) -> list[dict]:
    path = listing(prefix)
    return json.loads(path.with_name(path.name.split(".")[0] + ".expected.json").read_text())


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *_: shown.append((title, text))
    )
    return shown


def paste(qtbot, window: MainWindow, text: str, html: str | None = None) -> ImportPreviewDialog:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setText(text)
    if html is not None:
        mime.setHtml(html)
    QApplication.clipboard().setMimeData(mime)
    window.file_actions.paste_listing()
    return wait_for_preview(qtbot, window)


def drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def unversioned(arxiv_id: str | None) -> str:
    return re.sub(r"v\d+$", "", arxiv_id or "")


def rows(model: ImportPreviewModel, column: str = "title") -> list[str]:
    cells = []
    for group in range(model.rowCount()):
        top = model.index(group, 0)
        cells += [
            model.index(row, COLUMN[column], top).data() for row in range(model.rowCount(top))
        ]
    return cells


def library_titles(library: Library) -> set[str]:
    return {title for (title,) in library.conn.execute("SELECT title FROM papers")}


def test_the_model_passes_qt_s_model_tester(qtbot, qtmodeltester, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    two = listing("038").read_text() + "\n\n" + listing("011").read_text()
    dialog = paste(qtbot, empty_window, two)
    qtmodeltester.check(dialog.model)
    dialog.switch_layout(1, "hf-daily")  # read again on a worker
    qtbot.waitUntil(lambda: dialog.model.segment_layout(1) == "hf-daily", timeout=10000)
    qtmodeltester.check(dialog.model)


@pytest.mark.parametrize("prefix", ["038", "011", "036", "022", "041"])
def test_a_real_paste_shows_its_papers_before_anything_is_written(
    qtbot, empty_window: MainWindow, prefix: str
) -> None:  # type: ignore[no-untyped-def]
    dialog = paste(qtbot, empty_window, listing(prefix).read_text())
    want = expected(prefix)
    assert rows(dialog.model) == [paper["title"] for paper in want]
    ids = rows(dialog.model, "identifiers")
    for paper, shown in zip(want, ids, strict=True):
        assert (f"arXiv:{unversioned(paper['arxiv_id'])}" in shown) == bool(paper["arxiv_id"])
    assert all(rows(dialog.model, "layout"))  # every row names the layout that read it
    assert empty_window.library.count() == 0  # read, not written
    # Ticked unless the reader left it out as unlike a paper, which its Warnings say.
    warnings = rows(dialog.model, "warnings")
    ticked = len(want) - sum("unlike a paper (likelihood" in w for w in warnings)
    assert ticked == dialog.model.ticked_count() and ticked >= len(want) - 2
    assert dialog.import_button.text() == f"Import {ticked} paper" + "s" * (ticked > 1)


def test_a_seed_file_dropped_on_the_window_is_previewed_then_imported_whole(
    qtbot, empty_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    path = seed("002")
    drop(empty_window, [path])
    dialog = accept_preview(qtbot, empty_window)
    shown = rows(dialog.model)
    library = empty_window.library
    assert library.count() == len(shown) == 10
    assert library_titles(library) == set(shown)
    assert empty_window.model.rowCount() == 10
    summary = empty_window.file_actions.import_summary
    layout = dialog.model.segment_layout(0)
    assert summary is not None
    assert (
        f"{path.name}: {layout_label(layout)}, 10 papers, 10 new" in summary.details.toPlainText()
    )
    # The same file from the command line afterwards is the same text: nothing changes.
    assert library.import_path(path).already_imported


def test_unticked_papers_are_not_imported(qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = paste(qtbot, empty_window, listing("011").read_text())
    model = dialog.model
    top = model.index(0, 0)
    titles = rows(model)
    for row in (1, 4):
        model.setData(
            model.index(row, 0, top), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
        )
    assert model.data(top, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    assert dialog.import_button.text() == "Import 6 papers"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: empty_window.file_actions.last_import is not None, timeout=20000)
    kept = [t for i, t in enumerate(titles) if i not in (1, 4)]
    assert library_titles(empty_window.library) == set(kept)
    assert empty_window.library.count() == 6


def test_untick_all_then_tick_one_segment(qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    two = listing("038").read_text() + "\n\n" + listing("011").read_text()
    dialog = paste(qtbot, empty_window, two)
    qtbot.mouseClick(dialog.untick_all_button, Qt.MouseButton.LeftButton)
    assert not dialog.import_button.isEnabled()
    model = dialog.model
    model.setData(model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.chosen()[0][1] == [0, 1]  # the arXiv segment's two papers, not the table's
    qtbot.mouseClick(dialog.tick_all_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.text() == "Import 10 papers"


def test_cancel_writes_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = list(window.library.conn.iterdump())
    count = window.library.count()
    dialog = paste(qtbot, window, listing("011").read_text())
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.file_actions.last_import is None
    assert window.library.count() == count == window.model.rowCount()
    assert list(window.library.conn.iterdump()) == before
    assert window.library.undo_label() != "Import clipboard"


def test_switching_a_segments_layout_reads_it_again(qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Two real pastes one after the other: the table is read as another layout and back;
    the first segment keeps its rows and its ticks throughout."""
    two = listing("038").read_text() + "\n\n" + listing("011").read_text()
    dialog = paste(qtbot, empty_window, two)
    model = dialog.model
    assert [model.segment_layout(r) for r in range(model.rowCount())] == ["arxiv-paste", "table"]
    table_titles = [p["title"] for p in expected("011")]
    assert rows(model)[2:] == table_titles
    model.setData(model.index(1, 0, model.index(0, 0)), 0, Qt.ItemDataRole.CheckStateRole)
    combo = dialog.combos[1]
    assert combo.currentText() == "Table"  # the reader's names, the ids behind them
    assert "Labelled cards" in [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(combo.findData("labelled"))
    combo.activated.emit(combo.findData("labelled"))
    qtbot.waitUntil(lambda: model.segment_layout(1) == "labelled", timeout=10000)
    assert model.rowCount(model.index(1, 0)) == 0  # nothing read that way, and it says so
    # in the names the menu shows (trial 8: "no paper found as layout 'front-matter'")
    assert "no paper found as 'Labelled cards'" in model.index(1, COLUMN["warnings"]).data()
    assert rows(model) == [p["title"] for p in expected("038")]
    assert dialog.import_button.text() == "Import 1 paper"  # the untick survived
    dialog.combos[1].activated.emit(dialog.combos[1].findData("table"))
    qtbot.waitUntil(lambda: model.segment_layout(1) == "table", timeout=10000)
    assert rows(model)[2:] == table_titles
    assert dialog.combos[1].currentData() == "table"
    assert model.index(1, COLUMN["layout"]).data() == "Table"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: empty_window.file_actions.last_import is not None, timeout=20000)
    assert empty_window.library.count() == 1 + len(table_titles)


def test_the_clipboard_s_html_is_read_when_there_is_some(qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    html = listing("019").read_text()
    document = QTextDocument()
    document.setHtml(html)  # the text a browser puts beside the HTML: what Qt renders of it
    dialog = paste(qtbot, empty_window, document.toPlainText(), html)
    segment = dialog.model.index(0, 0, QModelIndex()).data()
    assert segment.startswith("clipboard.html · lines ")
    want = expected("019")
    assert rows(dialog.model) == [p["title"] for p in want]
    assert rows(dialog.model, "identifiers") == [f"arXiv:{p['arxiv_id']}" for p in want]


def test_a_binary_file_gets_a_dialog_naming_it_and_nothing_is_written(
    qtbot, window: MainWindow, tmp_path: Path, errors: list[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 10)
    before = list(window.library.conn.iterdump())
    drop(window, [binary])
    qtbot.waitUntil(lambda: bool(errors), timeout=20000)
    ((title, text),) = errors
    assert title == "Nothing to import"
    assert f"{binary}:1: is a binary file" in text
    assert window.file_actions.preview_dialog is None
    assert list(window.library.conn.iterdump()) == before


# A review's list of candidates no reader reads (holdout6 006, which every reader refuses).
UNREAD_LIST = (
    DATA / "listings-holdout6" / "006_review-report-candidates-italic-title-label-corpus-id.md"
)


def test_text_no_reader_reads_opens_unread_for_a_layout_chosen_by_hand(
    qtbot, window: MainWindow, tmp_path: Path, errors: list[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    """A refused paste used to end in "Nothing to import" with no way on; now the preview shows
    its lines unread (the binary file beside it is still named as refused), nothing ticked,
    Import greyed out, and the layout menu reads them as the user chooses."""
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 10)
    before = list(window.library.conn.iterdump())
    drop(window, [binary, UNREAD_LIST])
    dialog = wait_for_preview(qtbot, window)
    assert not errors
    notes = dialog.findChild(QLabel, "notes")
    assert notes is not None and f"{binary}:1: is a binary file" in notes.text()
    assert "No paper found" in dialog.headline.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.model.index(0, COLUMN["layout"]).data() == "Not read"
    combo = dialog.combos[0]
    assert combo.currentIndex() == -1 and combo.placeholderText() == "Choose a layout…"
    assert "no known listing layout found" in dialog.model.index(0, COLUMN["warnings"]).data()
    want = [p["title"] for p in json.loads(UNREAD_LIST.with_suffix(".expected.json").read_text())]
    dialog.switch_layout(0, "title-lines")
    qtbot.waitUntil(lambda: dialog.model.paper_count() > 0, timeout=20000)
    titles = rows(dialog.model)
    assert [t for t in titles if t in want] == want
    assert dialog.import_button.isEnabled()
    assert list(window.library.conn.iterdump()) == before  # nothing written until Import
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.file_actions.last_import is not None, timeout=20000)
    stored = {title for (title,) in window.library.conn.execute("SELECT title FROM papers")}
    assert set(want) <= stored


def test_a_paste_no_reader_reads_opens_unread_too(
    qtbot, empty_window: MainWindow, errors: list[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    prose = "It was a dark and stormy night; the rain fell in torrents.\n\n" * 30
    dialog = paste(qtbot, empty_window, prose)
    assert not errors
    assert dialog.model.index(0, 0).data().startswith("clipboard · lines 1–")
    assert "No paper found" in dialog.headline.text()
    dialog.reject()
    assert empty_window.library.conn.execute("SELECT count(*) FROM papers").fetchone()[0] == 0


def test_a_refused_file_beside_a_good_one_is_named_in_the_preview_and_the_summary(
    qtbot, empty_window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    drop(empty_window, [listing("036"), empty])
    dialog = accept_preview(qtbot, empty_window)
    assert rows(dialog.model) == [p["title"] for p in expected("036")]
    summary = empty_window.file_actions.import_summary
    assert summary is not None
    assert f"✗ {empty}: is empty" in summary.details.toPlainText()
    assert empty_window.library.count() == len(expected("036"))


def test_a_paper_flagged_for_review_says_why_in_its_row(qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = paste(qtbot, empty_window, listing("008").read_text())
    (warning,) = rows(dialog.model, "warnings")
    assert warning.startswith("⚑ check: date; title found by one cue only (date)")
    assert "confidence" in dialog.model.index(0, COLUMN["warnings"]).data()


def test_space_unticks_the_current_paper_and_escape_cancels(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    count = window.library.count()
    dialog = paste(qtbot, window, listing("036").read_text())
    tree, model = dialog.tree, dialog.model
    tree.setFocus()
    tree.setCurrentIndex(model.index(1, 0, model.index(0, 0)))
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert dialog.import_button.text() == f"Import {len(expected('036')) - 1} papers"
    qtbot.keyClick(tree, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.library.count() == count


def test_files_too_large_to_show_are_imported_whole_beside_the_previewed_ones(
    qtbot, empty_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    large, small = seed("004"), listing("011")
    monkeypatch.setattr(files, "PREVIEW_MAX_BYTES", small.stat().st_size)
    drop(empty_window, [large, small])
    dialog = accept_preview(qtbot, empty_window)
    assert "1 large file will be imported whole" in dialog.findChild(QLabel, "notes").text()
    assert rows(dialog.model) == [p["title"] for p in expected("011")]
    text = empty_window.file_actions.import_summary.details.toPlainText()
    assert (
        f"{large.name}: Hugging Face daily, 31 papers" in text
        and f"{small.name}: Table, 8 papers" in text
    )
    empty_window.file_actions.last_import = None
    monkeypatch.setattr(files, "PREVIEW_MAX_BYTES", 0)
    drop(empty_window, [large])  # only large files: no preview at all, as before
    qtbot.waitUntil(lambda: empty_window.file_actions.last_import is not None, timeout=20000)
    assert empty_window.file_actions.last_import.reports[0].already_imported


def test_cancel_while_the_paste_is_read_shows_nothing_and_writes_nothing(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    before = list(window.library.conn.iterdump())
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    QApplication.clipboard().setText((listing("038").read_text() + "\n\n") * 3000)  # ~5 MB
    window.file_actions.paste_listing()
    window.workers.cancel_all()  # what the progress dialog's Cancel does
    qtbot.waitUntil(lambda: not window.workers.busy(), timeout=60000)
    assert any("cancelled" in message for message in messages)
    assert window.file_actions.preview_dialog is None
    assert list(window.library.conn.iterdump()) == before


def test_a_layout_read_for_a_preview_the_model_left_behind_is_dropped(
    qtbot, qtmodeltester, empty_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Two switches of one segment in flight: the second answer, read from a preview already
    replaced by the first, is not shown over it."""
    dialog = paste(qtbot, empty_window, listing("011").read_text())
    model = dialog.model
    first = model.files[0].preview
    assert model.switched(0, first, switch_layout(first, 0, "hf-daily"))
    late = switch_layout(first, 0, "labelled")
    assert not model.switched(0, first, late)
    assert model.segment_layout(0) == "hf-daily"
    qtmodeltester.check(model)


def test_every_column_is_in_sight_beside_a_readable_title(qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Warnings and In your library were pushed off the right edge at the default size."""
    dialog = paste(qtbot, empty_window, listing("038").read_text())
    screen = dialog.screen().availableGeometry()
    assert dialog.width() == min(1240, int(screen.width() * 0.95))  # its size fits the screen
    dialog.resize(1240, 620)  # the default on a screen of 1400 px or more
    dialog.show()
    qtbot.waitExposed(dialog)
    header, room = dialog.tree.header(), dialog.tree.viewport().width()
    for column in COLUMN.values():
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= room
    assert header.sectionSize(COLUMN["title"]) >= 300


def test_an_unticked_paper_reads_as_left_out(qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Trial 5: unticked rows looked like ticked ones apart from the box."""
    dialog = paste(qtbot, empty_window, listing("038").read_text())
    model = dialog.model
    segment = model.index(0, 0)
    first = model.index(0, COLUMN["title"], segment)
    assert first.data(Qt.ItemDataRole.ForegroundRole) is None
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, _roles: changed.append((a.column(), b.column())))
    model.setData(model.index(0, 0, segment), 0, Qt.ItemDataRole.CheckStateRole)
    dimmed = first.data(Qt.ItemDataRole.ForegroundRole)
    palette = QApplication.palette()
    disabled = palette.color(palette.ColorGroup.Disabled, palette.ColorRole.Text)
    assert dimmed is not None and dimmed.color() == disabled
    assert (0, len(COLUMN) - 1) in changed  # the whole row repaints, not only its box
    assert model.index(1, COLUMN["title"], segment).data(Qt.ItemDataRole.ForegroundRole) is None


def test_papers_just_imported_are_all_in_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Trial 5: seven new papers were scrolled to the bottom edge, two of them showing."""
    paste(qtbot, window, listing("011").read_text())
    accept_preview(qtbot, window)
    qtbot.waitUntil(lambda: window.file_actions.last_import is not None, timeout=20000)
    table = window.table
    chosen = sorted({i.row() for i in table.selectionModel().selectedIndexes()})
    assert len(chosen) >= 2
    viewport = table.viewport().rect()
    column = window.view._first_shown_column()
    for row in (chosen[0], chosen[-1]):
        assert viewport.contains(table.visualRect(window.model.index(row, column)))


def test_identifiers_and_names_are_not_cut_where_they_fit(qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Trial 5: 'arXiv:1706.0376…' in a 120 px Identifiers column."""
    dialog = paste(qtbot, empty_window, listing("038").read_text())
    dialog.resize(1240, 620)  # the default on a screen of 1400 px or more
    qtbot.waitExposed(dialog)
    tree, model = dialog.tree, dialog.model
    segment = model.index(0, 0)
    for column in ("identifiers", "authors"):
        index = model.index(0, COLUMN[column], segment)
        text = index.data()
        assert text
        needed = tree.fontMetrics().horizontalAdvance(text)
        assert tree.header().sectionSize(COLUMN[column]) >= min(needed, 150)
    assert tree.header().sectionSize(COLUMN["title"]) >= 340


def test_an_untick_survives_a_layout_switched_and_back(qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Trial 5: a paper unticked, its segment read as Pasted text and back as Labelled cards,
    came back ticked and would have been imported."""
    dialog = paste(qtbot, empty_window, listing("014").read_text())
    model = dialog.model
    first = model.segment_layout(0)
    titles = rows(model)
    model.setData(model.index(0, 0, model.index(0, 0)), 0, Qt.ItemDataRole.CheckStateRole)
    ticked = model.ticked_count()
    for layout in ("generic", first):
        dialog.combos[0].activated.emit(dialog.combos[0].findData(layout))
        qtbot.waitUntil(lambda layout=layout: model.segment_layout(0) == layout, timeout=10000)
    assert rows(model) == titles
    assert model.index(0, 0, model.index(0, 0)).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )
    assert model.ticked_count() == ticked


def test_a_switched_segment_goes_back_as_detected(qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Trial 6: the layout menu had no way back to the first reading but to guess its name."""
    two = listing("038").read_text() + "\n\n" + listing("011").read_text()
    dialog = paste(qtbot, empty_window, two)
    model = dialog.model
    first = rows(model)
    spans = [model.index(r, COLUMN["title"]).data() for r in range(model.rowCount())]
    assert "As detected" not in [
        dialog.combos[1].itemText(i) for i in range(dialog.combos[1].count())
    ]
    dialog.combos[1].activated.emit(dialog.combos[1].findData("generic"))
    qtbot.waitUntil(lambda: model.segment_layout(1) == "generic", timeout=10000)
    combo = dialog.combos[1]
    assert combo.itemText(0) == "As detected" and combo.currentData() == "generic"
    combo.activated.emit(0)
    qtbot.waitUntil(lambda: model.segment_layout(1) == "table", timeout=10000)
    assert rows(model) == first
    # Its lines as first read too (trial 7: "line 3" came back as "lines 1–32").
    assert [model.index(r, COLUMN["title"]).data() for r in range(model.rowCount())] == spans
    assert dialog.combos[1].itemText(0) != "As detected"  # nothing left to go back to


def test_columns_give_their_room_back_when_the_window_narrows(
    qtbot, empty_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Trial 6: Identifiers and Authors grew in a wide window and stayed wide in a narrow one."""
    dialog = paste(qtbot, empty_window, listing("038").read_text())
    dialog.resize(1240, 620)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.tree.header()
    narrow = {c: header.sectionSize(COLUMN[c]) for c in ("identifiers", "authors")}
    dialog.resize(1900, 620)
    qtbot.waitUntil(lambda: dialog.tree.viewport().width() > 1700)
    wide = {c: header.sectionSize(COLUMN[c]) for c in ("identifiers", "authors")}
    assert wide != narrow and all(wide[c] >= narrow[c] for c in wide)
    dialog.resize(1240, 620)
    qtbot.waitUntil(lambda: dialog.tree.viewport().width() < 1300)
    assert {c: header.sectionSize(COLUMN[c]) for c in ("identifiers", "authors")} == narrow
    header.resizeSection(COLUMN["authors"], 90)  # the reader's own width stays
    dialog.resize(1900, 620)
    qtbot.waitUntil(lambda: dialog.tree.viewport().width() > 1700)
    assert header.sectionSize(COLUMN["authors"]) == 90


def test_tab_goes_from_the_list_to_the_layout_combos_then_the_buttons(
    qtbot, empty_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Trial 8: Tab reached the segments' layout combos only after Cancel."""
    empty_window.file_actions.import_paths([listing("036"), listing("038")])
    dialog = wait_for_preview(qtbot, empty_window)
    assert len(dialog.combos) >= 2
    dialog.activateWindow()
    dialog.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.tree)
    reached = []
    for _ in range(len(dialog.combos) + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [*dialog.combos, dialog.tick_all_button]
    dialog.reject()
