"""Defects new users met in earlier trials, fixed in session 32, on real widgets and files."""

from __future__ import annotations

import json
from pathlib import Path

from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.import_preview import COLUMN as PREVIEW_COLUMN
from papershelf.gui.models.paper_table import COLUMNS
from tests.gui.conftest import accept_preview
from tests.gui.test_duplicates_related import open_duplicates
from tests.gui.test_import_preview import paste
from tests.gui.test_main_window import select_rows
from tests.gui.test_trial7_preview import DIGEST


def test_an_open_dashboard_follows_imports_trashing_and_marking_read(
    qtbot, window: MainWindow, tmp_path: Path, answer_yes: None
) -> None:  # type: ignore[no-untyped-def]
    """The dashboard kept the counts it opened with while papers were marked read, trashed
    and imported under it; it shows what each operation changed."""
    dashboard = window.show_dashboard()
    qtbot.waitExposed(dashboard)
    assert "New: 147" in dashboard.status_line.text()
    window.table.setFocus()
    select_rows(window, [0, 1])
    window.paper_actions.status_selected("read")
    assert "Read: 2" in dashboard.status_line.text() and "New: 145" in dashboard.status_line.text()
    assert "2 in the last 26 weeks" in dashboard.heading.text()
    assert sum(count for _, count in dashboard.bars.series) == 2
    select_rows(window, [5])
    window.paper_actions.trash_selected()
    assert "New: 144" in dashboard.status_line.text()
    path = tmp_path / "one.json"
    item = {"id": "q", "type": "article", "title": "Quokka census methods for island parks"}
    path.write_text(json.dumps([item]), encoding="utf-8")
    window.file_actions.import_paths([path])
    accept_preview(qtbot, window)
    qtbot.waitUntil(lambda: "New: 145" in dashboard.status_line.text())


def test_the_empty_duplicates_view_shows_no_paper_of_the_table_behind_it(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Undo in an empty "Possible duplicates" highlighted the undone paper in the table
    hidden behind it (all papers), and the detail pane showed it beside "No possible
    duplicates."."""
    window.table.selectRow(3)
    open_duplicates(qtbot, window)
    assert window.duplicates.summary.text() == "No possible duplicates."
    window.view.apply(window.library.set_status([2], "read"))
    assert window.detail.paper is None
    window.paper_actions.undo()
    assert window.detail.paper is None
    assert window.view.selected_ids() == [] and window.view.current_id() is None
    assert window.model.rowCount() == 0  # nothing behind the view for a key to act on


def shown_columns(window: MainWindow) -> set[str]:
    header = window.table.horizontalHeader()
    return {c.key for n, c in enumerate(COLUMNS) if not header.isSectionHidden(n)}


FILLED_BY_1_AND_2 = {"authors", "date", "category"}


def test_an_empty_queue_shows_the_columns_a_queue_shows(window: MainWindow) -> None:
    """An empty queue showed every column, Rating and Tags too in a library where nothing is
    rated or tagged; a queue hides the columns its papers leave blank, and an empty one
    leaves them all blank."""
    window.library.create_queue("later")
    window.library.create_queue("thesis")
    window.library.enqueue("thesis", [1, 2])
    window.view.refresh()
    window.sidebar.setCurrentIndex(window.sidebar_model.find("queue:thesis"))
    with_papers = shown_columns(window)
    assert {"position", "title", "status"} <= with_papers
    assert not {"rating", "tags"} & with_papers
    window.sidebar.setCurrentIndex(window.sidebar_model.find("queue:later"))
    assert window.model.rowCount() == 0 and window.empty_state.isVisible()
    empty = shown_columns(window)
    assert empty == {"position", "title", "status", "added"} == with_papers - FILLED_BY_1_AND_2
    window.library.enqueue("later", [1])
    window.view.refresh()
    assert shown_columns(window) >= empty  # its first paper brings back what it fills


def test_a_700_px_preview_keeps_a_usable_title(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """At 700 px the other columns at their least left Title squeezed to nothing; now they
    give way further (their text elides, whole in tooltips) and Title keeps a usable width,
    the tree scrolling sideways only for what even that leaves over."""
    dialog = paste(qtbot, window, DIGEST.read_text(encoding="utf-8"))
    dialog.resize(700, 620)
    qtbot.waitUntil(lambda: dialog.tree.viewport().width() < 700)
    header = dialog.tree.header()
    title = header.sectionSize(PREVIEW_COLUMN["title"])
    assert title >= 200
    assert title >= max(header.sectionSize(n) for n in PREVIEW_COLUMN.values() if n != 0)
    combo = dialog.combos[0]
    assert header.sectionSize(PREVIEW_COLUMN["layout"]) > 0 and combo.isVisible()
    room = dialog.tree.viewport().width()
    widths = [header.sectionSize(n) for n in PREVIEW_COLUMN.values()]
    least = header.minimumSectionSize()
    others = [
        header.sectionSize(n) for k, n in PREVIEW_COLUMN.items() if k not in ("title", "layout")
    ]
    # All in sight, unless every column beside Title and the layout combo is at its least (then
    # the tree scrolls by what even that leaves over: a few pixels at 700 px)
    assert sum(widths) <= room or all(width == least for width in others)
    dialog.resize(560, 620)  # narrower still: Title keeps its width, the tree scrolls
    qtbot.waitUntil(lambda: dialog.tree.viewport().width() < 560)
    assert header.sectionSize(PREVIEW_COLUMN["title"]) >= 200
    dialog.resize(1240, 620)
    qtbot.waitUntil(lambda: dialog.tree.viewport().width() > 1200)
    assert header.sectionSize(PREVIEW_COLUMN["title"]) > 340
