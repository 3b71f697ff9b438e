"""Growing a highlight over a large view with Shift+PageDown (trial 12), key press to repaint.

    PYTHONPATH=src:. python benchmarks/range_highlight.py [--size 20000] [--rows 5000]

Prints, for the real window (offscreen) on a library of `--size` papers (the single-paper
action bench's library), the milliseconds each Shift+PageDown took until `--rows` papers were
highlighted: median, p95, the last step and the sum (a held key's whole freeze). Baseline:
the same key presses on a bare QTableView over the same table model, in the same process, so
the window's own work on a selection change is what the two columns differ by.
Not part of `make bench`; the figures go to benchmarks/NOTES.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

from benchmarks.action_data import build
from papershelf.gui.main_window import MainWindow
from papershelf.library import Library


def highlighted(table: QTableView) -> int:
    """Rows highlighted, off the selection's ranges (untimed; cheap whatever the code)."""
    spans = table.selectionModel().selection()
    return sum(spans.at(i).height() for i in range(spans.count()))


def grow(app: QApplication, table: QTableView, rows: int) -> list[float]:
    """Milliseconds per Shift+PageDown from the first row until `rows` rows are highlighted."""
    table.setFocus()
    table.selectRow(0)
    steps: list[float] = []
    while highlighted(table) < rows:
        start = time.perf_counter()
        QTest.keyClick(table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ShiftModifier)
        app.processEvents()
        steps.append((time.perf_counter() - start) * 1000)
    return steps


def summary(steps: list[float]) -> str:
    p95 = statistics.quantiles(steps, n=20, method="inclusive")[18]
    return (
        f"{len(steps)} steps: median {statistics.median(steps):,.0f} ms, p95 {p95:,.0f} ms, "
        f"last {steps[-1]:,.0f} ms, sum {sum(steps) / 1000:,.1f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--rows", type=int, default=5_000)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = build(Path(folder) / f"range-{args.size}.db", args.size)
        settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
        library = Library(path)
        window = MainWindow(library, settings=settings)
        window.resize(1400, 800)
        window.show()
        app.processEvents()
        ours = grow(app, window.table, args.rows)
        bare = QTableView()
        bare.setModel(window.model)
        bare.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        bare.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        bare.resize(1000, 800)
        bare.show()
        app.processEvents()
        base = grow(app, bare, args.rows)
        window.close()
        library.close()
    print(f"window, {args.size:,} papers, to {args.rows:,} highlighted: {summary(ours)}")
    print(f"bare QTableView, same model:          {summary(base)}")


if __name__ == "__main__":
    main()
