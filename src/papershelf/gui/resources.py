"""The app's resources (resources/ in a checkout, papershelf.resources once installed).

Files are read through importlib.resources so that they load the same from a checkout, an
editable install and a wheel.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from papershelf.gui.colours import GOLD, GRAPHIC_CONTRAST, muted_text, readable_on

APP_ID = "io.github.papershelf.Papershelf"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ERROR_RED = "#d04437"
WARNING_AMBER = "#c77700"


def resource(name: str) -> Traversable:
    return files("papershelf.resources").joinpath(name)


def stylesheet(palette: QPalette | None = None) -> str:
    """papershelf.qss with its @names@ filled in for this palette (the application's if None)."""
    palette = palette or QGuiApplication.palette()
    filled = {
        "error": readable_on(ERROR_RED, palette),
        "warning": readable_on(WARNING_AMBER, palette),
        "muted": muted_text(palette),
        "star": readable_on(GOLD, palette, GRAPHIC_CONTRAST),
    }
    text = resource("papershelf.qss").read_text(encoding="utf-8")
    for name, colour in filled.items():
        text = text.replace(f"@{name}@", colour.name())
    return text


@cache
def app_icon() -> QIcon:
    """The PNGs rendered from papershelf.svg (scripts/render_icons.py), one per usual size: a
    taskbar or window manager takes the size it wants, and no SVG plug-in is needed."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource(f"icons/papershelf-{size}.png")))
    return icon


class PaletteFollower(QObject):
    """Fills the stylesheet in again when the system switches between light and dark."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and isinstance(
            watched, QApplication
        ):
            restyle(watched)
        return False


def restyle(app: QApplication) -> None:
    sheet = stylesheet(app.palette())
    if app.styleSheet() != sheet:  # setting the same sheet again would only cost a repaint
        app.setStyleSheet(sheet)


def apply_look(app: QApplication) -> None:
    """The icon on every window and dialog, and the stylesheet over the system's palette."""
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)
    restyle(app)
    if app.findChild(PaletteFollower) is None:
        app.installEventFilter(PaletteFollower(app))


# Freedesktop theme names first (the user's icon theme), then the icons drawn for the project.
ACTION_ICONS = {
    "import": "document-open",
    "paste": "edit-paste",
    "export": "document-save-as",
    "new": "list-add",
    "tag": "tag",
    "rate": "starred",
    "status": "emblem-default",
    "queue": "view-list-details",
    "undo": "edit-undo",
    "redo": "edit-redo",
    "search": "edit-find",
}


@cache
def action_icon(name: str) -> QIcon:
    themed = QIcon.fromTheme(ACTION_ICONS[name])
    if not themed.isNull():
        return themed
    return QIcon(str(resource(f"icons/actions/{name}.svg")))
