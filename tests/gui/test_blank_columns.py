"""Columns blank for every paper of the view hide, as in Zotero, and come back as soon as a
paper fills them; a column the reader ticked in the chooser stays (trial 2, item 1). The
seeded library is the bundled seeds as imported: nothing rated or tagged yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.paper_table import COLUMN


def shown(window: MainWindow, key: str) -> bool:
    return not window.table.horizontalHeader().isSectionHidden(COLUMN[key])


def test_rating_and_tags_hide_while_nothing_is_rated_or_tagged(window: MainWindow) -> None:
    assert not window.library.filled_columns(window.library.query_ids(window.model.spec)) & {
        "rating",
        "tags",
    }
    assert not shown(window, "rating") and not shown(window, "tags")
    header = window.table.horizontalHeader()
    title = header.sectionSize(COLUMN["title"])
    others = [
        header.sectionSize(n)
        for n in range(header.count())
        if n != COLUMN["title"] and not header.isSectionHidden(n)
    ]
    # The lion's share of the table: nearly half of it, more than twice any other column.
    assert title >= 0.45 * window.table.viewport().width() and title > 2 * max(others)


def test_rating_a_paper_brings_the_column_back(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.table.setFocus()
    window.view.highlight([window.model.ids[2]])
    qtbot.keyClick(window.table, Qt.Key.Key_4)  # the real key: rate the selection
    assert window.library.paper(window.model.ids[2])["rating"] == 4
    assert shown(window, "rating")
    # A view where nobody is rated hides it again; back in All papers it shows.
    window.sidebar.setCurrentIndex(window.sidebar_model.find("trash"))
    window.sidebar.setCurrentIndex(window.sidebar_model.find("review"))
    assert not shown(window, "rating")
    window.sidebar.setCurrentIndex(window.sidebar_model.find("all"))
    assert shown(window, "rating")


def test_tagging_a_paper_brings_the_tags_column_back(window: MainWindow) -> None:
    paper = window.model.ids[0]
    window.view.apply(window.library.tag([paper], add=["vision"]))
    assert shown(window, "tags")
    assert window.model.index(0, COLUMN["tags"]).data() == "vision"


def test_a_ticked_column_stays_when_blank(qtbot, window: MainWindow, settings) -> None:  # type: ignore[no-untyped-def]
    entries = {a.text(): a for a in window.table_header.build_menu().actions()}
    assert not entries["Rating"].isChecked()
    assert "Blank" in entries["Rating"].toolTip()
    entries["Rating"].toggle()
    assert shown(window, "rating")
    window.sidebar.setCurrentIndex(window.sidebar_model.find("review"))
    assert shown(window, "rating")  # blank here too, and still shown: the reader asked
    assert not shown(window, "tags")
    window.close()
    again = MainWindow(window.library, settings=settings)
    qtbot.addWidget(again)
    assert shown(again, "rating") and not shown(again, "tags")
    again.close()


def test_the_default_order_has_its_arrow(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    header = window.table.horizontalHeader()
    assert header.isSortIndicatorShown()
    assert header.sortIndicatorSection() == COLUMN["added"] and shown(window, "added")
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert window.model.sort_key is None  # the arrow was set without a second query
    added = [window.model.index(r, COLUMN["added"]).data() for r in range(window.model.rowCount())]
    assert added == sorted(added)
    library = window.library
    library.create_queue("thesis")
    library.enqueue("thesis", window.model.ids[:3])
    window.view.refresh()
    window.sidebar.setCurrentIndex(window.sidebar_model.find("queue:thesis"))
    assert header.sortIndicatorSection() == COLUMN["position"] and header.isSortIndicatorShown()


def test_title_keeps_its_share_when_every_column_is_filled(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ids = window.model.ids
    window.view.apply(window.library.rate(ids[:2], 5))
    window.view.apply(window.library.tag(ids[:2], add=["vision", "few-shot"]))
    QApplication.processEvents()
    header = window.table.horizontalHeader()
    shown_now = [n for n in range(header.count()) if not header.isSectionHidden(n)]
    assert len(shown_now) == 7  # Rating, Title, Authors, Date, Status, Tags, Added
    title = header.sectionSize(COLUMN["title"])
    # What the minor columns spare at their least: Authors keeps its width (trial 5).
    assert title >= 0.3 * window.table.viewport().width()
    assert all(header.sectionSize(n) * 2 < title for n in shown_now if n != COLUMN["title"])
    assert window.table.horizontalScrollBar().maximum() == 0
