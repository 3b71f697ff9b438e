"""Child process for the single-paper action figures: the real window, offscreen, on a given
library; each action is timed from the key press (or the edit being committed) until the
window has painted what it changed. Prints one JSON object: action -> list of milliseconds.

    action_probe.py LIBRARY VIEW_KEY REPEATS
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from papershelf.gui.main_window import MainWindow
from papershelf.library import Library

RATING_KEYS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]
STATUS_KEYS = [Qt.Key.Key_T, Qt.Key.Key_G, Qt.Key.Key_N]  # to read, reading, new (issue 13)


class LastPaint(QObject):
    """When any watched widget last painted."""

    def __init__(self) -> None:
        super().__init__()
        self.at = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.at = time.perf_counter()
        return False


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def timed(app: QApplication, paint: LastPaint, action: Callable[[], object]) -> float:
    """Milliseconds from the start of `action` to the last paint it caused."""
    settle(app)
    start = time.perf_counter()
    paint.at = 0.0
    action()
    settle(app)
    end = max(paint.at, start)
    return (end - start) * 1000


def main() -> None:
    path, view, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
    app = QApplication([])
    folder = tempfile.mkdtemp()
    settings = QSettings(str(Path(folder) / "probe.ini"), QSettings.Format.IniFormat)
    library = Library(path)
    window = MainWindow(library, settings=settings)
    window.resize(1400, 800)
    window.show()
    settle(app)
    window.sidebar.setCurrentIndex(window.sidebar_model.find(view))
    settle(app)
    paint = LastPaint()
    watched: list[QWidget] = [window.table.viewport(), window.sidebar.viewport(), window.detail]
    for widget in watched:
        widget.installEventFilter(paint)
    table, detail = window.table, window.detail
    table.selectRow(3)
    table.setFocus()
    detail.add_note()  # the note whose text is saved below
    table.setFocus()
    settle(app)
    tag = "topic-042"
    figures: dict[str, list[float]] = {
        "rate": [],
        "status": [],
        "tag": [],
        "note": [],
        "move": [],
    }

    def toggle_tag() -> None:
        tags = [t.strip() for t in detail.tags.text().split(",") if t.strip()]
        detail.tags.setText(
            ", ".join([t for t in tags if t != tag] if tag in tags else [*tags, tag])
        )
        detail.tags.editingFinished.emit()

    def save_note() -> None:
        detail.flush_note()  # what the typing timer does once the reader pauses

    def press(key: Qt.Key) -> Callable[[], None]:
        return lambda: QTest.keyClick(table, key)

    for n in range(repeats):
        figures["rate"].append(timed(app, paint, press(RATING_KEYS[n % 5])))
        figures["status"].append(timed(app, paint, press(STATUS_KEYS[n % len(STATUS_KEYS)])))
        figures["tag"].append(timed(app, paint, toggle_tag))
        detail.note_edit.setPlainText(f"Note {n}: the method, its kernels and its baselines.")
        figures["note"].append(timed(app, paint, save_note))
        table.setFocus()
        for direction in (Qt.Key.Key_Down, Qt.Key.Key_Up):  # back on the paper with the note
            figures["move"].append(timed(app, paint, press(direction)))
    window.close()
    library.close()
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
