"""Trial 12: quit in Possible duplicates, start again, and the sidebar came back squeezed to
its narrowest (168 px, "Possible…plicates", "Author… Dec 2") in a 1375 px window, and stayed
so in All papers: room was given to the paper table's columns while the table was hidden
behind the duplicates list, measured by its hidden, never laid out viewport."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from papershelf.gui.main_window import SIDEBAR_LEAST, MainWindow
from papershelf.library import Library


def opened(qtbot, path: Path, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(Library(path), settings=settings)
    qtbot.addWidget(window)
    window.resize(1400, 820)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def test_starting_in_possible_duplicates_keeps_the_sidebar_as_it_was(
    qtbot, seeded_path: Path, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    first = opened(qtbot, seeded_path, settings)
    wide = first.splitter.sizes()[0]
    assert wide > SIDEBAR_LEAST + 40
    first.sidebar.setCurrentIndex(first.sidebar_model.find("duplicates"))
    assert first.duplicates.isVisible()
    qtbot.waitUntil(lambda: not first.workers.busy(), timeout=20000)
    first.close()
    first.library.close()
    again = opened(qtbot, seeded_path, settings)
    assert again.duplicates.isVisible() and not again.table.isVisible()
    assert again.splitter.sizes()[0] >= wide - 2
    again.sidebar.setCurrentIndex(again.sidebar_model.find("all"))
    assert again.splitter.sizes()[0] >= wide - 2
    again.close()
    again.library.close()


def test_back_from_possible_duplicates_the_sidebar_takes_its_room_back(
    qtbot, seeded_path: Path, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    """A sidebar saved narrow there (as the sessions before this fix saved it) widens again as
    soon as the table is back, not at the next resize of the window. In a view larger than a
    page (16 000 papers in the trial), where nothing else measures the room on the way."""
    from benchmarks.generate import write_arxiv_listing

    with Library(seeded_path) as library:
        library.import_path(write_arxiv_listing(seeded_path.with_name("many.txt"), 700, seed=12))
    first = opened(qtbot, seeded_path, settings)
    wide = first.splitter.sizes()[0]
    first.sidebar.setCurrentIndex(first.sidebar_model.find("duplicates"))
    qtbot.waitUntil(lambda: not first.workers.busy(), timeout=20000)
    sizes = first.splitter.sizes()
    first.splitter.setSizes([SIDEBAR_LEAST, sizes[1] + sizes[0] - SIDEBAR_LEAST, sizes[2]])
    first.close()
    first.library.close()
    again = opened(qtbot, seeded_path, settings)
    qtbot.wait(600)  # past the fits after show (0 and 400 ms), as a reader takes to click
    assert again.duplicates.isVisible() and again.splitter.sizes()[0] < wide - 40
    again.sidebar.setCurrentIndex(again.sidebar_model.find("all"))
    assert not again.model.complete
    qtbot.waitUntil(lambda: again.splitter.sizes()[0] >= wide - 2)
    again.close()
    again.library.close()
