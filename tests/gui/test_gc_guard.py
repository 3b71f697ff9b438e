"""The cycle collector runs on the GUI thread only, so a worker never frees a Qt object."""

from __future__ import annotations

import gc
import threading

from papershelf.gui.gc_guard import GuiThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def _threads_seen_collecting(work: threading.Thread) -> set[str]:
    seen: set[str] = set()

    def watch(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            seen.add(threading.current_thread().name)

    gc.callbacks.append(watch)
    try:
        work.start()
        work.join()
    finally:
        gc.callbacks.remove(watch)
    return seen


def test_a_worker_allocating_cycles_never_collects(
    qtbot, collect_on_the_gui_thread: GuiThreadCollector
) -> None:  # type: ignore[no-untyped-def]
    assert not gc.isenabled()
    worker = threading.Thread(target=lambda: [_Cycle() for _ in range(200_000)], name="worker")
    assert "worker" not in _threads_seen_collecting(worker)
    # ... and the GUI thread's timer collects what the worker left behind.
    qtbot.waitUntil(lambda: collect_on_the_gui_thread.collected > 0, timeout=5000)


def test_stopping_hands_collection_back(qapp) -> None:  # type: ignore[no-untyped-def]
    gc.enable()
    collector = GuiThreadCollector()
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()
    gc.disable()  # the autouse fixture's collector is still running for this test
