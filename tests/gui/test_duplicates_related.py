"""The "Possible duplicates" node, the related papers in the detail pane and "More like these",
on the real seed library with generated near-duplicate variants of its papers."""

from __future__ import annotations

import json
from pathlib import Path

from papershelf.export.others import csl_name
from papershelf.gui.main_window import MainWindow
from tests.gui.conftest import accept_preview


def plant_variant(window: MainWindow, tmp_path: Path, paper_id: int) -> int:
    """The paper again without its subtitle, as another page prints it (imported for real)."""
    paper = window.library.paper(paper_id)
    item = {
        "id": "variant",
        "type": "article",
        "title": paper["title"].split(": ")[0],
        # Parts, as CSL-JSON writers give a person (`literal` is an organisation's name).
        "author": [csl_name(name) for name in paper["authors"]],
    }
    path = tmp_path / "variant.json"
    path.write_text(json.dumps([item]), encoding="utf-8")
    report = window.library.import_path(path)
    assert report.new == 1
    window.view.refresh()
    return int(report.paper_ids[0])


def open_duplicates(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.sidebar.setCurrentIndex(window.sidebar_model.find("duplicates"))
    assert window.duplicates.isVisible() and not window.table.isVisible()
    qtbot.waitUntil(lambda: not window.workers.busy(), timeout=20000)


def test_duplicates_node_lists_and_merges_a_group(
    qtbot, window: MainWindow, tmp_path: Path, answer_yes: None
) -> None:  # type: ignore[no-untyped-def]
    variant = plant_variant(window, tmp_path, 1)
    open_duplicates(qtbot, window)
    view = window.duplicates
    assert view.tree.topLevelItemCount() == 1
    group = view.tree.topLevelItem(0)
    assert "same title without its subtitle" in group.text(1)
    assert {group.child(n).text(0) for n in range(2)} == {"1", str(variant)}
    view.tree.setCurrentItem(group)
    assert view.merge_one.isEnabled()
    total = window.library.count()
    view.merge_current()
    qtbot.waitUntil(lambda: not window.workers.busy(), timeout=20000)
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 0 and not window.workers.busy())
    assert window.library.count() == total - 1
    assert window.library.undo_label() == "Merge 2 duplicates"
    window.sidebar.setCurrentIndex(window.sidebar_model.find("all"))
    assert window.table.isVisible() and not view.isVisible()


def test_not_a_duplicate_from_the_view(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plant_variant(window, tmp_path, 1)
    open_duplicates(qtbot, window)
    view = window.duplicates
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    view.mark_current_apart()
    qtbot.waitUntil(lambda: not window.workers.busy(), timeout=20000)
    assert view.tree.topLevelItemCount() == 0
    assert view.summary.text() == "No possible duplicates."


def test_related_papers_fill_in_without_blocking(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qian = window.library.conn.execute(
        "SELECT id FROM papers WHERE title = 'Online Zero-Shot Classification with CLIP'"
    ).fetchone()[0]
    window.view.highlight([qian])
    related = window.related
    # The pane shows the paper at once; the list says it is looking, then fills in.
    assert window.detail.paper is not None and window.detail.paper["id"] == qian
    with qtbot.waitSignal(related.filled, timeout=10000):
        pass
    assert len(related.shown_ids()) == 5 and qian not in related.shown_ids()
    assert "Qi Qian" in related.item(0).text()
    first = related.shown_ids()[0]
    with qtbot.waitSignal(window.detail.paper_shown, timeout=5000):
        related.itemActivated.emit(related.item(0))
    assert window.detail.paper["id"] == first


def test_more_like_these_for_a_selection(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ids = [int(i) for i in window.model.ids[:3]]
    dialog = window.more_like_these(ids, "the selection")
    assert dialog is not None
    with qtbot.waitSignal(dialog.list.filled, timeout=10000):
        pass
    shown = dialog.list.shown_ids()
    assert shown and not set(shown) & set(ids)
    dialog.close()


def test_finding_duplicates_is_not_a_change_made_elsewhere(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The worker keeps the library's pair cache up to date; that write is the window's own
    (trial 3, item 12: "changed elsewhere" with nothing else running)."""
    plant_variant(window, tmp_path, 1)
    window.view.seen_version = window.library.data_version()
    open_duplicates(qtbot, window)
    qtbot.waitUntil(lambda: window.duplicates.tree.topLevelItemCount() == 1)
    window.statusBar().clearMessage()
    window.view.check_external_changes()
    assert "changed elsewhere" not in window.statusBar().currentMessage()


def test_an_import_through_the_window_forgets_the_last_count_of_duplicates(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Trial 7: the sidebar still said "(0)" after an import whose preview had flagged a likely
    twin. The count is dropped after an import, and the next look finds the pair."""
    open_duplicates(qtbot, window)
    duplicates = window.sidebar_model.find("duplicates")
    assert duplicates.data() == "Possible duplicates  (0)"
    window.sidebar.setCurrentIndex(window.sidebar_model.find("all"))
    paper = window.library.paper(1)
    item = {"id": "v", "type": "article", "title": paper["title"].split(": ")[0]}
    item["author"] = [csl_name(name) for name in paper["authors"]]
    path = tmp_path / "variant.json"
    path.write_text(json.dumps([item]), encoding="utf-8")
    window.file_actions.import_paths([path])
    dialog = accept_preview(qtbot, window)
    assert f"likely: {paper['title'][:30]}" in " ".join(rows_of(dialog))  # the preview says so
    qtbot.waitUntil(lambda: window.sidebar_model.find("duplicates").data() == "Possible duplicates")
    open_duplicates(qtbot, window)
    assert window.sidebar_model.find("duplicates").data() == "Possible duplicates  (1)"


def rows_of(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    """Every cell of the preview's paper rows."""
    model = dialog.model
    top = model.index(0, 0)
    return [
        str(model.index(row, column, top).data())
        for row in range(model.rowCount(top))
        for column in range(model.columnCount())
    ]
