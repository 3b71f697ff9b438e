"""A big arrival written into the library in short transactions (docs/SYNC.md, "A big
arrival"): a first sync to a new machine, or a peer's large import, no longer holds the write
lock for all of it, so the reader's edits meanwhile go through.

The document, with the arrival in it, is saved first, beside the list of papers still to
write and the document the library matched before the arrival (`arrival`, `arrival_base` in
sync_state); then each transaction writes one batch of papers, the queues as far as the
library holds their papers, and the shorter list. A batch is a consistent unit and writing a
paper again is harmless, so a process killed between batches leaves a library that its next
exchange finishes.

The reader's edits made meanwhile go into the document at the start of each transaction. A
paper still to be written is in the library as it was before the arrival, so its edit is taken
against that older document and merged into the newer one by pycrdt (the edit and the arrival
both stay, as between two machines); the paper is then written in that same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from sqlite3 import Connection
from typing import Any

from pycrdt import Doc

from papershelf.store import sync_dirty, sync_rows
from papershelf.sync import folder as files
from papershelf.sync import names
from papershelf.sync.doc import SharedDoc
from papershelf.sync.mapping import push

BIG_ARRIVAL_BYTES = 256 * 1024  # arrivals this large (about 1,000 new papers) go in batches
PULL_BATCH = 500  # papers written per transaction
ARRIVAL = "arrival"  # {"pull": [gids to write, in order], "arrived": [gids new to the document]}
ARRIVAL_DONE = "arrival_done"  # {"cursor": papers of `pull` written, "early": [written ahead]}
ARRIVAL_BASE = "arrival_base"  # the document the library matched before the arrival


def big(arriving: list[files.Loaded]) -> bool:
    return sum(len(loaded.payload) for loaded in arriving) >= BIG_ARRIVAL_BYTES


def pending(conn: Connection) -> bool:
    """Whether an arrival is still being written (or was cut short and waits to be finished)."""
    return sync_rows.get_state(conn, ARRIVAL) is not None


class Arrival:
    """The papers of an arrival still to be written, and how to take the reader's edits in.

    The list is saved once; each batch saves only how far it got (and the papers written
    ahead of their turn, because the reader edited them), so a batch costs the same at the
    start of a 100k-paper arrival as at its end."""

    def __init__(
        self,
        shared: SharedDoc,
        base: bytes,
        order: list[str],
        arrived: Collection[str],
        done: tuple[int, Collection[str]] = (0, ()),
    ) -> None:
        self.shared = shared
        self.base = base
        self.order = list(order)
        self.arrived = set(arrived)
        self.cursor, self.early = done[0], set(done[1])
        self._position = {gid: index for index, gid in enumerate(self.order)}
        self._base: SharedDoc | None = None

    @classmethod
    def resumed(cls, conn: Connection, shared: SharedDoc) -> Arrival | None:
        kept = sync_rows.get_state(conn, ARRIVAL)
        if kept is None:
            return None
        found: dict[str, Any] = json.loads(kept)
        done = json.loads(sync_rows.get_state(conn, ARRIVAL_DONE) or '{"cursor": 0, "early": []}')
        base = sync_rows.get_state(conn, ARRIVAL_BASE) or b""
        return cls(shared, base, found["pull"], found["arrived"], (done["cursor"], done["early"]))

    def start(self, conn: Connection) -> None:
        """In the first transaction: the list, and the older document for a resumed arrival."""
        kept = {"pull": self.order, "arrived": sorted(self.arrived)}
        sync_rows.put_state(conn, ARRIVAL, json.dumps(kept))
        sync_rows.put_state(conn, ARRIVAL_BASE, self.base)

    def save(self, conn: Connection) -> None:
        if self.left():
            done = {"cursor": self.cursor, "early": sorted(self.early)}
            sync_rows.put_state(conn, ARRIVAL_DONE, json.dumps(done))
            return
        for key in (ARRIVAL, ARRIVAL_DONE, ARRIVAL_BASE):
            sync_rows.put_state(conn, key, None)
        self.close()

    def left(self) -> int:
        """How many papers are still to be written."""
        return len(self.order) - self.cursor - len(self.early)

    def to_come(self, gid: str) -> bool:
        position = self._position.get(gid)
        return position is not None and position >= self.cursor and gid not in self.early

    def still_to_come(self) -> list[str]:
        return [gid for gid in self.order[self.cursor :] if gid not in self.early]

    def next_batch(self) -> list[str]:
        batch: list[str] = []
        for gid in self.order[self.cursor : self.cursor + PULL_BATCH + len(self.early)]:
            if gid not in self.early and len(batch) < PULL_BATCH:
                batch.append(gid)
        return batch

    def written(self, batch: list[str], ahead: Collection[str]) -> None:
        """The batch and the papers written ahead of their turn are in the library."""
        if batch:
            self.cursor = self._position[batch[-1]] + 1
        self.early |= set(ahead)
        self.early = {gid for gid in self.early if self._position[gid] >= self.cursor}

    def catch_up(self, conn: Connection) -> tuple[set[str], set[str]]:
        """The reader's edits since the last commit become this device's changes; returns
        (the papers they touched, those among them still to be written)."""
        sync_rows.assign_gids(conn, changed_only=True)
        present, missing, queues = sync_dirty.noted(conn)
        waiting = {gid for gid in present | missing if self.to_come(gid)}
        if waiting:
            base = self._base_doc()
            before = base.doc.get_state()
            push(conn, base, present & waiting, missing & waiting, False)
            self.shared.doc.apply_update(base.doc.get_update(before))
        push(conn, self.shared, present - waiting, missing - waiting, queues)
        names.push(conn, self.shared)  # whole values: later than the arrival's, so they win
        sync_dirty.clear(conn)
        return present | missing, waiting

    def _base_doc(self) -> SharedDoc:
        if self._base is None:
            doc: Doc[Any] = Doc()
            if self.base:
                doc.apply_update(self.base)
            self._base = SharedDoc(doc, self.shared.clock)
        return self._base

    def close(self) -> None:
        if self._base is not None:
            self._base.close()
            self._base = None
