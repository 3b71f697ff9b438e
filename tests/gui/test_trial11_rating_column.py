"""Trial 11: rating a paper at 1024x640 brought in Rating and took away Date as well as Added."""

from __future__ import annotations

from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN
from papershelf.gui.widgets.table_header import TITLE_MIN
from tests.gui.test_table_look import visible_columns


def test_rating_a_paper_in_all_papers_at_1024_px_leaves_date_in_sight(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    """Under openbox at 1024x640, a tagged paper in All papers: rating one brought in the
    Rating column (96 px, five stars) and both Date and Added stepped aside. The README has
    Added step aside, Date only in a queue (whose # column needs room), and the table scroll
    sideways by the pixels it still lacks."""
    window.resize(1008, 592)  # a 1024x640 screen less the window manager's frame
    window.library.tag([1], add=["read-later"])
    window.view.refresh()
    qtbot.wait(100)
    assert {"tags", "date", "added"} <= visible_columns(window)
    window.library.rate([1], 3)
    window.view.refresh()
    qtbot.waitUntil(lambda: "rating" in visible_columns(window))
    qtbot.wait(100)
    shown = visible_columns(window)
    assert "date" in shown and "added" not in shown
    header = window.table.horizontalHeader()
    assert header.sectionSize(COLUMN["title"]) >= TITLE_MIN
    assert header.sectionSize(COLUMN["date"]) >= window.table_header.least["date"]
