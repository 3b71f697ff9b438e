"""A new user's third trial (notes/trial3), the detail side: the several-papers pane sets the
rating and status of all, stars 14 px or more (measured in the pixels), a short Tab chain
through the pane with a visible focus on every stop, the project's icons inked from the
palette, and the note preview, on the real window offscreen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from papershelf.core.textfmt import STATUS_LABELS
from papershelf.gui.delegates.stars import STAR_WIDTH
from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN
from papershelf.gui.resources import action_icon, restyle
from tests.gui.test_main_window import select_rows


def gold_box(image: QImage) -> tuple[int, int]:
    """Width and height of the gold ink (pixels at least half covered) in an image."""
    xs, ys = [], []
    for x in range(image.width()):
        for y in range(image.height()):
            colour = QColor(image.pixel(x, y))
            gold = colour.hslSaturation() > 100 and colour.hslHue() in range(30, 60)
            if gold and colour.lightness() < 200:  # not the pale edge of the anti-aliasing
                xs.append(x)
                ys.append(y)
    return (max(xs) - min(xs) + 1, max(ys) - min(ys) + 1) if xs else (0, 0)


def test_table_and_pane_stars_are_14_px_or_more(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ids = window.model.ids
    window.view.highlight([ids[0]])
    window.paper_actions.rate_one(ids[0], 1)
    pane = window.detail.stars
    assert pane.value == 1
    star = pane.grab().toImage().copy(0, 0, pane.stars_rect().left() + STAR_WIDTH, pane.height())
    width, height = gold_box(star)
    assert width >= 14 and height >= 14
    window.table.clearSelection()  # gold, not the selection's text colour
    qtbot.mouseMove(window.search)
    window.table.viewport().repaint()
    cell = window.table.visualRect(window.model.index(0, COLUMN["rating"]))
    table_star = window.table.viewport().grab(cell).toImage()
    width, height = gold_box(table_star)
    assert width >= 14 and height >= 14
    # Unrated rows stay blank until the mouse is over them.
    blank = window.table.viewport().grab(
        window.table.visualRect(window.model.index(1, COLUMN["rating"]))
    )
    assert gold_box(blank.toImage()) == (0, 0)


def test_the_several_papers_pane_sets_rating_and_status_of_all(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    ids = window.model.ids[:3]
    library.rate(ids[:1], 2)
    library.set_status(ids[1:2], "read")
    window.view.refresh()
    select_rows(window, [0, 1, 2])
    pane = window.selection_pane
    assert window.detail_stack.currentWidget() is pane
    assert pane.shown_rating() == "mixed" and pane.shown_status() == "mixed"
    steps = window.library.undo_label()
    # A click on the fourth star rates all three.
    x = pane.stars.stars_rect().left() + 3 * STAR_WIDTH + STAR_WIDTH // 2
    qtbot.mouseClick(pane.stars, Qt.MouseButton.LeftButton, pos=QPoint(x, pane.stars.height() // 2))
    assert [p["rating"] for p in library.papers(ids)] == [4, 4, 4]
    assert pane.shown_rating() == "4"
    assert window.statusBar().currentMessage().startswith("Rated 3 papers")
    pane.status.activated.emit(pane.status.findData("to-read"))
    assert [p["status"] for p in library.papers(ids)] == ["to-read"] * 3
    assert pane.shown_status() == STATUS_LABELS["to-read"]
    window.undo_action.trigger()  # one step for the three statuses
    assert [p["status"] for p in library.papers(ids)] == ["new", "read", "new"]
    window.undo_action.trigger()
    assert [p["rating"] for p in library.papers(ids)] == [2, 0, 0]
    assert library.undo_label() == steps
    assert window.view.selected_ids() == sorted(ids, key=window.model.ids.index)


def focus_ink(widget: QWidget) -> int:
    """Pixels of the palette's highlight colour on the widget's border band."""
    image = widget.grab().toImage()
    highlight = widget.palette().color(QPalette.ColorRole.Highlight)
    count = 0
    for x in range(image.width()):
        for y in range(image.height()):
            if min(x, y, image.width() - 1 - x, image.height() - 1 - y) > 3:
                continue
            colour = QColor(image.pixel(x, y))
            near = abs(colour.hslHue() - highlight.hslHue()) < 15
            if near and colour.hslSaturation() > 60:
                count += 1
    return count


def tab_through_the_pane(qtbot, window: MainWindow) -> list[QWidget]:  # type: ignore[no-untyped-def]
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    stops: list[QWidget] = []
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is window.sidebar:
            return stops
        stops.append(widget)
    raise AssertionError(f"Tab never reached the sidebar: {stops}")


def test_tab_walks_a_few_pane_stops_in_order_each_with_a_visible_focus(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    detail = window.detail
    window.view.highlight([window.model.ids[0]])
    detail.add_note()
    detail.note_edit.setPlainText("# Key idea")
    detail.flush_note()
    detail.tabs.setCurrentIndex(1)  # Notes
    detail.note_tabs.setCurrentIndex(1)  # Preview
    stops = tab_through_the_pane(qtbot, window)
    assert stops == [
        detail.title,
        detail.authors,
        detail.date,
        detail.stars,  # five stars, one stop (the key: Alt+K, trial 4)
        detail.status,
        detail.tags,
        detail.tabs.tabBar(),
        detail.notes,
        detail.note_tabs.tabBar(),
        detail.note_preview,
    ]
    for stop in stops:
        stop.setFocus()
        qtbot.waitUntil(stop.hasFocus)
        focused = focus_ink(stop)
        window.table.setFocus()
        qtbot.waitUntil(window.table.hasFocus)
        assert focused > focus_ink(stop) + stop.width() // 2, stop


def test_tab_from_several_papers_walks_their_pane(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    select_rows(window, [0, 1, 2])
    pane = window.selection_pane
    stops = tab_through_the_pane(qtbot, window)
    shown = [button for button in pane.buttons.values() if not button.isHidden()]
    # Restore: in the Trash only (trial 4); Remove from queue: in a plain queue only (trial 8)
    assert len(shown) == len(pane.buttons) - 2
    assert stops == [pane.stars, pane.status, *shown]


def test_the_rating_stop_takes_digits_and_arrows(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    paper = window.model.ids[0]
    window.view.highlight([paper])
    stars = window.detail.stars
    stars.setFocus()
    qtbot.keyClick(stars, Qt.Key.Key_3)
    assert window.library.paper(paper)["rating"] == 3
    qtbot.keyClick(stars, Qt.Key.Key_Right)
    assert window.library.paper(paper)["rating"] == 4
    qtbot.keyClick(stars, Qt.Key.Key_Left)
    qtbot.keyClick(stars, Qt.Key.Key_Left)
    assert window.library.paper(paper)["rating"] == 2
    qtbot.keyClick(stars, Qt.Key.Key_0)
    assert window.library.paper(paper)["rating"] == 0


def ink_of(window: MainWindow, name: str) -> QColor:
    """The darkest-or-lightest opaque colour of a toolbar icon: its stroke."""
    image = window.menus.toolbar_actions[name].icon().pixmap(24, 24).toImage()
    inks = [
        QColor.fromRgba(image.pixel(x, y))
        for x in range(24)
        for y in range(24)
        if QColor.fromRgba(image.pixel(x, y)).alpha() == 255
    ]
    assert inks
    return max(inks, key=inks.count)


def test_icons_are_the_projects_inked_from_the_palette(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    dark = QPalette(QColor("#2b2b2b"))  # a dark palette, as Adwaita:dark gives
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    try:
        app.setPalette(dark)
        restyle(app)
        qtbot.waitUntil(lambda: ink_of(window, "tag") == QColor("#eeeeee"))
        for name in ("import", "paste", "export", "undo", "redo", "new", "tag", "queue"):
            assert ink_of(window, name) == QColor("#eeeeee"), name
    finally:
        app.setPalette(light)
        restyle(app)
    ink = light.color(QPalette.ColorRole.WindowText)
    qtbot.waitUntil(lambda: ink_of(window, "queue") == ink)
    assert (
        action_icon("queue").cacheKey() == window.menus.toolbar_actions["queue"].icon().cacheKey()
    )


def test_note_preview_keeps_a_headings_size_and_the_list_never_scrolls_sideways(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    detail = window.detail
    window.view.highlight([window.model.ids[0]])
    detail.add_note()
    body = "# Key idea **score models**\n\n" + "Goal-conditioned RL via score models " * 4
    detail.note_edit.setPlainText(body)
    detail.flush_note()
    detail.note_tabs.setCurrentIndex(1)
    document = detail.note_preview.document()
    heading = document.firstBlock()
    sizes = set()
    iterator = heading.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        sizes.add((fragment.text().strip(), fragment.charFormat().font().pointSizeF()))
        iterator += 1
    assert "Key idea score models" in " ".join(" ".join(text for text, _ in sizes).split())
    assert len({size for _, size in sizes}) == 1, sizes  # bold keeps the heading's size
    qtbot.waitUntil(lambda: detail.notes.count() == 1)
    assert not detail.notes.horizontalScrollBar().isVisible()
    assert detail.notes.item(0).toolTip().startswith("Key idea")
