"""The window keeps the library's kept-updated .bib files current.

Every change the window sees (its own writes, an import on a worker's connection, the CLI) moves
a cheap change counter; the first change starts a short single-shot timer, and when it fires
the files are brought up to date. A burst of changes costs one refresh, and no change waits
more than about two seconds. The refresh runs on the window's own connection: a worker's
writes (the export cache) would look like someone else's change and reload the view.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from papershelf.library import Library
from papershelf.library.autoexport import Outcome

POLL_MS = 400
DELAY_MS = 1000


class AutoExporter(QObject):
    refreshed = Signal(list)  # the outcomes of one refresh
    failed = Signal(str)  # a message for the status bar

    def __init__(
        self,
        library: Library,
        parent: QObject | None = None,
        *,
        poll_ms: int = POLL_MS,
        delay_ms: int = DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.seen: tuple[int, int] | None = None  # None: refresh once at start
        self.poll = QTimer(self)
        self.poll.setInterval(poll_ms)
        self.poll.timeout.connect(self.check)
        self.delay = QTimer(self)
        self.delay.setSingleShot(True)
        self.delay.setInterval(delay_ms)
        self.delay.timeout.connect(self.refresh)
        self.poll.start()

    def _token(self) -> tuple[int, int]:
        return self.library.conn.total_changes, self.library.data_version()

    def check(self) -> None:
        """Schedule a refresh if the library changed; a pending one is not pushed back."""
        if self._token() != self.seen and not self.delay.isActive():
            self.delay.start()

    def refresh(self) -> list[Outcome]:
        self.delay.stop()
        outcomes = self.library.refresh_autoexports()
        self.seen = self._token()  # our own cache and status writes are not a change
        errors = [outcome.error for outcome in outcomes if outcome.error]
        if errors:
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            self.failed.emit(f"Kept-updated file not written: {errors[0]}{more}")
        self.refreshed.emit(outcomes)
        return outcomes

    def flush(self) -> None:
        """Write what is pending now (the window is closing)."""
        self.poll.stop()
        if self.delay.isActive() or self._token() != self.seen:
            self.refresh()
