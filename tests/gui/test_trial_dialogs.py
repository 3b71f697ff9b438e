"""A new user's trial (notes/trial, items 12, 15, 16, 17): typed dates, default buttons, queue
actions outside a queue, and a smart queue's mistake, on the real window."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from papershelf.gui.dialogs.prompts import WideInput
from papershelf.gui.main_window import MainWindow
from papershelf.gui.widgets.sidebar import Node


def press_return_on_the_next_box(qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    """Return pressed on the next modal question, as a user confirming at once; its text."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press)
    return seen


def record_warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_a: shown.append(text)
    )
    return shown


def test_return_merges_a_tag_renamed_onto_another(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    old, into = "from-laptop", "vision"
    library.tag(window.model.ids[:2], add=[old])
    library.tag(window.model.ids[1:4], add=[into])
    window.view.refresh()
    tagged = set(library.query_ids(Node(f"tag:{old}", "tag", old).filter()))
    asked = press_return_on_the_next_box(qtbot)
    window.node_actions.rename_node(Node(f"tag:{old}", "tag", old), new_name=into)
    assert asked and "Merge" in asked[0]
    assert old not in library.all_tag_names()
    assert tagged <= set(library.query_ids(Node(f"tag:{into}", "tag", into).filter()))


def test_return_moves_to_the_trash_as_asked(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    paper = window.model.ids[0]
    window.view.highlight([paper])
    asked = press_return_on_the_next_box(qtbot)
    window.paper_actions.trash_selected()
    assert asked and window.library.paper(paper)["deleted"]


def test_a_free_text_date_is_refused_with_a_message(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = record_warnings(monkeypatch)
    paper = window.model.ids[0]
    window.view.highlight([paper])
    before = window.library.paper(paper)["date"]
    date = window.detail.date
    date.setText("sometime in 2022?")
    date.editingFinished.emit()
    assert shown and "'sometime in 2022?' is not a date;" in shown[0]
    assert window.library.paper(paper)["date"] == before
    assert date.text() == "sometime in 2022?"  # kept to be corrected (trial 11)
    date.setText("March 2022")
    date.editingFinished.emit()
    assert len(shown) == 1
    stored = window.library.paper(paper)
    assert (stored["date"], stored["date_text"]) == ("2022-03", "March 2022")


def test_queue_only_actions_are_greyed_out_elsewhere(window: MainWindow) -> None:
    library = window.library
    library.create_queue("thesis")
    library.create_queue("unread", query="status:new")
    window.view.refresh()
    moves = [window.menus.named[text] for text in window.menus.QUEUE_ONLY]
    for key, enabled in (
        ("all", False),
        ("queue:thesis", True),
        ("queue:unread", False),  # a smart queue's order is its search's
        ("inbox", False),
    ):
        window.sidebar.setCurrentIndex(window.sidebar_model.find(key))
        assert [action.isEnabled() for action in moves] == [enabled] * len(moves), key


def answering(answers: list[str], offered: list[str]) -> Callable[..., tuple[str, bool]]:
    def get_text(_parent, _title, _label, text: str = "") -> tuple[str, bool]:  # type: ignore[no-untyped-def]
        offered.append(text)
        return answers.pop(0), True

    return get_text


def test_a_smart_queue_mistake_keeps_what_was_typed(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = record_warnings(monkeypatch)
    offered: list[str] = []
    bad = "rating:>=4 status:unread year:>>2020"
    good = "rating:>=4 status:unread year:>=2020"
    answers = ["top unread", bad, "top unread", good]
    monkeypatch.setattr(WideInput, "getText", answering(answers, offered))
    window.queue_actions.create_smart_queue()
    assert len(shown) == 1 and "year" in shown[0]
    assert offered == ["", "", "top unread", bad]  # asked again as typed
    assert window.library.queue_search("top unread") == (good, "added")
    assert window.sidebar_model.find("queue:top unread").isValid()


def test_a_new_queue_is_opened_and_a_taken_name_is_asked_again(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trial 8: a new queue was not opened; a name already taken ended in an error."""
    shown = record_warnings(monkeypatch)
    window.library.create_queue("thesis")
    window.view.refresh()
    offered: list[str] = []
    monkeypatch.setattr(WideInput, "getText", answering(["thesis", "thesis 2"], offered))
    window.queue_actions.create_queue()
    assert len(shown) == 1 and "exists already" in shown[0]
    assert offered == ["", "thesis"]  # asked again as typed
    assert window.view.node.key == "queue:thesis 2"
    assert window.sidebar.currentIndex() == window.sidebar_model.find("queue:thesis 2")
