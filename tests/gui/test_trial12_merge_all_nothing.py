"""Trial 12: with every group of possible duplicates scoring 0.91, "Merge all scoring at least
0.95" did nothing at all when clicked: no box, no message. It now says why."""

from __future__ import annotations

from pathlib import Path

from papershelf.gui.main_window import MainWindow
from tests.gui.test_duplicates_related import open_duplicates, plant_variant


def test_merge_all_says_so_when_no_group_scores_enough(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    plant_variant(window, tmp_path, 1)
    open_duplicates(qtbot, window)
    view = window.duplicates
    assert view.tree.topLevelItemCount() == 1
    view.threshold.setValue(1.0)
    assert all(group.group.score < 1.0 for group in view.groups)
    total = window.library.count()
    view.merge_all.click()
    message = window.statusBar().currentMessage()
    assert "No group" in message and "1" in message
    assert window.library.count() == total
