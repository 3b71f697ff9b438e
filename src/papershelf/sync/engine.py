"""One exchange between a library and its sync folder (docs/SYNC.md, "How an exchange works")."""

from __future__ import annotations

import json
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from sqlite3 import Connection
from typing import Any

from pycrdt import Doc

from papershelf.library import Library
from papershelf.store import overview, sync_dirty, sync_meet, sync_names, sync_rows
from papershelf.store.clock import now
from papershelf.store.connection import read_snapshot, transaction
from papershelf.store.sync_rows import Paper
from papershelf.sync import arrival, names, own, taken
from papershelf.sync import folder as files
from papershelf.sync.doc import SharedDoc
from papershelf.sync.hlc import Clock
from papershelf.sync.identity import (
    SyncError,
    checked_folder,
    default_name,
    device_name,
    kept_state,
    valid_name,
    write_name,
)
from papershelf.sync.mapping import pull as _pull
from papershelf.sync.mapping import pull_queues, write_papers
from papershelf.sync.mapping import push as _push
from papershelf.sync.mapping import queue_out as _queue_out
from papershelf.sync.vectors import decode_state, dominates

SNAPSHOT_EVERY = 50  # own segments between two snapshots
EMPTY_STATE = b"\x00"  # the state vector of a document that holds nothing
DEVICE_ID = re.compile(r"[0-9a-f]{16}")  # a folder's name under devices/


@dataclass
class Exchange:
    """What one exchange did."""

    sent: str | None = None  # the file written, if any
    applied: int = 0  # others' files applied
    waiting: list[str] = field(default_factory=list)  # files still arriving
    refused: list[str] = field(default_factory=list)  # files skipped, with the reason
    changed: int = 0  # papers and queues the library changed to
    devices: set[str] = field(default_factory=set)  # the devices whose files were applied
    refused_names: list[str] = field(default_factory=list)  # device/file of each refused
    idle: bool = False  # nothing new on either side: nothing was read or written
    write_s: float = 0.0  # the longest the exchange held the library's write lock at once
    holds: list[float] = field(default_factory=list)  # each write transaction's hold

    def messages(self) -> list[str]:
        return [*self.refused, *(f"{line} (tried again next time)" for line in self.waiting)]


def init(
    library: Library, folder: Path, name: str | None = None, *, device: str | None = None
) -> Exchange:
    """Point the library at a sync folder (adopting the folder's identity), then exchange.
    `name` is this device's name as the other machines show it (default: the host name);
    `device` its id, for a library that has none yet (default: random; tests choose it, since
    the order of the devices' ids decides the order in which their files are read)."""
    shown = valid_name(name) if name is not None else None
    if device is not None and not DEVICE_ID.fullmatch(device):
        raise ValueError(f"a device id is 16 hexadecimal digits, not {device!r}")
    folder = folder.expanduser().absolute()
    try:
        theirs = files.read_identity(folder)
    except files.FolderError as error:
        raise SyncError(str(error)) from None
    ours = kept_state(library, "library")
    if theirs is not None and ours is not None and theirs != ours:
        raise SyncError(
            f"{folder}: belongs to another library ({theirs}); this library is {ours}. "
            "Two libraries in one folder would merge two reading lists: choose another folder."
        )
    library_id = theirs or ours or secrets.token_hex(16)
    if theirs is None:
        try:
            files.write_identity(folder, library_id)
        except OSError as error:
            raise SyncError(f"{folder}: cannot write ({error.strerror})") from None
    with transaction(library.db) as conn:
        sync_rows.put_state(conn, "library", library_id)
        sync_rows.put_state(conn, "folder", str(folder))
        if kept_state(library, "device") is None:
            sync_rows.put_state(conn, "device", device or secrets.token_hex(8))
        if shown is not None or kept_state(library, "device_name") is None:
            sync_rows.put_state(conn, "device_name", shown or default_name())
        if kept_state(library, "doc_version") is None and kept_state(library, "doc") is None:
            # Never exchanged: everything in the library is news.
            sync_dirty.mark_everything(conn)
            sync_names.mark_everything(conn)
    write_name(library)
    return exchange(library)


