"""Where the window opens: inside the screen's available area, window manager frame included.

Before the window manager has framed the window its frame is unknown, so a frame is guessed
(a title bar and thin borders); once shown, the real frame corrects the guess.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize

FRAME_GUESS = QMargins(8, 40, 8, 8)  # left, top (title bar), right, bottom
PREFERRED = (1400, 860)  # the first-run size wherever it fits
LARGE = (1600, 1000)  # on a large screen: 90% of it, up to this
SHARE = 0.9
NO_LEAST = QSize(0, 0)


def _side(available: int, frame: int, preferred: int, large: int) -> int:
    return max(min(large, int(available * SHARE)), min(preferred, available - frame))


def first_geometry(available: QRect, frame: QMargins = FRAME_GUESS) -> QRect:
    """The first-run window (client area), centred: 1400x860 where it fits with its frame,
    90% of a large screen, the whole available area less the frame on a small one."""
    width = _side(available.width(), frame.left() + frame.right(), PREFERRED[0], LARGE[0])
    height = _side(available.height(), frame.top() + frame.bottom(), PREFERRED[1], LARGE[1])
    outer = QRect(0, 0, width + frame.left() + frame.right(), height + frame.top() + frame.bottom())
    outer.moveCenter(available.center())
    return outer.marginsRemoved(frame)


def clamped(
    geometry: QRect, available: QRect, frame: QMargins = FRAME_GUESS, least: QSize = NO_LEAST
) -> QRect:
    """The window (client area) moved, and shrunk if need be, so that it fits in `available`
    with its frame: a geometry saved on a larger screen, or off the edge of this one. Never
    smaller than `least`, the size the window cannot go below: it is moved up as far as that
    takes instead (a smaller size asked for would be taken for the reader's own resize)."""
    inner = available.marginsRemoved(frame)
    width = max(min(geometry.width(), inner.width()), least.width())
    height = max(min(geometry.height(), inner.height()), least.height())
    x = min(max(geometry.x(), inner.left()), inner.left() + inner.width() - width)
    y = min(max(geometry.y(), inner.top()), inner.top() + inner.height() - height)
    return QRect(x, y, width, height)


def frame_of(geometry: QRect, frame_geometry: QRect) -> QMargins:
    """The window manager's frame around the client area, as shown."""
    return QMargins(
        geometry.left() - frame_geometry.left(),
        geometry.top() - frame_geometry.top(),
        frame_geometry.right() - geometry.right(),
        frame_geometry.bottom() - geometry.bottom(),
    )
