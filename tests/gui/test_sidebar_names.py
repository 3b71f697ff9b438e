"""Sidebar rows always show their count; a long name gives way, shortened in the middle, and
is whole in the tooltip; the default width fits the seeds' source names (trial 2, item 2)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication

from papershelf.gui.main_window import MainWindow
from papershelf.gui.widgets.sidebar import SidebarDelegate, split_count


def rows(window: MainWindow) -> list[QModelIndex]:
    model, found, pending = window.sidebar_model, [], [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found.append(index)
            pending.append(index)
    return found


def painted(window: MainWindow) -> dict[str, tuple[str, str]]:
    """Full name -> (name as painted, count as painted), for the rows with a count."""
    delegate = window.sidebar.itemDelegate()
    assert isinstance(delegate, SidebarDelegate)
    shown = {}
    for index in rows(window):
        name, count = split_count(str(index.data()))
        texts = delegate.texts_at(window.sidebar, index)
        if count is not None:
            assert texts is not None
            shown[name] = texts
    return shown


def test_default_width_shows_every_source_name_and_count(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    sources = [s for s in painted(window) if "·" in s]
    assert any(s.startswith("Hugging Face papers") for s in sources)
    for name, (shown, count) in painted(window).items():
        assert shown == name and count.isdigit(), (name, shown)


def test_a_narrow_sidebar_keeps_counts_and_shortens_names(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    sizes = window.splitter.sizes()
    window.splitter.setSizes([150, sizes[1] + sizes[0] - 150, sizes[2]])
    QApplication.processEvents()
    counts = {split_count(str(i.data()))[0]: split_count(str(i.data()))[1] for i in rows(window)}
    shortened = 0
    for name, (shown, count) in painted(window).items():
        assert count == counts[name]  # the count is whole, always
        if shown != name:
            shortened += 1
            head, _, tail = shown.partition("…")
            assert name.startswith(head) and name.endswith(tail) and head and tail
    assert shortened >= 2  # the Hugging Face sources, at least
    tooltips = {i.data(): window.sidebar_model.itemFromIndex(i).toolTip() for i in rows(window)}
    for text, tip in tooltips.items():
        assert split_count(str(text))[0] in tip  # the whole name, on hover