# The files still arriving at a library's last exchange, with their stat (files.stat).
_waiting: dict[str, dict[str, files.Stat | None]] = {}
# The document of the last exchange, by library file and saved version: reading a big
# document back from the library takes longer than everything else an exchange does, and the
# window exchanges every few seconds. Taken out while an exchange runs, put back after its
# commit. A version is random, so a library file put back from a backup never matches.
_kept: dict[str, tuple[str | None, Doc[Any]]] = {}
KEPT_DOCS = 4  # the libraries a process exchanged with most recently (one, for the window)


def _load_doc(library: Library, device: str) -> tuple[SharedDoc, str | None]:
    version = kept_state(library, "doc_version")
    kept = _kept.pop(str(library.path), None)
    if kept is not None and kept[0] == version:
        doc = kept[1]
    else:
        doc = Doc()  # a fresh client id per session, as Yjs asks
        for part in sync_rows.doc_parts(library.conn):
            doc.apply_update(part)
    return SharedDoc(doc, Clock(device, kept_state(library, "hlc"))), version


def _save_doc(
    conn: Connection,
    shared: SharedDoc,
    loaded: bytes,
    version: str | None,
    encoded: tuple[bytes, bytes] | None = None,
) -> str | None:
    """Keep what changed in the document since it was loaded; returns its new version.
    `encoded`: that change and the whole document, encoded before the lock was taken."""
    if not shared.moved:
        return version
    doc = shared.doc
    if encoded is None:
        sync_rows.save_doc(conn, doc.get_update(loaded), doc.get_update)
    else:
        sync_rows.save_doc(conn, encoded[0], lambda: encoded[1])
    version = secrets.token_hex(8)
    sync_rows.put_state(conn, "doc_version", version)
    return version


def exchange(library: Library) -> Exchange:
    """Send this library's changes, apply what others sent, bring the library up to date.

    Nothing new (no change here since the last exchange, no new or grown file in the folder):
    no write at all. Otherwise the reading and merging happen in a read transaction, which
    never holds up the reader's edits, and only writing the result takes the write lock."""
    folder, library_id, device = checked_folder(library)
    report = Exchange()
    if arrival.pending(library.conn) and not _resume_arrival(library, device, report):
        return report  # another exchange is writing it
    entries = files.listing(folder)
    resend = own.lost(library, entries, device, library_id)
    if not resend and _nothing_new(library, entries):
        report.idle = not report.changed
        return report
    _take_marks(library)
    with read_snapshot(library.db) as conn:
        snapshot = overview.data_version(conn)
        shared, version = _load_doc(library, device)
        loaded = shared.doc.get_state()
        _push(conn, shared, *sync_dirty.stashed(conn))
        arriving = _load_files(
            library, entries, library_id, taken.files_read(library, entries), report
        )
    if arrival.big(arriving):
        written = _arrive(library, shared, (version, loaded), entries, arriving, report)
        if written is None:
            return report
        outgoing, state = kept_state(library, "outbox"), shared.doc.get_state()
    else:
        outgoing, state, shared = _exchange_at_once(
            library, shared, (version, loaded, snapshot), entries, arriving, report
        )
    if outgoing is not None or resend:  # after the commit: docs/SYNC.md, order of durability
        who = (library_id, device)
        report.sent = _send(library, shared, folder, who, outgoing, state, whole=resend)
    if report.changed:
        library._changed_everything()
    return report


