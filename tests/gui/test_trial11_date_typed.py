"""Trial 11: a typed date the field refused was thrown away (the stored one put back), so the
user had to type it all again to correct one digit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from papershelf.gui.main_window import MainWindow
from tests.gui.test_trial_dialogs import record_warnings


def test_a_refused_date_stays_in_the_field_to_be_corrected(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = record_warnings(monkeypatch)
    paper = window.model.ids[0]
    window.view.highlight([paper])
    before = window.library.paper(paper)["date"]
    date = window.detail.date
    date.setFocus()
    qtbot.waitUntil(date.hasFocus)
    date.selectAll()
    qtbot.keyClicks(date, "2022-02-30")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    assert len(shown) == 1 and "February 2022 has no day 30" in shown[0]
    assert window.library.paper(paper)["date"] == before  # nothing saved ...
    assert date.text() == "2022-02-30"  # ... and what was typed kept, marked as not saved
    assert "February 2022 has no day 30" in date.toolTip()
    assert date.property("refused") is True
    # One key corrects it: Backspace, 8, Return.
    date.setFocus()
    date.end(False)
    qtbot.keyClick(date, Qt.Key.Key_Backspace)
    qtbot.keyClick(date, Qt.Key.Key_Backspace)
    qtbot.keyClicks(date, "28")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    assert len(shown) == 1
    assert window.library.paper(paper)["date"] == "2022-02-28"
    assert date.text() == "2022-02-28" and not date.property("refused")
    assert "no day 30" not in date.toolTip()


def test_a_refused_date_is_dropped_when_another_paper_is_shown(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record_warnings(monkeypatch)
    first, second = window.model.ids[:2]
    window.view.highlight([first])
    date = window.detail.date
    date.setText("sometime in 2022?")
    date.editingFinished.emit()
    assert date.text() == "sometime in 2022?"
    window.view.highlight([second])
    qtbot.waitUntil(lambda: window.detail.paper is not None and window.detail.paper["id"] == second)
    assert date.text() == (window.library.paper(second)["date"] or "")
    assert not date.property("refused") and not date.toolTip()


def test_a_refused_date_is_drawn_in_the_error_s_red(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record_warnings(monkeypatch)
    window.view.highlight([window.model.ids[0]])
    date = window.detail.date
    ink = date.palette().color(QPalette.ColorRole.Text)
    date.setText("31/12/2022")
    date.editingFinished.emit()
    refused = date.palette().color(QPalette.ColorRole.Text)
    assert refused != ink and refused.red() > refused.green()
    date.textEdited.emit("31/12/202")
    assert date.palette().color(QPalette.ColorRole.Text) == ink
