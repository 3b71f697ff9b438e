"""The app's resources (resources/ in a checkout, papershelf.resources once installed).

Files are read through importlib.resources so that they load the same from a checkout, an
editable install and a wheel.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from papershelf.gui.colours import muted_text, readable_on

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


ACTION_ICONS = (
    "import",
    "paste",
    "export",
    "new",
    "tag",
    "rate",
    "status",
    "queue",
    "undo",
    "redo",
    "search",
)
ICON_INK = "#5a6b7d"  # the stroke colour the SVGs are drawn with, replaced by the palette's
ICON_PIXELS = (16, 22, 24, 32, 48)


def icon_ink(palette: QPalette | None = None) -> QColor:
    """The palette's text colour: the icons read as well as the labels, light or dark."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


def action_icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The project's own icon (never the desktop theme's: one set, the same on every system),
    drawn in the palette's text colour."""
    return _inked_icon(name, icon_ink(palette).name())


@cache
def _inked_icon(name: str, ink: str) -> QIcon:
    svg = resource(f"icons/actions/{name}.svg").read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(svg.replace(ICON_INK, ink).encode("utf-8")))
    icon = QIcon()
    for size in ICON_PIXELS:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
