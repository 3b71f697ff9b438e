"""Trial 11: the dashboard (Ctrl+D) stayed on top of the main window and covered the table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from papershelf.gui.main_window import MainWindow


def test_the_dashboard_is_a_window_of_its_own_not_kept_above_the_main_one(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    """A dialog with the window as its parent is its transient: window managers (openbox in
    the trial) keep it above the window, so it covered the table while one worked there."""
    dashboard = window.show_dashboard()
    qtbot.waitExposed(dashboard)
    assert dashboard.windowType() == Qt.WindowType.Window  # a normal window, not a dialog
    assert not dashboard.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert not dashboard.isModal()
    handle = dashboard.windowHandle()
    assert handle is not None and handle.transientParent() is None
    # Ctrl+D brings the open one forward; it still follows the library, and goes with the window.
    assert window.show_dashboard() is dashboard
    window.library.set_status([window.model.ids[0]], "read")
    window.view.refresh()
    window.dashboard_follows(window.library.set_status([window.model.ids[1]], "read"))
    qtbot.waitUntil(lambda: "Read: 2" in dashboard.status_line.text())
    window.close()
    assert not dashboard.isVisible()
