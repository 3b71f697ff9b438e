"""Which of the folder's files a library has taken in: those read whole (`seen` in
`sync_state`), and those a snapshot read whole holds (`snapshots`: by device, the number of
its newest snapshot taken in whole; a refused one does not count)."""

from __future__ import annotations

import json

from papershelf.library import Library
from papershelf.store import sync_rows
from papershelf.sync import folder as files


def name(entry: files.Entry) -> str:
    return f"{entry.device}/{entry.path.name}"


def files_read(library: Library, entries: list[files.Entry]) -> set[str]:
    """The files taken in whole before, and those a snapshot taken in since holds."""
    seen = set(json.loads(sync_rows.get_state(library.conn, "seen") or "[]"))
    return seen | covered(entries, snapshots(library))


def snapshots(library: Library) -> dict[str, int]:
    return dict(json.loads(sync_rows.get_state(library.conn, "snapshots") or "{}"))


def covered(entries: list[files.Entry], newest: dict[str, int]) -> set[str]:
    """A device's files older than a snapshot of it taken in whole: the snapshot holds them.
    Its writer removes them, but a sync engine may pass that on late, or bring one back (a
    half copy that never completes, after the writer sent everything again: sync/own.py)."""
    return {name(e) for e in entries if e.seq < newest.get(e.device, 0)}
