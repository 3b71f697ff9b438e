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
ARRIVAL = "arrival"  # {"pull": [gids still to write], "arrived": [gids new to the document]}
ARRIVAL_BASE = "arrival_base"  # the document the library matched before the arrival


def big(arriving: list[files.Loaded]) -> bool:
    return sum(len(loaded.payload) for loaded in arriving) >= BIG_ARRIVAL_BYTES


def pending(conn: Connection) -> bool:
    """Whether an arrival is still being written (or was cut short and waits to be finished)."""
    return sync_rows.get_state(conn, ARRIVAL) is not None


class Arrival:
    """The papers of an arrival still to be written, and how to take the reader's edits in."""

    def __init__(
        self, shared: SharedDoc, base: bytes, pull: list[str], arrived: Collection[str]
    ) -> None:
        self.shared = shared
        self.base = base
        self.pull = list(pull)
        self.arrived = set(arrived)
        self._base: SharedDoc | None = None

    @classmethod
    def resumed(cls, conn: Connection, shared: SharedDoc) -> Arrival | None:
        kept = sync_rows.get_state(conn, ARRIVAL)
        if kept is None:
            return None
        found: dict[str, Any] = json.loads(kept)
        base = sync_rows.get_state(conn, ARRIVAL_BASE) or b""
        return cls(shared, base, found["pull"], found["arrived"])

    def start(self, conn: Connection) -> None:
        """In the first transaction: the older document, kept for a resumed arrival."""
        sync_rows.put_state(conn, ARRIVAL_BASE, self.base)

    def save(self, conn: Connection) -> None:
        if self.pull:
            kept = {"pull": self.pull, "arrived": sorted(self.arrived)}
            sync_rows.put_state(conn, ARRIVAL, json.dumps(kept))
        else:
            sync_rows.put_state(conn, ARRIVAL, None)
            sync_rows.put_state(conn, ARRIVAL_BASE, None)
            self.close()

    def next_batch(self) -> list[str]:
        return self.pull[:PULL_BATCH]

    def written(self, gids: Collection[str]) -> None:
        done = set(gids)
        self.pull = [gid for gid in self.pull if gid not in done]

    def catch_up(self, conn: Connection) -> tuple[set[str], set[str]]:
        """The reader's edits since the last commit become this device's changes; returns
        (the papers they touched, those among them still to be written)."""
        sync_rows.assign_gids(conn, changed_only=True)
        present, missing, queues = sync_dirty.noted(conn)
        waiting = (present | missing) & set(self.pull)
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
