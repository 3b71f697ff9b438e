"""Trial 4, B: after a run on a 1024x640 screen, a start in a larger window gives the sidebar
back the width its names need (the narrow screen took it; the reader did not); and the detail
pane's Tab chain is shorter."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN
from papershelf.library import Library
from tests.gui.test_trial3_pane import tab_through_the_pane


def opened(qtbot, seeded: Library, settings: QSettings, size: tuple[int, int]) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(seeded, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    QApplication.processEvents()
    return window


def test_a_start_after_a_small_screen_gives_the_sidebar_its_width_back(
    qtbot, seeded: Library, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    first = opened(qtbot, seeded, settings, (1400, 820))
    for key in ("rating", "tags"):  # every column in play: a 1024 px table needs the room
        first.table_header.show_column(COLUMN[key], True)
    fitted = first.splitter.sizes()[0]
    first.resize(1024, 640)
    qtbot.waitUntil(lambda: first.size().width() == 1024)
    QApplication.processEvents()
    assert first.splitter.sizes()[0] < fitted  # the small screen took it
    first.close()
    second = opened(qtbot, seeded, settings, (1400, 820))
    assert second.splitter.sizes()[0] == fitted
    second.close()


def test_a_sidebar_dragged_narrower_stays_so(qtbot, seeded: Library, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    first = opened(qtbot, seeded, settings, (1400, 820))
    sizes = first.splitter.sizes()
    first.splitter.moveSplitter(sizes[0] - 40, 1)  # as the reader's drag does
    QApplication.processEvents()
    dragged = first.splitter.sizes()[0]
    assert dragged == sizes[0] - 40
    first.close()
    second = opened(qtbot, seeded, settings, (1400, 820))
    assert second.splitter.sizes()[0] == dragged
    second.close()


def test_settings_saved_before_the_wanted_width_was_kept(
    qtbot, seeded: Library, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    """An older run saved the narrow splitter only: the sidebar gets the width its names need."""
    first = opened(qtbot, seeded, settings, (1400, 820))
    for key in ("rating", "tags"):
        first.table_header.show_column(COLUMN[key], True)
    first.resize(1024, 640)
    qtbot.waitUntil(lambda: first.size().width() == 1024)
    QApplication.processEvents()
    narrow = first.splitter.sizes()[0]
    first.close()
    settings.remove("window/sidebar")
    second = opened(qtbot, seeded, settings, (1400, 820))
    assert second.splitter.sizes()[0] == second.sidebar.fitted_width() > narrow
    second.close()


def test_the_pane_has_eight_tab_stops_and_alt_k_reaches_the_key(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Trial 4: 9 stops were more than a few; the citation key (assigned by the first export,
    seldom edited) leaves the Tab chain and is reached with Alt+K."""
    detail = window.detail
    window.view.highlight([window.model.ids[0]])
    stops = tab_through_the_pane(qtbot, window)
    assert len(stops) == 8  # Title, Authors, Date, Rating, Status, Tags, the tabs, Abstract
    assert detail.key not in stops
    assert stops[-1] is detail.abstract
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window.table, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(detail.key.hasFocus)
    assert ("Alt+K", "the detail pane's citation key (not on the Tab chain)") in (
        window.menus.shortcut_list()
    )