def _exchange_at_once(
    library: Library,
    shared: SharedDoc,
    loaded_as: tuple[str | None, bytes, int],
    entries: list[files.Entry],
    arriving: list[files.Loaded],
    report: Exchange,
) -> tuple[bytes | None, bytes, SharedDoc]:
    """The files applied, the library brought up to date and the document saved in one short
    write transaction; returns what waits for its file, the document's state, and the
    document (read again if another exchange saved it meanwhile)."""
    version, loaded, snapshot = loaded_as
    device = shared.clock.device
    try:
        with transaction(library.db) as conn:
            held = time.perf_counter()
            # Written meanwhile, or marked since the marks were taken (an edit committed before
            # the read began is in its snapshot, and no commit since shows it): catch up.
            if overview.data_version(conn) != snapshot or _marked(conn):
                shared, version, loaded = _catch_up(library, shared, version, loaded, device)
            outgoing = _merge(library, shared, entries, arriving, report)
            state = shared.doc.get_state()
            version = _save_doc(conn, shared, loaded, version)
            if outgoing is None:
                sync_rows.put_state(conn, "written_sv", state)
            report.write_s = max(report.write_s, time.perf_counter() - held)
    except BaseException:
        _kept.pop(str(library.path), None)  # the document holds what was rolled back
        shared.close()
        raise
    _keep(library, version, shared)
    return outgoing, state, shared


def _keep(library: Library, version: str | None, shared: SharedDoc) -> None:
    """The document stays in memory for the next exchange, as saved at `version`."""
    shared.close()
    _kept[str(library.path)] = (version, shared.doc)
    while len(_kept) > KEPT_DOCS:  # the least recently used goes
        del _kept[next(iter(_kept))]


class _Superseded(Exception):
    """Another exchange saved the document meanwhile: it carries the arrival on."""


def _arrive(
    library: Library,
    shared: SharedDoc,
    loaded_as: tuple[str | None, bytes],
    entries: list[files.Entry],
    arriving: list[files.Loaded],
    report: Exchange,
) -> str | None:
    """A big arrival (sync/arrival.py): applied to the document without the lock, then
    written into the library in batches, a transaction each; returns the saved version
    (None: another exchange saved the document first, and this one gave up)."""
    version, loaded = loaded_as
    written = kept_state(library, "written_sv") or EMPTY_STATE
    ours = shared.doc.get_update(written) if shared.changed else None
    base = shared.doc.get_update()  # what the library matches (the marks taken are in)
    seen = _seen_now(library, entries, report)
    touched, arrived = shared.watch_remote()
    snapshots = taken.snapshots(library)
    _apply(shared, arriving, (seen, snapshots), report)
    _take_covered(entries, (seen, snapshots), report)
    coming = arrival.Arrival(shared, base, sorted(touched), arrived)

    def first(conn: Connection) -> None:
        if ours is not None:
            _queue_out(conn, kept_state(library, "outbox"), ours)
        coming.start(conn)
        sync_dirty.unstash(conn)
        sync_rows.put_state(conn, "seen", json.dumps(sorted(seen)))
        sync_rows.put_state(conn, "snapshots", json.dumps(snapshots))

    saved = _write_arrival(library, coming, (version, loaded), report, first)
    if saved is None:
        report.applied, report.devices = 0, set()
    return saved


def _resume_arrival(library: Library, device: str, report: Exchange) -> bool:
    """An arrival cut short (the process was killed, or the exchange failed) is finished
    first; returns False when another exchange is writing it."""
    with read_snapshot(library.db) as conn:
        shared, version = _load_doc(library, device)
        coming = arrival.Arrival.resumed(conn, shared)
    if coming is None:  # finished meanwhile
        _keep(library, version, shared)
        return True
    loaded = shared.doc.get_state()
    return _write_arrival(library, coming, (version, loaded), report) is not None


