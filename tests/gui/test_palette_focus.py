"""The window on a light and on a dark system palette: nothing hard-coded to one, text that
reads (contrast ratios measured on the painted widgets), visible keyboard focus, and the Tab
path table -> detail pane -> sidebar -> search."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from papershelf.gui.actions.nodes import TAG_COLOURS
from papershelf.gui.colours import contrast
from papershelf.gui.delegates.chips import STATUS_HUES, ChipDelegate
from papershelf.gui.delegates.stars import star_colour
from papershelf.gui.main_window import MainWindow
from papershelf.gui.resources import stylesheet

QSS = Path(__file__).resolve().parents[2] / "resources" / "papershelf.qss"
ROLES = QPalette.ColorRole

# A dark palette as KDE's Breeze Dark and GNOME's Adwaita dark give it (their base colours).
DARK = {
    ROLES.Window: "#2a2e32",
    ROLES.WindowText: "#fcfcfc",
    ROLES.Base: "#1b1e20",
    ROLES.AlternateBase: "#232629",
    ROLES.Text: "#fcfcfc",
    ROLES.Button: "#31363b",
    ROLES.ButtonText: "#fcfcfc",
    ROLES.Highlight: "#3daee9",
    ROLES.HighlightedText: "#fcfcfc",
    ROLES.Light: "#40464c",
    ROLES.Midlight: "#363b40",
    ROLES.Mid: "#2b3034",
    ROLES.Dark: "#141618",
    ROLES.Shadow: "#0c0d0e",
    ROLES.PlaceholderText: "#a1a9b1",
    ROLES.Link: "#1d99f3",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    original = QApplication.palette()
    if request.param == "dark":
        QApplication.setPalette(dark_palette())
    yield QApplication.palette()
    QApplication.setPalette(original)


@pytest.fixture
def shown(window: MainWindow, palette: QPalette) -> MainWindow:
    """The window after the system palette changed under it (the dark one, or none)."""
    QApplication.processEvents()  # the palette-change event reaches the application
    return window


def base(palette: QPalette) -> QColor:
    return palette.color(ROLES.Base)


def best_contrast(image: QImage, background: QColor) -> float:
    """The contrast of the painted pixel that stands out most from the background: the ink."""
    return max(
        contrast(QColor(image.pixel(x, y)), background)
        for x in range(image.width())
        for y in range(image.height())
    )


def test_the_stylesheet_names_no_fixed_colour() -> None:
    text = QSS.read_text(encoding="utf-8")
    assert not re.findall(r"#[0-9a-fA-F]{3,8}\b", text)  # palette(…) roles and @names@ only
    assert "@error@" in text and "palette(highlight)" in text


def test_stylesheet_follows_the_palette_and_reads_on_it(
    shown: MainWindow, palette: QPalette
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.styleSheet() == stylesheet(palette)  # filled in again when the palette changed
    sheet = app.styleSheet()
    assert "@" not in re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    window = palette.color(ROLES.Window)
    for selector, minimum in (
        ("QLabel#searchError", 4.5),
        ("QLabel#reviewLabel", 4.5),
        ("QLabel#emptyState", 4.5),
    ):
        block = sheet[sheet.index(selector) :]
        colour = QColor(re.search(r"color: (#[0-9a-f]{6})", block)[1])  # type: ignore[index]
        assert contrast(colour, base(palette)) >= minimum, selector
        if selector != "QLabel#emptyState":  # over the table; the others over the window
            assert contrast(colour, window) >= minimum, selector
    assert contrast(star_colour(palette), base(palette)) >= 3.0


def test_chips_read_on_both_palettes(palette: QPalette) -> None:
    tags = ChipDelegate(status=False, colour_of=dict(TAG_COLOURS[:0]).get)
    statuses = ChipDelegate(status=True)
    for name in STATUS_HUES:
        fill, ink = statuses.colours(name, palette)
        assert contrast(fill, ink) >= 4.5, name
    for n in range(60):
        fill, ink = tags.colours(f"tag {n}", palette)
        assert contrast(fill, ink) >= 4.5, f"tag {n}"
    chosen = dict(TAG_COLOURS)
    coloured = ChipDelegate(status=False, colour_of=chosen.get)
    for name, colour in TAG_COLOURS:
        fill, ink = coloured.colours(name, palette)
        assert fill == QColor(colour) and contrast(fill, ink) >= 4.5, name


def test_painted_text_reads_on_the_palette(qtbot, shown: MainWindow, palette: QPalette) -> None:  # type: ignore[no-untyped-def]
    window = shown
    table = window.table.viewport().grab().toImage()
    corner = QColor(table.pixel(table.width() - 2, table.height() - 2))  # below the rows
    assert abs(corner.lightness() - base(palette).lightness()) < 12  # the system's base
    window.search.setText("tag:nosuchtag")
    window.view.apply_search()
    empty = window.empty_state
    qtbot.waitUntil(empty.isVisible)
    assert best_contrast(empty.grab().toImage(), base(palette)) >= 4.5
    window.search.setText("year:>>")
    window.view.apply_search()
    qtbot.waitUntil(window.search_error.isVisible)
    label = window.search_error
    background = label.palette().color(label.backgroundRole())
    assert best_contrast(label.grab().toImage(), background) >= 4.5


def frame_pixel(widget: QWidget) -> QColor:
    return QColor(widget.grab().toImage().pixel(1, widget.height() // 2))


@pytest.mark.parametrize("name", ["table", "sidebar", "search"])
def test_keyboard_focus_is_framed_in_the_highlight(
    qtbot, shown: MainWindow, palette: QPalette, name: str
) -> None:  # type: ignore[no-untyped-def]
    widget = getattr(shown, name)
    other = shown.sidebar if widget is not shown.sidebar else shown.table
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    unfocused = frame_pixel(widget)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    focused = frame_pixel(widget)
    highlight = palette.color(ROLES.Highlight)
    assert focused == highlight and unfocused != highlight
    assert contrast(focused, palette.color(ROLES.Window)) >= 1.5  # stands out of the window


def test_tab_goes_through_the_detail_pane_to_the_sidebar_and_search(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    path: list[QWidget] = []
    for _ in range(40):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        path.append(QApplication.focusWidget())  # type: ignore[arg-type]
        if path[-1] is window.search:
            break
    assert path[-1] is window.search and path[-2] is window.sidebar
    in_pane = path[:-2]
    assert in_pane and all(window.detail_stack.isAncestorOf(w) for w in in_pane)
    assert window.detail.title in in_pane and window.detail.tags in in_pane
    qtbot.keyClick(window.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.table


def test_read_papers_in_a_queue_look_dimmed_on_both_palettes(
    qtbot, shown: MainWindow, palette: QPalette
) -> None:  # type: ignore[no-untyped-def]
    library = shown.library
    ids = shown.model.ids[:2]
    library.create_queue("q")
    library.enqueue("q", ids)
    library.set_status(ids[:1], "read")
    shown.view.refresh()
    shown.sidebar.setCurrentIndex(shown.sidebar_model.find("queue:q"))
    qtbot.waitUntil(lambda: shown.view.node.key == "queue:q")
    model = shown.model
    read, unread = (model.index(model.ids.index(i), 2) for i in ids)
    dimmed = read.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(dimmed, QColor) and unread.data(Qt.ItemDataRole.ForegroundRole) is None
    text = palette.color(ROLES.Text)
    assert contrast(dimmed, text) >= 1.5  # it looks different from the unread rows...
    assert contrast(dimmed, base(palette)) >= 3.0  # ...and can still be read
