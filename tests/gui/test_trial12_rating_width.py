"""Trial 12: with one paper rated the Rating column took more room than its header and its
stars need. It is as wide as five stars (hovered, every one is a click target) and their inset,
or its header where that is wider, and no wider, whatever the window's width."""

from __future__ import annotations

import pytest

from papershelf.gui.delegates.stars import STAR_INSET, STAR_WIDTH
from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN
from tests.gui.test_table_look import visible_columns


@pytest.mark.parametrize("size", [(1008, 592), (1384, 852)])  # 1024x640, 1400x900 less a frame
def test_the_rating_column_is_as_wide_as_its_stars_and_header_need(
    qtbot, window: MainWindow, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    window.resize(*size)
    window.library.rate([window.model.ids[0]], 1)
    window.view.refresh()
    qtbot.waitUntil(lambda: "rating" in visible_columns(window))
    qtbot.wait(100)
    header = window.table.horizontalHeader()
    stars = STAR_INSET + 5 * STAR_WIDTH  # the fifth star's right point ends inside
    need = max(stars + 1, header.sectionSizeHint(COLUMN["rating"]))
    assert header.sectionSize(COLUMN["rating"]) == need
