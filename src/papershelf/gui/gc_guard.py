"""Python's cycle collector runs only on the GUI thread while the window is up.

The collector runs in whichever thread happens to allocate when a threshold is crossed. On a
worker thread (an import, the sync exchange) it can free a cycle holding a Qt object the GUI
thread owns, and Qt then destroys that object on the wrong thread: a segfault in
"Garbage-collecting" seen in CI during an import. calibre solves it the same way: automatic
collection off, and the thresholds checked from a timer on the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Disables automatic collection and collects, generation by generation, on a timer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._thresholds = gc.get_threshold()
        gc.disable()
        self.collected = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(INTERVAL_MS)

    def collect_due(self) -> None:
        """The generations whose allocation counts passed their thresholds, as gc would."""
        counts = gc.get_count()
        generation = -1
        for level, (count, threshold) in enumerate(zip(counts, self._thresholds, strict=True)):
            if threshold and count > threshold:
                generation = level
            else:
                break
        if generation >= 0:
            self.collected += gc.collect(generation)

    def stop(self) -> None:
        """Hands collection back to Python (tests, or a window that closes for good)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
