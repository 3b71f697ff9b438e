"""New-user trial 14: the table's columns beside a search with no hits.

Real widgets offscreen, a real library file (the seeded one, or a new one).
"""

from __future__ import annotations

import pytest

from papershelf.gui.main_window import MainWindow


def shown(window: MainWindow) -> list[int]:
    header = window.table.horizontalHeader()
    return [n for n in range(header.count()) if not header.isSectionHidden(n)]


@pytest.mark.parametrize("library", ["window", "empty_window"])
def test_a_search_with_no_hits_keeps_the_columns_shown(qtbot, request, library) -> None:  # type: ignore[no-untyped-def]
    # The columns hidden as blank all came back as the last hit went, Rating first: in a new
    # library at QT_SCALE_FACTOR=1.5, "Title, Status, Added" became "Rating, Title, Authors,
    # Date, Sta" (cut, no scroll bar) at the first letter typed, and went back on clearing.
    window = request.getfixturevalue(library)
    before = shown(window)
    window.search.setText("zzzz-found-nowhere")
    window.view.apply_search()
    qtbot.wait(50)
    assert window.model.rowCount() == 0
    assert shown(window) == before
    window.search.clear()
    window.view.apply_search()
    qtbot.wait(50)
    assert shown(window) == before
