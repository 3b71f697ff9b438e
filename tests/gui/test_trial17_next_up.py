"""Trial 17: a queue's "Next up" line wrapped a long title onto a second line, so the table
under it jumped down a line, and back up, as the next paper changed. The title is cut to one
line with "…" (whole in its tooltip): the label, and the table, stay where they are."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from papershelf.gui.main_window import MainWindow
from tests.conftest import by_title
from tests.gui.test_narrow_window import show
from tests.gui.test_trial5_leftovers import LONG_TITLES


def test_the_table_stays_put_as_the_next_paper_changes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024)
    long = by_title(library, LONG_TITLES[1])["id"]
    short = next(
        paper
        for paper in window.model.ids
        if len(library.paper(paper)["title"]) < 30 and paper != long
    )
    library.create_queue("Few-shot")
    library.enqueue("Few-shot", [short, long])
    window.view.refresh()
    show(qtbot, window, "queue:Few-shot")
    QApplication.processEvents()
    label, table = window.next_up, window.table
    assert library.paper(short)["title"] in label.text()
    high, table_at = label.height(), table.y()
    library.set_status([short], "read")  # the long title is next now
    window.view.refresh()
    QApplication.processEvents()
    assert label.height() == high
    assert table.y() == table_at
    assert label.toolTip() == LONG_TITLES[1]
    assert label.shown_title().endswith("…")
    # Every line of it shows, and the title is cut to the label's width, not past it.
    assert label.height() >= label.sizeHint().height()
    assert label.fontMetrics().horizontalAdvance(label.shown_title()) < label.width()
