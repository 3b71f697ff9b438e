"""Trial 10: a paper in the Trash showed "Queues: Econ classics" in its pane, though no queue
shows it (a trashed paper is out of its queues' views, as in Zotero's collections). The pane
says it is in the Trash and names no queue; restored, it is back in its queues, and the pane
names them again (the user's queues are never lost)."""

from __future__ import annotations

from papershelf.gui.main_window import MainWindow
from tests.gui.test_trial4_trash import show_node


def test_a_trashed_paper_names_no_queue_and_is_back_in_them_once_restored(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    library = window.library
    paper = window.model.ids[0]
    library.create_queue("Econ classics")
    library.enqueue("Econ classics", [paper])
    window.view.refresh()
    window.view.highlight([paper])
    meta, notice = window.detail.meta, window.detail.review
    qtbot.waitUntil(lambda: "Queues: Econ classics" in meta.text())
    window.view.apply(library.trash([paper]))
    show_node(window, "trash")
    qtbot.waitUntil(lambda: paper in window.model.ids)
    window.view.highlight([paper])
    qtbot.waitUntil(lambda: notice.text().startswith("In the Trash since"))
    assert "Queues" not in meta.text()
    assert "Queues" not in meta.toolTip()
    assert library.queue_ids("Econ classics") == []  # out of the queue's view
    window.table.setFocus()
    window.paper_actions.restore_selected()
    assert library.queue_ids("Econ classics") == [paper]  # back where it was
    show_node(window, "queue:Econ classics")
    qtbot.waitUntil(lambda: window.model.ids == [paper])
    window.view.highlight([paper])
    qtbot.waitUntil(lambda: "Queues: Econ classics" in meta.text())
    assert not notice.text().startswith("In the Trash")
    assert window.detail.title.text() == library.paper(paper)["title"]


def test_undoing_a_trash_or_its_emptying_gives_the_paper_back_its_queues(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    library = window.library
    paper = window.model.ids[0]
    library.create_queue("Econ classics")
    library.enqueue("Econ classics", [paper])
    window.view.apply(library.trash([paper]))
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: library.queue_ids("Econ classics") == [paper], timeout=10000)
    window.view.apply(library.trash([paper]))
    library.empty_trash()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: library.paper(paper)["deleted"] is not None, timeout=10000)
    window.view.apply(library.restore([paper]))
    assert library.queue_ids("Econ classics") == [paper]
    assert library.paper(paper)["queues"] == ["Econ classics"]
