"""This device's own files in the folder, as it wrote them.

A device never reads its own files again, so if a sync engine puts another copy over one (a
half copy that another machine took for an edit, since it is newer) or removes one, the changes
in it would reach no one, silently. Each exchange therefore looks at them (a stat each); one
that is no longer what was written, or is gone, makes the exchange send everything again as a
snapshot, which also removes it (docs/SYNC.md, "Own files")."""

from __future__ import annotations

import json
from pathlib import Path
from sqlite3 import Connection

from papershelf.library import Library
from papershelf.store import sync_rows
from papershelf.store.connection import transaction
from papershelf.sync import folder as files
from papershelf.sync.identity import kept_state

KEY = "own_files"  # sync_state: {file name: its stat when written} since the last snapshot


def lost(library: Library, entries: list[files.Entry], device: str, library_id: str) -> bool:
    """Whether a file this device wrote since its last snapshot is gone or no longer whole.
    A file whose stat moved but which still checks (an engine that touched it) is kept with
    its new stat; a library from before this record checks its files once, by reading them."""
    mine = {e.path.name: e for e in entries if e.device == device}
    kept = kept_state(library, KEY)
    if kept is None:
        expected: dict[str, files.Stat | None] = dict.fromkeys(_since_snapshot(mine))
    else:
        expected = {name: tuple(value) for name, value in json.loads(kept).items()}
    now: dict[str, files.Stat] = {}
    for name, written in expected.items():
        entry = mine.get(name)
        found = files.stat(entry.path) if entry is not None else None
        if entry is None or found is None:
            return True
        if found != written and not _whole(entry, library_id):
            return True
        now[name] = found
    if now != expected:
        with transaction(library.db) as conn:
            sync_rows.put_state(conn, KEY, json.dumps(now))
    return False


def written(conn: Connection, path: Path, *, snapshot: bool) -> None:
    """Note a file this device just wrote (a snapshot: the only one that counts from now on)."""
    found = files.stat(path)
    kept = sync_rows.get_state(conn, KEY)
    record = {} if snapshot or kept is None else json.loads(kept)
    if found is not None:
        record[path.name] = found
    sync_rows.put_state(conn, KEY, json.dumps(record))


def _since_snapshot(mine: dict[str, files.Entry]) -> list[str]:
    snapshots = [e.seq for e in mine.values() if e.kind == "snap"]
    newest = max(snapshots, default=0)
    return [name for name, e in mine.items() if e.seq >= newest]


def _whole(entry: files.Entry, library_id: str) -> bool:
    try:
        files.load(entry, library_id)
    except (files.NotYet, files.Refused):
        return False
    return True
