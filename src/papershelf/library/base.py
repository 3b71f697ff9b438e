"""What every use case shares: the open library file, one transaction per action, and the
sidebar's counts kept current by what each action changed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import MappingProxyType
from typing import Self

from papershelf.core.changes import ASPECTS, STATUS, TRASH, OpChanges, aspects_read
from papershelf.core.errors import ImportFailed
from papershelf.core.text import counted
from papershelf.files import same_file
from papershelf.store import counts, fts, overview, queue_views, undo
from papershelf.store.connection import checkpoint, connect, transaction

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
# Counts move by what the touched papers added before and after a write while they are few;
# more than this, and they are counted again when next asked for.
COUNTED_PAPERS = 2000


def papers_phrase(ids: Sequence[int]) -> str:
    return counted(len(ids), "paper")


def checkpoint_file(path: Path | str) -> tuple[int, int]:
    """Fold a library's write-ahead log into its file on a fresh connection (any thread)."""
    return checkpoint(path)


OWN_FILE = "is this library's own file, not a listing; nothing was read"


class LibraryBase:
    """One library file. Every write is one transaction."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.db = connect(path)
        self.conn = self.db.conn
        self._counts: Counter[str] | None = None  # None: count again when asked
        self._counted_at = -1  # data_version the counts were taken at
        self._smart: dict[str, str] = {}  # smart queue -> its search, as counted
        self._moved: dict[str, int] | None = {}  # what the last write moved (None: unknown)
        self.last_changes = OpChanges()  # what the newest action changed

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(
        self,
        label: str,
        *,
        undoable: bool = True,
        watch: Sequence[int] | None = None,
        aspects: Collection[str] = ASPECTS,
    ) -> Iterator[set[int]]:
        """One transaction and one undo step; papers in the yielded set get tags and notes
        re-indexed (their listing text is re-indexed by triggers).

        `watch`: the papers whose counts the write can move (None: any count may move);
        `aspects`: what it changes on them (smart queues that read none of it keep their
        members, and unless the status changes, their read counts too)."""
        ids: set[int] = set()
        with transaction(self.db):
            smart = self._smart_reading(aspects)
            before = self._keys_before(watch, smart)
            if undoable:
                undo.begin(self.conn, label)
            try:
                yield ids
            finally:
                undo.end(self.conn)
            if ids:
                fts.refresh(self.conn, ids)
            self._move_counts(watch, before, smart)

    def _smart_reading(self, aspects: Collection[str]) -> dict[str, str]:
        """The smart queues whose counts a change of these aspects can move."""
        if {STATUS, TRASH} & set(aspects):
            return self._smart
        return {
            name: query for name, query in self._smart.items() if aspects_read(query) & set(aspects)
        }

    def _keys_before(
        self, watch: Sequence[int] | None, smart: Mapping[str, str]
    ) -> Counter[str] | None:
        if not self._counts_current() or watch is None or len(watch) > COUNTED_PAPERS:
            return None
        return counts.paper_keys(self.conn, watch, smart) if watch else Counter()

    def _move_counts(
        self, watch: Sequence[int] | None, before: Counter[str] | None, smart: Mapping[str, str]
    ) -> None:
        if watch is not None and not watch:
            self._moved = {}
            return
        if before is None or watch is None or self._counts is None:
            self._counts, self._moved = None, None
            return
        moved = counts.paper_keys(self.conn, watch, smart)
        moved.subtract(before)
        self._moved = {}
        for key, step in moved.items():
            if step:
                self._counts[key] += step
                self._moved[key] = self._counts[key]

    def _queues_changed(self) -> None:
        """Queues were made, renamed or deleted: only the queues that are new get counted."""
        smart = queue_views.smart_queries(self.conn)
        if not self._counts_current() or any("queue:" in query for query in smart.values()):
            self._counts, self._moved = None, None  # a search may name a queue
            return
        assert self._counts is not None
        fresh = counts.plain_queue_counts(self.conn)
        for name, query in smart.items():
            if self._smart.get(name) != query:
                fresh.update(counts.smart_queue_counts(self.conn, name, query))
            else:
                fresh[f"queue:{name}"] = self._counts[f"queue:{name}"]
                fresh[f"queue-read:{name}"] = self._counts[f"queue-read:{name}"]
        self._moved = {}
        for key in [key for key in self._counts if key.startswith(("queue:", "queue-read:"))]:
            if key not in fresh:
                del self._counts[key]
                self._moved[key] = 0
        for key, value in fresh.items():
            if self._counts.get(key) != value or key not in self._counts:
                self._counts[key] = value
                self._moved[key] = value
        self._smart = smart

    def _counts_current(self) -> bool:
        return self._counts is not None and overview.data_version(self.conn) == self._counted_at

    def counts(self) -> Mapping[str, int]:
        """Every sidebar count by node key (see store.counts), counted in SQL when first asked
        or after another program wrote, then moved by this library's own writes."""
        if self._counts is None or not self._counts_current():
            self._smart = queue_views.smart_queries(self.conn)
            self._counts = counts.all_counts(self.conn, self._smart)
            self._counted_at = overview.data_version(self.conn)
        return MappingProxyType(self._counts)

    def _changes(
        self,
        papers: Iterable[int],
        *aspects: str,
        queues: Iterable[str] = (),
        tag_list: bool = False,
        queue_list: bool = False,
    ) -> OpChanges:
        """What the write just done changed: these papers, these aspects, the counts moved."""
        moved = self._moved
        self.last_changes = OpChanges.on(
            papers,
            *aspects,
            counts=moved or {},
            recount=moved is None,
            queues=queues,
            tag_list=tag_list,
            queue_list=queue_list,
        )
        return self.last_changes

    def _changed_everything(self) -> OpChanges:
        """After a write whose effects are not listed (an import, undo, a restore)."""
        self._counts, self._moved = None, None
        self.last_changes = OpChanges.all()
        return self.last_changes

    def protected_files(self) -> list[Path]:
        """The library's own files, which no export or backup may overwrite."""
        suffixes = ("-wal", "-shm", "-journal")
        return [self.path, *(self.path.with_name(self.path.name + s) for s in suffixes)]

    def is_own_file(self, path: Path | str) -> bool:
        return any(same_file(Path(path), own) for own in self.protected_files())

    def refuse_own_file(self, path: Path | str) -> None:
        """Reading the library's own files as a listing would open and close them in this
        process, which drops the locks SQLite holds on them (and no listing is in them)."""
        if self.is_own_file(path):
            raise ImportFailed(str(path), OWN_FILE)

    def checkpoint(self) -> tuple[int, int]:
        """Fold the write-ahead log into the library file (the GUI does this when idle)."""
        return checkpoint_file(self.path)
