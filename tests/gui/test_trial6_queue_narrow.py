"""Trial 6's queue findings, on the real window over the seeded library: at 1024x640, every
column shown, it still scrolled sideways by its # column (All papers fitted since trial 5);
its # kept a gap where a paper had gone to the Trash."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN
from papershelf.gui.widgets.table_header import TITLE_MIN
from tests.gui.test_narrow_window import show, source_id, widths


def queue_with_every_column(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """As in the trial: a queue of papers some of which are rated and tagged and dated."""
    ids = window.model.ids[:9]
    window.library.create_queue("reading")
    window.library.enqueue("reading", ids)
    window.library.rate(ids[:2], 5)
    window.library.tag(ids[2:4], add=["causality", "to-cite"])
    window.library.update_paper(ids[7], date="2023-10-26")
    for key in ("rating", "tags", "authors", "date"):
        window.table_header.show_column(COLUMN[key], True)
    window.view.refresh()
    show(qtbot, window, "queue:reading")
    QApplication.processEvents()
    assert {"position", "rating", "tags", "date", "status"} <= set(widths(window))


def test_a_queue_at_1024_px_does_not_scroll_sideways(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    queue_with_every_column(qtbot, window)
    wide = widths(window)
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024)
    QApplication.processEvents()
    narrow = widths(window)
    # Its # column (36 px) on top of all papers' columns: Date steps aside after Added,
    # rather than the table scrolling sideways by the # column's width.
    assert window.table.horizontalScrollBar().maximum() == 0
    assert sum(narrow.values()) <= window.table.viewport().width()
    assert narrow["title"] >= TITLE_MIN and "position" in narrow and "rating" in narrow
    window.resize(1400, 820)
    qtbot.waitUntil(lambda: window.width() == 1400)
    QApplication.processEvents()
    assert set(widths(window)) == set(wide)  # every column back as the window grows


def test_switching_to_a_queue_in_a_narrow_window_does_not_scroll_sideways(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """The window made narrow in All papers, then the queue (its # column) chosen."""
    queue_with_every_column(qtbot, window)
    show(qtbot, window, "all")
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024)
    QApplication.processEvents()
    show(qtbot, window, "queue:reading")
    QApplication.processEvents()
    assert window.table.horizontalScrollBar().maximum() == 0
    assert "position" in widths(window)


def test_a_date_stepped_aside_stays_hidden_in_a_view_without_dates(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Date stepped aside in the narrow queue; the pasted abstracts name no dates: grown
    again there, the window shows no blank Date column."""
    queue_with_every_column(qtbot, window)
    window.table_header.pinned.discard("date")  # blank views hide it, as before the trial
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024)
    QApplication.processEvents()
    assert "date" not in widths(window)
    show(qtbot, window, f"source:{source_id(window, 'abstracts')}")
    window.resize(1400, 820)
    qtbot.waitUntil(lambda: window.width() == 1400)
    QApplication.processEvents()
    assert "date" not in widths(window)
    show(qtbot, window, "queue:reading")  # dates again: the column with them
    QApplication.processEvents()
    assert "date" in widths(window)


def positions(window: MainWindow) -> list[str]:
    column = COLUMN["position"]
    return [window.model.index(row, column).data() for row in range(window.model.rowCount())]


@pytest.mark.usefixtures("answer_yes")
def test_a_queue_numbers_its_papers_without_a_gap_after_one_is_trashed(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Trial 6: # read 1 2 3 4 6 7 8 9 after the fifth paper went to the Trash."""
    queue_with_every_column(qtbot, window)
    fifth = window.model.ids[4]
    window.table.setFocus()
    window.view.highlight([fifth])
    qtbot.keyClick(window.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)  # trash
    qtbot.waitUntil(lambda: fifth not in window.model.ids)
    assert window.library.paper(fifth)["deleted"]
    assert positions(window) == [str(n) for n in range(1, 9)]
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: fifth in window.model.ids)
    assert positions(window) == [str(n) for n in range(1, 10)]
    assert window.model.ids.index(fifth) == 4  # back in its place


def test_del_in_a_queue_removes_from_it_and_shift_del_trashes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Trial 7: Del in a queue sent the paper to the Trash, out of the whole library; in a
    Zotero collection Delete removes from the collection and Shift+Delete trashes."""
    queue_with_every_column(qtbot, window)
    name = window.view.node.name
    first, second = window.model.ids[:2]
    window.table.setFocus()
    window.view.highlight([first])
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: first not in window.model.ids)
    assert window.library.paper(first)["deleted"] is None
    assert first not in window.library.queue_ids(name)
    assert f"Removed 1 paper from {name}" in window.statusBar().currentMessage()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: first in window.model.ids)
    window.view.highlight([second])
    with pytest.MonkeyPatch.context() as patch:
        asked: list[str] = []
        patch.setattr(
            QMessageBox,
            "question",
            lambda _parent, title, *_args, **_kw: (
                asked.append(title) or QMessageBox.StandardButton.Yes
            ),
        )
        qtbot.keyClick(window.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert asked == ["Move to trash"]
    qtbot.waitUntil(lambda: second not in window.model.ids)
    assert window.library.paper(second)["deleted"]


def test_the_shortcuts_list_says_what_del_does_in_a_queue_and_elsewhere(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Trial 8: opened in a queue, the list did not say that Del trashes everywhere else."""
    queue_with_every_column(qtbot, window)
    rows = window.menus.shortcut_list()
    assert ("Del", "Remove from queue") in rows and ("Shift+Del", "Move to trash") in rows
    assert ("Del", "Move to trash (outside a queue)") in rows
    window.sidebar.setCurrentIndex(window.sidebar_model.find("all"))
    rows = window.menus.shortcut_list()
    assert ("Del", "Move to trash") in rows
    assert ("Del", "Remove from queue (in a queue)") in rows
