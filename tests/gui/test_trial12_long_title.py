"""Trial 12 (known since trial 10): at 1008x592 (a 1024x640 screen less openbox's frame) a
title of four or five lines scrolled in the detail pane, 11 px short. The room is taken from
the pane's own margins above the title and below the tabs, which now line up with the search
field and the table beside it; the two-line row under Date and the tabs' least height stay."""

from __future__ import annotations

import pytest

from papershelf.gui.main_window import MainWindow


def paper_with_title_lines(qtbot, window: MainWindow, lines: int) -> int:  # type: ignore[no-untyped-def]
    """A seeded paper whose title wraps to `lines` lines in the pane as it is."""
    pane = window.detail
    for paper in window.model.ids:
        pane.show_paper(paper)
        if pane.title.wrapped_lines() == lines:
            return paper
    pytest.fail(f"no seeded title of {lines} lines at {pane.title.width()} px")


@pytest.mark.parametrize("lines", [4, 5])
def test_a_title_of_up_to_five_lines_is_shown_whole_at_1024x640(
    qtbot, window: MainWindow, lines: int
) -> None:  # type: ignore[no-untyped-def]
    window.resize(1008, 592)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1008, 592))
    qtbot.wait(50)
    pane = window.detail
    paper = paper_with_title_lines(qtbot, window, lines)
    window.view.highlight([paper])
    qtbot.wait(50)  # the layouts settle on the next turn of the event loop
    title = pane.title
    assert title.wrapped_lines() == lines
    assert title.height() >= title.sizeHint().height()
    assert title.verticalScrollBar().maximum() == 0
    assert pane.tabs.height() >= 140
    assert pane.meta.height() == 2 * pane.meta.fontMetrics().lineSpacing()
