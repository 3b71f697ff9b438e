"""Bugs found in an hour of real triage (issue 13), each on the real window, offscreen."""

from __future__ import annotations

from pathlib import Path

from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN
from papershelf.gui.tasks import ImportJob


def test_one_author_and_one_refused_file_are_singular(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    (single,) = window.library.conn.execute(
        "SELECT id FROM papers WHERE authors_text = '' AND author_count = 1 LIMIT 1"
    ).fetchone()
    row = window.model.ids.index(single)
    assert window.model.index(row, COLUMN["authors"]).data() == "1 author"
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    window.file_actions.start_import(ImportJob(paths=[empty]))
    qtbot.waitUntil(lambda: window.file_actions.last_import is not None, timeout=10000)
    summary = window.file_actions.import_summary
    assert summary is not None
    assert "0 warnings, 1 file refused" in summary.headline.text()
