"""Defects new users met in earlier trials, fixed in session 32, on real widgets and files."""

from __future__ import annotations

import json
from pathlib import Path

from papershelf.gui.main_window import MainWindow
from tests.gui.conftest import accept_preview
from tests.gui.test_main_window import select_rows


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
