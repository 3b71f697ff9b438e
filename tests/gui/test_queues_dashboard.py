"""Queue progress in the sidebar, smart queues and the dashboard plot, on real widgets."""

from __future__ import annotations

from datetime import date

from papershelf.gui.main_window import MainWindow
from papershelf.gui.widgets.dashboard import Dashboard
from papershelf.gui.widgets.sidebar import PROGRESS_ROLE


def test_sidebar_shows_queue_progress(window: MainWindow) -> None:
    window.library.create_queue("q")
    window.library.enqueue("q", [1, 2, 3, 4])
    window.library.set_status([1, 2], "read")
    window.view.refresh()
    index = window.sidebar_model.find("queue:q")
    assert index.data() == "q  (2/4)"
    assert index.data(PROGRESS_ROLE) == (2, 4)
    window.sidebar.setCurrentIndex(index)
    assert "2/4 read" in window.next_up.text() and "papers/week" in window.next_up.text()


def test_smart_queue_in_the_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.queue_actions.create_smart_queue("qian", "author:qian")
    window.sidebar.setCurrentIndex(window.sidebar_model.find("queue:qian"))
    assert window.model.rowCount() == 14
    mime = window.model.mimeData([window.model.index(0, 0)])
    move = window.model.supportedDropActions()
    assert not window.model.canDropMimeData(mime, move, 0, 0, window.model.index(-1, -1))
    window.library.tag([window.model.ids[0]], add=["x"])
    window.table.selectRow(0)
    window.paper_actions.status_selected("read")
    assert window.sidebar_model.find("queue:qian").data(PROGRESS_ROLE) == (1, 14)


def test_dashboard_plot_matches_the_data(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.library.set_status([1, 2], "read", at="2026-11-03T10:00:00")
    window.library.set_status([3], "read", at="2026-11-17T10:00:00")
    dialog = Dashboard(window.library, window, today=date(2026, 11, 22))
    qtbot.addWidget(dialog)
    dialog.show()
    series = dialog.bars.series
    assert len(series) == 26 and series[-1] == ("2026-11-16", 1) and series[-3] == ("2026-11-02", 2)
    heights = dialog.bars.bar_heights(100.0)
    assert heights[-3] == 100.0 and heights[-1] == 50.0 and sum(heights[:-3]) == 0
    assert "Read: 3" in dialog.status_line.text()
    image = dialog.bars.grab().toImage()
    blue = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).name() == "#2d7dd2"
    )
    assert blue > 50  # the bars were really painted


def test_oldest_to_read_says_what_it_lists_and_why_it_is_empty(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Trial 5: 'Oldest unread' stayed empty beside 147 New papers, while the search
    `status:unread` lists New ones: the list holds planned papers, and says so."""
    dialog = Dashboard(window.library, window, today=date(2026, 11, 22))
    qtbot.addWidget(dialog)
    assert dialog.oldest.count() == 1 and "press T" in dialog.oldest.item(0).text()
    window.library.set_status([5], "to-read")
    again = Dashboard(window.library, window, today=date(2026, 11, 22))
    qtbot.addWidget(again)
    title = window.library.paper(5)["title"]
    assert [again.oldest.item(i).toolTip() for i in range(again.oldest.count())] == [title]
