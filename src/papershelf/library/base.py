"""What every use case shares: the open library file and one transaction per action."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Self

from papershelf.core.text import counted
from papershelf.store import fts, undo
from papershelf.store.connection import checkpoint, connect, transaction

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def papers_phrase(ids: Sequence[int]) -> str:
    return counted(len(ids), "paper")


def checkpoint_file(path: Path | str) -> tuple[int, int]:
    """Fold a library's write-ahead log into its file on a fresh connection (any thread)."""
    return checkpoint(path)


class LibraryBase:
    """One library file. Every write is one transaction."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.db = connect(path)
        self.conn = self.db.conn

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self, label: str, *, undoable: bool = True) -> Iterator[set[int]]:
        """One transaction and one undo step; papers in the yielded set get tags and notes
        re-indexed (their listing text is re-indexed by triggers)."""
        ids: set[int] = set()
        with transaction(self.db):
            if undoable:
                undo.begin(self.conn, label)
            try:
                yield ids
            finally:
                undo.end(self.conn)
            if ids:
                fts.refresh(self.conn, ids)

    def protected_files(self) -> list[Path]:
        """The library's own files, which no export or backup may overwrite."""
        suffixes = ("-wal", "-shm", "-journal")
        return [self.path, *(self.path.with_name(self.path.name + s) for s in suffixes)]

    def checkpoint(self) -> tuple[int, int]:
        """Fold the write-ahead log into the library file (the GUI does this when idle)."""
        return checkpoint_file(self.path)
