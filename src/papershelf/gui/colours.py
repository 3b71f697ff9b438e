"""Colours that stay readable on the system's palette, light or dark.

The few fixed hues (an error's red, a warning's amber, the stars' gold) are kept as hues and
made lighter or darker until they reach a contrast ratio (WCAG 2) against the palette's base.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

TEXT_CONTRAST = 4.5  # WCAG AA for text
GRAPHIC_CONTRAST = 3.0  # WCAG AA for symbols and parts of a control (stars, a progress bar)
GOLD = "#e0a100"  # the stars' colour, darkened on a light base until it has that contrast


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2): 0 for black, 1 for white."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: QColor, other: QColor) -> float:
    """The contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ink_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on this fill."""
    black, white = QColor("#000000"), QColor("#ffffff")
    return black if contrast(fill, black) >= contrast(fill, white) else white


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def readable(
    colour: str | QColor, background: QColor, minimum: float = TEXT_CONTRAST, *also: QColor
) -> QColor:
    """The colour's hue, lightened on a dark background or darkened on a light one just enough
    to reach `minimum` contrast against it (and against the `also` backgrounds)."""
    shade = QColor(colour)
    lighten = background.lightness() < 128
    hue, saturation, lightness = shade.hslHue(), shade.hslSaturation(), shade.lightness()
    while min(contrast(shade, b) for b in (background, *also)) < minimum and 0 < lightness < 255:
        lightness = min(255, lightness + 6) if lighten else max(0, lightness - 6)
        shade = QColor.fromHsl(max(hue, 0), saturation, lightness)
    return shade


def readable_on(colour: str | QColor, palette: QPalette, minimum: float = TEXT_CONTRAST) -> QColor:
    """Readable on the palette's base (views) and window (labels, panes) colours alike."""
    base, window = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Window)
    return readable(colour, base, minimum, window)


def muted_text(palette: QPalette) -> QColor:
    """Text quieter than the body's (hints, empty states) that still reads: half-way from the
    text colour towards the base, pulled back until it has the contrast text needs."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    blend = QColor.fromRgbF(
        (text.redF() + base.redF()) / 2,
        (text.greenF() + base.greenF()) / 2,
        (text.blueF() + base.blueF()) / 2,
    )
    return readable(blend, base)


def dimmed_text(palette: QPalette) -> QColor:
    """Text of something done with (a read paper in a queue): the palette's disabled text, or,
    where the palette gives none that differs, the text half-way towards the base; darkened
    or lightened to a symbol's contrast where it would be too faint to read."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    dimmed = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    if contrast(dimmed, text) < 1.5:
        dimmed = QColor.fromRgbF(
            (text.redF() + base.redF()) / 2,
            (text.greenF() + base.greenF()) / 2,
            (text.blueF() + base.blueF()) / 2,
        )
    return readable(dimmed, base, GRAPHIC_CONTRAST)
