"""The window's look on the real window: icon, stylesheet from resources/, toolbar, Help menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QTextBrowser, QToolButton

from papershelf import __version__
from papershelf.gui.dialogs.help import ShortcutsDialog
from papershelf.gui.main_window import MainWindow
from papershelf.gui.resources import stylesheet


def menu_texts(window: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_window_and_application_carry_the_icon_and_the_stylesheet(window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sizes = {s.width() for s in window.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert not app.windowIcon().isNull()
    assert app.styleSheet() == stylesheet()
    assert "palette(highlight)" in app.styleSheet()  # focus follows the system's palette
    assert window.search_error.styleSheet() == ""  # colours live in the stylesheet


def test_toolbar_has_the_everyday_actions_with_icons_and_shortcut_tips(
    window: MainWindow,
) -> None:
    bar = window.menus.toolbar
    actions = [a for a in bar.actions() if not a.isSeparator()]
    tips = [a.toolTip() for a in actions]
    assert all(not a.icon().isNull() for a in actions)
    for expected in (
        "Import listing files (Ctrl+I)",
        "Paste listing from clipboard (Ctrl+Shift+V)",
        "Export (Ctrl+Shift+E)",
        "Redo (Ctrl+Shift+Z)",
        "New queue",
        "Tag selected papers (Ctrl+T)",
        "Add to queue (Q)",
        "Find (Ctrl+F)",
    ):
        assert expected in tips
    rate = next(a for a in actions if a.toolTip().startswith("Rate"))
    button = bar.widgetForAction(rate)
    assert isinstance(button, QToolButton)
    assert button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup
    assert len(rate.menu().actions()) == 6


def test_toolbar_rating_menu_rates_the_selection(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.table.selectRow(0)
    paper_id = window.model.ids[0]
    window.menus.rating_menu.actions()[4].trigger()
    assert window.library.paper(paper_id)["rating"] == 4


def shown_dialog(window: MainWindow, name: str) -> QDialog:
    dialog = window.findChild(QDialog, name)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_help_menu_lists_the_real_shortcuts(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert menu_texts(window)[-1] == "Help"
    qtbot.keyClick(window.table, Qt.Key.Key_F1)
    dialog = shown_dialog(window, "shortcutsDialog")
    assert isinstance(dialog, ShortcutsDialog)
    rows = [
        (item.text(0), item.text(1))
        for item in (dialog.list.topLevelItem(n) for n in range(dialog.list.topLevelItemCount()))
    ]
    for row in (
        ("Ctrl+I", "Import listing files"),
        ("Ctrl+Shift+V", "Paste listing from clipboard"),
        ("Ctrl+T", "Tag selected papers"),
        ("Ctrl+D", "Reading dashboard"),
        ("Ctrl+Q", "Quit"),
    ):
        assert row in rows
    # Every shortcut bound in the menus is in the list.
    for action in window.menus.all_actions():
        keys = action.shortcut().toString()
        assert not keys or keys in dialog.listed_keys()


def test_help_about_names_version_library_and_licences(window: MainWindow) -> None:
    help_menu = window.menuBar().actions()[-1].menu()
    about = next(a for a in help_menu.actions() if "About" in a.text())
    about.trigger()
    text = shown_dialog(window, "aboutDialog").findChild(QTextBrowser).toPlainText()
    assert __version__ in text
    assert str(window.library.path) in text
    assert "PySide6-Essentials" in text and "LGPL" in text
    assert "bibtexparser" in text and "MIT" in text


def test_help_search_syntax(window: MainWindow) -> None:
    help_menu = window.menuBar().actions()[-1].menu()
    next(a for a in help_menu.actions() if "Search syntax" in a.text()).trigger()
    text = shown_dialog(window, "searchSyntaxDialog").findChild(QTextBrowser).toPlainText()
    assert "tag:vision" in text and "year:>=2022" in text