def _write_arrival(
    library: Library,
    coming: arrival.Arrival,
    loaded_as: tuple[str | None, bytes],
    report: Exchange,
    first: Callable[[Connection], None] | None = None,
) -> str | None:
    """Each transaction: the reader's edits since the last one in, a batch of papers and
    the queues out, the document saved; the batch's papers are read from the document
    before the lock is taken. Returns the saved version (None: superseded)."""
    shared = coming.shared
    version, loaded = loaded_as
    try:
        while first is not None or coming.left():
            batch = coming.next_batch()
            views, gone = shared.paper_views(batch)
            # The arrival's document is saved by the first transaction: encoded before it.
            encoded = None if first is None else _encoded(shared, loaded)
            with transaction(library.db) as conn:
                held = time.perf_counter()
                if kept_state(library, "doc_version") != version:
                    raise _Superseded
                start, shared.changed = shared.doc.get_state(), False
                if first is not None:
                    first(conn)
                    first = None
                report.changed += _write_batch(conn, coming, batch, (views, gone))
                if shared.changed:
                    outbox = kept_state(library, "outbox")
                    _queue_out(conn, outbox, shared.doc.get_update(start))
                if not coming.left() and kept_state(library, "outbox") is None:
                    sync_rows.put_state(conn, "written_sv", shared.doc.get_state())
                unchanged = encoded is not None and not shared.changed  # no edit pushed since
                version = _save_doc(conn, shared, loaded, version, encoded if unchanged else None)
                loaded, shared.moved = shared.doc.get_state(), False
                coming.save(conn)
                sync_rows.put_state(conn, "hlc", shared.clock.last())
                sync_rows.put_state(conn, "last_exchange", now())
                report.holds.append(time.perf_counter() - held)
                report.write_s = max(report.holds)
    except _Superseded:
        coming.close()
        _kept.pop(str(library.path), None)
        shared.close()
        return None
    except BaseException:
        coming.close()
        _kept.pop(str(library.path), None)  # the document holds what was rolled back
        shared.close()
        raise
    _keep(library, version, shared)
    return version


def _encoded(shared: SharedDoc, loaded: bytes) -> tuple[bytes, bytes]:
    return shared.doc.get_update(loaded), shared.doc.get_update()


def _write_batch(
    conn: Connection,
    coming: arrival.Arrival,
    batch: list[str],
    read: tuple[dict[str, Paper], set[str]],
) -> int:
    """Inside one transaction: the reader's edits in, then the batch (with the papers those
    edits touched that were still to come) written, the queues, and at the end the meeting
    of duplicates. Returns how many papers and queues changed."""
    shared = coming.shared
    views, gone = read
    touched, waiting = coming.catch_up(conn)
    again = touched & (set(batch) | waiting)
    if again:  # read again: the reader's edit is in the document now
        fresh, fresh_gone = shared.paper_views(again)
        views = {gid: view for gid, view in views.items() if gid not in fresh_gone} | fresh
        gone = (gone - fresh.keys()) | fresh_gone
    changed = write_papers(conn, views, gone, coming=coming.left())
    coming.written(batch, waiting)
    changed += pull_queues(conn, shared)
    changed += names.pull(conn, shared)
    if not coming.left():
        changed += _meet(conn, shared, coming.arrived)
    sync_dirty.clear(conn)  # the library holds what the document says
    return changed


def _meet(conn: Connection, shared: SharedDoc, arrived: set[str]) -> int:
    """New papers meet the library's (store/sync_meet.py); the merges are this device's."""
    met = sync_meet.meet(conn, arrived, now())
    if met:
        _push(conn, shared, *sync_dirty.take(conn))
    return met


def _nothing_new(library: Library, entries: list[files.Entry]) -> bool:
    """No change here since the last exchange, nothing waiting to be written, and every file
    in the folder read before (or still arriving, unchanged since the last look): a few
    reads and a directory listing, no write."""
    conn = library.conn
    if sync_dirty.pending(conn) or kept_state(library, "outbox"):
        return False
    seen = taken.files_read(library, entries)
    waiting = _waiting.get(str(library.path), {})
    for entry in entries:
        name = f"{entry.device}/{entry.path.name}"
        if name in seen:
            continue
        if waiting.get(name) != files.stat(entry.path):
            return False
    return True


