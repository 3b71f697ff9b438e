"""Trial 11: a reading group's line read whole as a title is listed beside its paper."""

from __future__ import annotations

from papershelf.gui.main_window import MainWindow
from tests.gui.test_main_window import search, shown_titles
from tests.gui.test_narrow_window import show
from tests.gui.test_trial10_window import import_both_readings


def test_a_title_read_with_its_citation_and_no_names_is_a_possible_duplicate(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    """holdout20 014 imported as read ('The Use of Knowledge in Society', Hayek, 1945) and As
    detected ('Hayek (1945) The Use of Knowledge in Society', no names, dated by the reading
    group's meeting): Possible duplicates said "No possible duplicates". Trial 10 had taught
    it the citation of a paper's own first author and year; read as a whole line, the paper
    has no author to match, and the citation itself is its author and year (trial 11)."""
    import_both_readings(qtbot, window)
    search(qtbot, window, '"knowledge in society"')
    pair = sorted(window.model.ids)
    assert len(pair) == 2, shown_titles(window)
    window.search.clear()
    show(qtbot, window, "duplicates")
    qtbot.waitUntil(lambda: bool(window.duplicates.groups), timeout=20000)
    listed = [sorted(group.group.ids) for group in window.duplicates.groups]
    assert pair in listed
