"""Child process for GUI figures: time to first painted rows, and peak RSS, offscreen."""

from __future__ import annotations

import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    mode, path = sys.argv[1], sys.argv[2]
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([])

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print(f"painted {time.time():.6f}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    probe = FirstPaint()
    if mode == "bare":
        window = QMainWindow()
        table = QTableView(window)
        window.setCentralWidget(table)
    else:
        from papershelf.gui.main_window import MainWindow
        from papershelf.library import Library

        settings = QSettings(
            os.path.join(os.path.dirname(path), "bench.ini"), QSettings.Format.IniFormat
        )
        window = MainWindow(Library(path), settings=settings)
        table = window.table
    table.viewport().installEventFilter(probe)
    window.resize(1400, 800)
    window.show()
    app.exec()
    print(f"rss_kb {peak_rss_kb()}", flush=True)


def peak_rss_kb() -> int:
    """This process's own peak (VmHWM): ru_maxrss would carry the parent's peak across exec."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    main()