def _marked(conn: Connection) -> bool:
    """Change marks left since the marks were taken: edits no exchange has pushed yet."""
    return bool(
        conn.execute(
            "SELECT EXISTS (SELECT 1 FROM sync_dirty) OR EXISTS (SELECT 1 FROM sync_dirty_queues)"
        ).fetchone()[0]
    )


def _take_marks(library: Library) -> None:
    """Papers and notes made since the last exchange get their global id, and the change
    marks go into the exchange's keeping (`sync_dirty.stash`): a short write, only when
    there are marks."""
    if not _marked(library.conn):
        return
    with transaction(library.db) as conn:
        sync_rows.assign_gids(conn, changed_only=True)
        sync_dirty.stash(conn)


def _catch_up(
    library: Library, shared: SharedDoc, version: str | None, loaded: bytes, device: str
) -> tuple[SharedDoc, str | None, bytes]:
    """Someone wrote to the library since the read: another exchange (the document read is
    stale, read it again) and/or the reader (their changes since the marks were taken go in
    now: only those papers are read again)."""
    conn = library.conn
    if kept_state(library, "doc_version") != version:
        shared.close()
        _kept.pop(str(library.path), None)
        shared, version = _load_doc(library, device)
        loaded = shared.doc.get_state()
        _push(conn, shared, *sync_dirty.stashed(conn))
    sync_rows.assign_gids(conn, changed_only=True)
    _push(conn, shared, *sync_dirty.noted(conn))
    return shared, version, loaded


def _merge(
    library: Library,
    shared: SharedDoc,
    entries: list[files.Entry],
    arriving: list[files.Loaded],
    report: Exchange,
) -> bytes | None:
    """Inside the write transaction: queue this device's changes for their file, apply the
    files read, write what they changed into the library, let new papers meet; returns what
    waits for its file (None: nothing)."""
    conn = library.conn
    names.push(conn, shared)
    # Only this device's new changes go out: what arrives below is in the folder already.
    # They wait in the library's outbox until their file is in the folder.
    written = kept_state(library, "written_sv") or EMPTY_STATE
    outgoing: bytes | None = kept_state(library, "outbox")
    if shared.changed:
        outgoing = _queue_out(conn, outgoing, shared.doc.get_update(written))
    seen = _seen_now(library, entries, report)
    touched, arrived = shared.watch_remote()
    snapshots = taken.snapshots(library)
    _apply(shared, arriving, (seen, snapshots), report)
    _take_covered(entries, (seen, snapshots), report)
    report.changed = _pull(conn, shared, touched, queues=report.applied > 0)
    report.changed += names.pull(conn, shared)
    sync_dirty.clear(conn)  # the library holds what the document says
    sync_dirty.unstash(conn)
    before, shared.changed = shared.doc.get_state(), False
    report.changed += _meet(conn, shared, arrived)
    if shared.changed:
        outgoing = _queue_out(conn, outgoing, shared.doc.get_update(before))
    sync_rows.put_state(conn, "hlc", shared.clock.last())
    sync_rows.put_state(conn, "seen", json.dumps(sorted(seen)))
    sync_rows.put_state(conn, "snapshots", json.dumps(snapshots))
    sync_rows.put_state(conn, "last_exchange", now())
    return outgoing


def _seen_now(library: Library, entries: list[files.Entry], report: Exchange) -> set[str]:
    """The files taken in whole before (those gone from the folder forgotten), and the ones
    refused now."""
    seen = taken.files_read(library, entries)
    seen.intersection_update(f"{e.device}/{e.path.name}" for e in entries)
    seen.update(report.refused_names)
    return seen


def _take_covered(
    entries: list[files.Entry], read: tuple[set[str], dict[str, int]], report: Exchange
) -> None:
    """The files a snapshot just taken in holds count as read, and no longer as arriving."""
    seen, snapshots = read
    covered = taken.covered(entries, snapshots)
    seen |= covered
    paths = [f"{e.path}: " for e in entries if taken.name(e) in covered]
    report.waiting = [line for line in report.waiting if not line.startswith(tuple(paths))]


