"""The app's resources (resources/ in a checkout, papershelf.resources once installed).

Files are read through importlib.resources so that they load the same from a checkout, an
editable install and a wheel.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

APP_ID = "io.github.papershelf.Papershelf"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resource(name: str) -> Traversable:
    return files("papershelf.resources").joinpath(name)


def stylesheet() -> str:
    return resource("papershelf.qss").read_text(encoding="utf-8")


@cache
def app_icon() -> QIcon:
    """The PNGs rendered from papershelf.svg (scripts/render_icons.py), one per usual size: a
    taskbar or window manager takes the size it wants, and no SVG plug-in is needed."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource(f"icons/papershelf-{size}.png")))
    return icon


def apply_look(app: QApplication) -> None:
    """The icon on every window and dialog, and the stylesheet over the system's palette."""
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)
    app.setStyleSheet(stylesheet())


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
