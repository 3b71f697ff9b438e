"""A related-papers query outlives whatever asked for it: closing "More like these", or the
window, while its query runs leaves no error behind in the worker or the GUI thread."""

from __future__ import annotations

import gc
import time
from typing import Any

import shiboken6
from PySide6.QtCore import QThreadPool

from papershelf.gui.main_window import MainWindow
from papershelf.gui.widgets.related import RelatedTask
from papershelf.library import Library


def test_closing_more_like_these_while_its_query_runs(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch
) -> None:
    answer = Library.related

    def slow_related(library: Library, *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        time.sleep(0.05)  # as on a 100k library: the dialog closes before the answer
        return answer(library, *args, **kwargs)

    monkeypatch.setattr(Library, "related", slow_related)
    ids = window.library.query_ids()[:3]
    for _ in range(10):
        dialog = window.more_like_these(ids, "three papers")
        assert dialog is not None
        dialog.close()
        shiboken6.delete(dialog)  # as Qt deletes a closed dialog, its query still running
        del dialog
        gc.collect()
    assert QThreadPool.globalInstance().waitForDone(20000)
    qtbot.wait(200)  # pytest-qt fails the test on an exception in either thread


def test_a_query_whose_signal_object_is_gone_ends_quietly(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    # What quitting did once in a trial: the task's QObject deleted before the worker emitted.
    task = RelatedTask(window.library.path, window.library.query_ids()[:1], 1, 5, {})
    shiboken6.delete(task.signals)
    task.run()