def _load_files(
    library: Library,
    entries: list[files.Entry],
    library_id: str,
    seen: set[str],
    report: Exchange,
) -> list[files.Loaded]:
    """Read and check every change file not yet taken in whole (no lock held); a file is
    whole or not applied. Files still arriving are remembered with their size and time, so
    that the next exchange knows, without reading them, whether they moved."""
    loaded: list[files.Loaded] = []
    waiting: dict[str, files.Stat | None] = {}
    for entry in entries:
        name = f"{entry.device}/{entry.path.name}"
        if name in seen:
            continue
        try:
            loaded.append(files.load(entry, library_id))
        except files.NotYet as late:
            report.waiting.append(str(late))
            waiting[name] = files.stat(entry.path)
        except files.Refused as refused:
            report.refused.append(f"{refused}; skipped")
            report.refused_names.append(name)
    _waiting[str(library.path)] = waiting
    return loaded


def _apply(
    shared: SharedDoc,
    arriving: list[files.Loaded],
    read: tuple[set[str], dict[str, int]],
    report: Exchange,
) -> None:
    """Apply the files read; `read` (the files taken in whole, and by device the newest
    snapshot taken in whole) grows with those that are."""
    seen, snapshots = read
    for loaded in arriving:
        entry = loaded.entry
        name = f"{entry.device}/{entry.path.name}"
        try:
            # Applied even when the clocks say we hold it all: deletions move no clock.
            shared.doc.apply_update(loaded.payload)
        except ValueError as error:  # pycrdt could not decode it: nothing of it was applied
            report.refused.append(f"{entry.path}: not a valid change ({error}); skipped")
            seen.add(name)
            continue
        report.applied += 1
        report.devices.add(entry.device)
        # Taken in whole once everything it builds on has arrived too (until then, pycrdt
        # keeps it pending, and pending changes are not saved with the document).
        if dominates(decode_state(shared.doc.get_state()), loaded.sv):
            seen.add(name)
            if entry.kind == "snap":
                snapshots[entry.device] = max(snapshots.get(entry.device, 0), entry.seq)


def _send(
    library: Library,
    shared: SharedDoc,
    folder: Path,
    who: tuple[str, str],
    outgoing: bytes | None,
    state: bytes,
    *,
    whole: bool = False,
) -> str:
    """Write this device's new changes as a segment, or every so often (and when `whole`: one
    of its files is no longer as written) a snapshot."""
    library_id, device = who
    mine = [e.seq for e in files.listing(folder) if e.device == device]
    seq = max([int(kept_state(library, "seq") or 0), *mine]) + 1
    if outgoing is None or whole or seq % SNAPSHOT_EVERY == 0:
        kind, payload = "snap", shared.doc.get_update()
    else:
        kind, payload = "seg", outgoing
    snapshot = kind == "snap"
    try:
        path = files.write_change(
            folder, library_id, device, seq, kind, payload, decode_state(state)
        )
        if snapshot:
            files.remove_own(folder, device, up_to=seq - 1, keep=path)
        if not (files.device_folder(folder, device) / files.NAME_FILE).exists():
            files.write_device_name(folder, device, device_name(library))  # synced before names
    except OSError as error:
        raise SyncError(f"{folder}: cannot write ({error.strerror}); sent next time") from None
    with transaction(library.db) as conn:
        sync_rows.put_state(conn, "written_sv", state)
        sync_rows.put_state(conn, "seq", seq)
        sync_rows.put_state(conn, "outbox", None)
        own.written(conn, path, snapshot=snapshot)
        if snapshot:
            snapshots = taken.snapshots(library) | {device: seq}
            sync_rows.put_state(conn, "snapshots", json.dumps(snapshots))
        # Our own file holds nothing we lack: the next exchange need not read it.
        seen = set(json.loads(kept_state(library, "seen") or "[]")) | {f"{device}/{path.name}"}
        sync_rows.put_state(conn, "seen", json.dumps(sorted(seen)))
    return str(path)
