"""Trial 12: with every group of possible duplicates scoring 0.91, "Merge all scoring at least
0.95" did nothing at all when clicked: no box, no message. It now says why."""

from __future__ import annotations

import json
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


def test_merge_all_at_the_score_shown_merges_the_groups_shown_with_it(
    qtbot, window: MainWindow, tmp_path: Path, answer_yes: None
) -> None:  # type: ignore[no-untyped-def]
    """Trial 12: 79 groups listed at 0.91 (0.906 unrounded), and Merge all scoring at least
    0.91 merged none of them. The button takes the scores as the list shows them."""
    paper = window.library.paper(16)  # BioKGBench: A Knowledge Graph Checking Benchmark…
    words = paper["title"].split()
    item = {  # the title without its "A", no authors, the same year: as another page prints it
        "id": "variant",
        "type": "article",
        "title": " ".join(words[:1] + words[2:]),
        "issued": {"date-parts": [[int(str(paper["date"])[:4])]]},
    }
    path = tmp_path / "variant.json"
    path.write_text(json.dumps([item]), encoding="utf-8")
    assert window.library.import_path(path).new == 1
    window.view.refresh()
    open_duplicates(qtbot, window)
    view = window.duplicates
    (group,) = [g for g in view.groups if 16 in g.group.ids]
    shown = float(view.tree.topLevelItem(view.groups.index(group)).text(0))
    assert group.group.score < shown  # 0.938, shown as 0.94
    view.threshold.setValue(shown)
    total = window.library.count()
    view.merge_all.click()
    qtbot.waitUntil(lambda: not window.workers.busy(), timeout=20000)
    assert window.library.count() < total
    assert window.library.paper(group.keeper)["id"] == group.keeper
