"""The table reads like Zotero's, checked on the real window: the title's room, sort arrows,
the column chooser, stars and chips as painted, and the queue view's position and dimming."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QHeaderView

from papershelf.gui.delegates.stars import STAR_WIDTH
from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN

# The seeds as imported: nobody has rated or tagged a paper yet, so Rating and Tags are hidden
# as blank (tests/gui/test_blank_columns.py); Added shows the order's arrow.
VISIBLE_BY_DEFAULT = {"title", "authors", "date", "status", "added"}


def visible_columns(window: MainWindow) -> set[str]:
    header = window.table.horizontalHeader()
    return {key for key, n in COLUMN.items() if not header.isSectionHidden(n)}


def cell_image(window: MainWindow, row: int, key: str) -> QImage:
    window.table.viewport().repaint()
    rect = window.table.visualRect(window.model.index(row, COLUMN[key]))
    return window.table.viewport().grab(rect.adjusted(1, 1, -1, -1)).toImage()


def colours(image: QImage) -> set[int]:
    return {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}


def coloured_pixels(image: QImage, *, hue: range) -> int:
    """Pixels of a saturated colour within the hue range (chips, stars; not text or base)."""
    count = 0
    for x in range(image.width()):
        for y in range(image.height()):
            colour = QColor(image.pixel(x, y))
            if colour.hslSaturation() > 60 and colour.hslHue() in hue:
                count += 1
    return count


def test_title_gets_the_room_and_can_be_dragged_wider(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    header = window.table.horizontalHeader()
    assert visible_columns(window) == VISIBLE_BY_DEFAULT
    title = header.sectionSize(COLUMN["title"])
    others = [header.sectionSize(COLUMN[k]) for k in VISIBLE_BY_DEFAULT - {"title"}]
    assert title > max(others)
    assert title + sum(others) >= window.table.viewport().width()  # no empty band on the right
    # Interactive, not Stretch: the user can drag it (Stretch sections refuse to be resized).
    assert header.sectionResizeMode(COLUMN["title"]) == QHeaderView.ResizeMode.Interactive
    header.resizeSection(COLUMN["title"], title + 150)
    assert header.sectionSize(COLUMN["title"]) == title + 150
    # Narrowing another column hands its room to the title.
    header.resizeSection(COLUMN["authors"], header.sectionSize(COLUMN["authors"]) - 60)
    assert header.sectionSize(COLUMN["title"]) >= title + 60 - 1


def test_clicking_a_header_sorts_and_shows_the_arrow(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    header = window.table.horizontalHeader()
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == COLUMN["added"]
    x = header.sectionViewportPosition(COLUMN["date"]) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.isSortIndicatorShown()
    assert header.sortIndicatorSection() == COLUMN["date"]
    assert window.model.sort_key == "date"
    # Newest first, as Zotero's dates: the undated papers go to the bottom, not the top.
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    dates = [window.model.index(r, COLUMN["date"]).data() for r in range(window.model.rowCount())]
    assert dates[0] and dates[0] == max(d for d in dates if d[:1].isdigit())
    # Another node keeps the sort and its arrow (one sort for every view, as in Zotero).
    window.sidebar.setCurrentIndex(window.sidebar_model.find("review"))
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == COLUMN["date"]
    assert window.model.sort_key == "date"


def test_a_first_click_sorts_text_columns_a_to_z(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(COLUMN["title"]) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert window.model.sort_key == "title" and not window.model.descending
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert window.model.descending


def test_header_menu_shows_and_hides_columns(window: MainWindow) -> None:
    menu = window.table_header.build_menu()
    entries = {a.text(): a for a in menu.actions()}
    assert set(entries) == {
        "Rating",
        "Title",
        "Authors",
        "Date",
        "Category",
        "Status",
        "Tags",
        "Added",
    }
    assert not entries["Title"].isEnabled()  # the title always shows
    assert entries["Authors"].isChecked() and not entries["Category"].isChecked()
    entries["Authors"].toggle()
    entries["Category"].toggle()
    assert visible_columns(window) == VISIBLE_BY_DEFAULT - {"authors"} | {"category"}
    assert window.model.index(0, COLUMN["category"]).data() is not None


def test_hidden_columns_are_remembered(qtbot, window: MainWindow, settings) -> None:  # type: ignore[no-untyped-def]
    window.table_header.show_column(COLUMN["category"], True)
    window.table_header.show_column(COLUMN["added"], False)
    window.close()
    again = MainWindow(window.library, settings=settings)
    qtbot.addWidget(again)
    assert visible_columns(again) == VISIBLE_BY_DEFAULT - {"added"} | {"category"}
    again.close()


def test_stars_are_big_and_unrated_rows_blank(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ids = window.model.ids
    rated, unrated = ids[0], ids[1]
    window.view.apply(window.library.rate([rated], 5))  # the Rating column shows from here
    window.table.clearSelection()
    qtbot.mouseMove(window.search)  # no row under the mouse
    blank = cell_image(window, ids.index(unrated), "rating")
    assert len(colours(blank)) <= 2  # the row's background only
    stars = cell_image(window, ids.index(rated), "rating")
    assert coloured_pixels(stars, hue=range(35, 55)) > 5 * STAR_WIDTH * 5  # gold, five of them


def test_status_and_tags_are_coloured_chips(window: MainWindow) -> None:
    ids = window.model.ids
    window.view.apply(window.library.set_status([ids[0]], "to-read"))
    window.view.apply(window.library.tag([ids[0]], add=["vision", "few-shot"]))
    window.table.clearSelection()
    status = cell_image(window, 0, "status")
    assert coloured_pixels(status, hue=range(195, 225)) > 50  # "To read" is blue
    tags = cell_image(window, 0, "tags")
    hues = {QColor(p).hslHue() for p in colours(tags) if QColor(p).hslSaturation() > 60}
    assert len({h // 20 for h in hues}) >= 2  # two tags, two colours


def test_queue_view_has_positions_and_dims_read_papers(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    ids = library.query_ids(window.model.spec)[:4]
    library.create_queue("thesis")
    library.enqueue("thesis", ids)
    library.set_status(ids[:1], "read")
    window.view.refresh()
    assert "position" not in visible_columns(window)
    window.sidebar.setCurrentIndex(window.sidebar_model.find("queue:thesis"))
    header = window.table.horizontalHeader()
    assert "position" in visible_columns(window)
    assert header.visualIndex(COLUMN["position"]) < header.visualIndex(COLUMN["title"])
    model = window.model
    assert [model.index(r, COLUMN["position"]).data() for r in range(4)] == ["1", "2", "3", "4"]
    dim = model.index(0, COLUMN["title"]).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(dim, QColor)
    assert model.index(1, COLUMN["title"]).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "#" not in [a.text() for a in window.table_header.build_menu().actions()]
    window.sidebar.setCurrentIndex(window.sidebar_model.find("all"))
    assert "position" not in visible_columns(window)
