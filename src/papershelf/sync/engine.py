"""One exchange between a library and its sync folder (docs/SYNC.md, "How an exchange works")."""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from sqlite3 import Connection
from typing import Any

from pycrdt import Doc

from papershelf.core.errors import PapershelfError
from papershelf.library import Library
from papershelf.store import overview, sync_dirty, sync_meet, sync_rows
from papershelf.store.clock import now
from papershelf.store.connection import read_snapshot, transaction
from papershelf.sync import folder as files
from papershelf.sync.doc import SharedDoc
from papershelf.sync.hlc import Clock
from papershelf.sync.mapping import pull as _pull
from papershelf.sync.mapping import push as _push
from papershelf.sync.mapping import queue_out as _queue_out
from papershelf.sync.vectors import decode_state, dominates

SNAPSHOT_EVERY = 50  # own segments between two snapshots
EMPTY_STATE = b"\x00"  # the state vector of a document that holds nothing


class SyncError(PapershelfError):
    """The library cannot sync with this folder; the message says why."""


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
    write_s: float = 0.0  # how long the exchange held the library's write lock

    def messages(self) -> list[str]:
        return [*self.refused, *(f"{line} (tried again next time)" for line in self.waiting)]


def _state(library: Library, key: str) -> Any:
    return sync_rows.get_state(library.conn, key)


def configured(library: Library) -> bool:
    return _state(library, "folder") is not None


def init(library: Library, folder: Path) -> Exchange:
    """Point the library at a sync folder (adopting the folder's identity), then exchange."""
    folder = folder.expanduser().absolute()
    try:
        theirs = files.read_identity(folder)
    except files.FolderError as error:
        raise SyncError(str(error)) from None
    ours = _state(library, "library")
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
        if _state(library, "device") is None:
            sync_rows.put_state(conn, "device", secrets.token_hex(8))
        if _state(library, "doc_version") is None and _state(library, "doc") is None:
            # Never exchanged: everything in the library is news.
            sync_dirty.mark_everything(conn)
    return exchange(library)


def _folder(library: Library) -> tuple[Path, str, str]:
    folder = _state(library, "folder")
    if folder is None:
        raise SyncError("this library has no sync folder yet: papershelf sync init FOLDER")
    path = Path(folder)
    try:
        theirs = files.read_identity(path)
    except files.FolderError as error:
        raise SyncError(str(error)) from None
    library_id = _state(library, "library")
    if theirs is None:
        raise SyncError(f"{path}: not a sync folder (yet); is it mounted or synced?")
    if theirs != library_id:
        raise SyncError(f"{path}: belongs to another library ({theirs}), not {library_id}")
    return path, library_id, _state(library, "device")


# The document of the last exchange, by library file and saved version: reading a big
# document back from the library takes longer than everything else an exchange does, and the
# window exchanges every few seconds. Taken out while an exchange runs, put back after its
# commit. A version is random, so a library file put back from a backup never matches.
_kept: dict[str, tuple[str | None, Doc[Any]]] = {}
# The files still arriving at a library's last exchange, with their size and time.
_waiting: dict[str, dict[str, tuple[int, int] | None]] = {}
KEPT_DOCS = 4  # the libraries a process exchanged with most recently (one, for the window)


def _load_doc(library: Library, device: str) -> tuple[SharedDoc, str | None]:
    version = _state(library, "doc_version")
    kept = _kept.pop(str(library.path), None)
    if kept is not None and kept[0] == version:
        doc = kept[1]
    else:
        doc = Doc()  # a fresh client id per session, as Yjs asks
        for part in sync_rows.doc_parts(library.conn):
            doc.apply_update(part)
    return SharedDoc(doc, Clock(device, _state(library, "hlc"))), version


def _save_doc(
    conn: Connection, shared: SharedDoc, loaded: bytes, version: str | None
) -> str | None:
    """Keep what changed in the document since it was loaded; returns its new version."""
    if not shared.moved:
        return version
    doc = shared.doc
    sync_rows.save_doc(conn, doc.get_update(loaded), doc.get_update)
    version = secrets.token_hex(8)
    sync_rows.put_state(conn, "doc_version", version)
    return version


def exchange(library: Library) -> Exchange:
    """Send this library's changes, apply what others sent, bring the library up to date.

    Nothing new (no change here since the last exchange, no new or grown file in the folder):
    no write at all. Otherwise the reading and merging happen in a read transaction, which
    never holds up the reader's edits, and only writing the result takes the write lock."""
    folder, library_id, device = _folder(library)
    report = Exchange()
    entries = files.listing(folder)
    if _nothing_new(library, entries):
        report.idle = True
        return report
    _take_marks(library)
    with read_snapshot(library.db) as conn:
        snapshot = overview.data_version(conn)
        shared, version = _load_doc(library, device)
        loaded = shared.doc.get_state()
        _push(conn, shared, *sync_dirty.stashed(conn))
        seen = set(json.loads(_state(library, "seen") or "[]"))
        arriving = _load_files(library, entries, library_id, seen, report)
    try:
        with transaction(library.db) as conn:
            held = time.perf_counter()
            if overview.data_version(conn) != snapshot:  # written meanwhile: catch up, briefly
                shared, version, loaded = _catch_up(library, shared, version, loaded, device)
            outgoing = _merge(library, shared, entries, arriving, report)
            state = shared.doc.get_state()
            version = _save_doc(conn, shared, loaded, version)
            if outgoing is None:
                sync_rows.put_state(conn, "written_sv", state)
            report.write_s = time.perf_counter() - held
    except BaseException:
        _kept.pop(str(library.path), None)  # the document holds what was rolled back
        shared.close()
        raise
    shared.close()
    _kept[str(library.path)] = (version, shared.doc)
    while len(_kept) > KEPT_DOCS:  # the least recently used goes
        del _kept[next(iter(_kept))]
    if outgoing is not None:  # written after the commit: see docs/SYNC.md, order of durability
        report.sent = _send(library, shared, folder, (library_id, device), outgoing, state)
    if report.changed:
        library._changed_everything()
    return report


def _nothing_new(library: Library, entries: list[files.Entry]) -> bool:
    """No change here since the last exchange, nothing waiting to be written, and every file
    in the folder read before (or still arriving, unchanged since the last look): a few
    reads and a directory listing, no write."""
    conn = library.conn
    if sync_dirty.pending(conn) or _state(library, "outbox"):
        return False
    seen = set(json.loads(_state(library, "seen") or "[]"))
    waiting = _waiting.get(str(library.path), {})
    for entry in entries:
        name = f"{entry.device}/{entry.path.name}"
        if name in seen:
            continue
        if waiting.get(name) != _stat(entry.path):
            return False
    return True


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_size, found.st_mtime_ns


def _take_marks(library: Library) -> None:
    """Papers and notes made since the last exchange get their global id, and the change
    marks go into the exchange's keeping (`sync_dirty.stash`): a short write, only when
    there are marks."""
    marked = library.conn.execute(
        "SELECT EXISTS (SELECT 1 FROM sync_dirty) OR EXISTS (SELECT 1 FROM sync_dirty_queues)"
    ).fetchone()[0]
    if not marked:
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
    if _state(library, "doc_version") != version:
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
    # Only this device's new changes go out: what arrives below is in the folder already.
    # They wait in the library's outbox until their file is in the folder.
    written = _state(library, "written_sv") or EMPTY_STATE
    outgoing: bytes | None = _state(library, "outbox")
    if shared.changed:
        outgoing = _queue_out(conn, outgoing, shared.doc.get_update(written))
    seen = set(json.loads(_state(library, "seen") or "[]"))
    seen.intersection_update(f"{e.device}/{e.path.name}" for e in entries)  # forget removed
    seen.update(report.refused_names)
    touched, arrived = shared.watch_remote()
    _apply(shared, arriving, seen, report)
    report.changed = _pull(conn, shared, touched, queues=report.applied > 0)
    sync_dirty.clear(conn)  # the library holds what the document says
    sync_dirty.unstash(conn)
    before, shared.changed = shared.doc.get_state(), False
    met = sync_meet.meet(conn, arrived, now())
    if met:
        _push(conn, shared, *sync_dirty.take(conn))
        report.changed += met
    if shared.changed:
        outgoing = _queue_out(conn, outgoing, shared.doc.get_update(before))
    sync_rows.put_state(conn, "hlc", shared.clock.last())
    sync_rows.put_state(conn, "seen", json.dumps(sorted(seen)))
    sync_rows.put_state(conn, "last_exchange", now())
    return outgoing


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
    waiting: dict[str, tuple[int, int] | None] = {}
    for entry in entries:
        name = f"{entry.device}/{entry.path.name}"
        if name in seen:
            continue
        try:
            loaded.append(files.load(entry, library_id))
        except files.NotYet as late:
            report.waiting.append(str(late))
            waiting[name] = _stat(entry.path)
        except files.Refused as refused:
            report.refused.append(f"{refused}; skipped")
            report.refused_names.append(name)
    _waiting[str(library.path)] = waiting
    return loaded


def _apply(
    shared: SharedDoc, arriving: list[files.Loaded], seen: set[str], report: Exchange
) -> None:
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


def _send(
    library: Library,
    shared: SharedDoc,
    folder: Path,
    who: tuple[str, str],
    outgoing: bytes,
    state: bytes,
) -> str:
    """Write this device's new changes as a segment, or every so often a snapshot."""
    library_id, device = who
    own = [e.seq for e in files.listing(folder) if e.device == device]
    seq = max([int(_state(library, "seq") or 0), *own]) + 1
    snapshot = seq % SNAPSHOT_EVERY == 0
    payload = shared.doc.get_update() if snapshot else outgoing
    kind = "snap" if snapshot else "seg"
    try:
        path = files.write_change(
            folder, library_id, device, seq, kind, payload, decode_state(state)
        )
        if snapshot:
            files.remove_own(folder, device, up_to=seq - 1, keep=path)
    except OSError as error:
        raise SyncError(f"{folder}: cannot write ({error.strerror}); sent next time") from None
    with transaction(library.db) as conn:
        sync_rows.put_state(conn, "written_sv", state)
        sync_rows.put_state(conn, "seq", seq)
        sync_rows.put_state(conn, "outbox", None)
        # Our own file holds nothing we lack: the next exchange need not read it.
        seen = set(json.loads(_state(library, "seen") or "[]")) | {f"{device}/{path.name}"}
        sync_rows.put_state(conn, "seen", json.dumps(sorted(seen)))
    return str(path)


def folder_of(library: Library) -> Path | None:
    folder = _state(library, "folder")
    return None if folder is None else Path(folder)


def status(library: Library, *, unsent: bool = True) -> dict[str, Any]:
    """Where the library syncs, when it last did, what waits, and which devices it has seen.

    `unsent` asks the change marks of the triggers (store.sync_dirty); the window, which
    exchanges every few seconds anyway, leaves it out."""
    if not configured(library):
        return {
            "folder": None,
            "device": None,
            "library": None,
            "last_exchange": None,
            "pending": 0,
            "unsent": False,
            "peers": [],
        }
    folder = Path(_state(library, "folder"))
    device = _state(library, "device")
    seen = set(json.loads(_state(library, "seen") or "[]"))
    entries = files.listing(folder) if folder.is_dir() else []
    peers: dict[str, float] = {}
    for entry in entries:
        if entry.device != device:
            mtime = entry.path.stat().st_mtime if entry.path.exists() else 0.0
            peers[entry.device] = max(peers.get(entry.device, 0.0), mtime)
    pending = sum(
        1 for e in entries if e.device != device and f"{e.device}/{e.path.name}" not in seen
    )
    return {
        "folder": str(folder),
        "device": device,
        "library": _state(library, "library"),
        "last_exchange": _state(library, "last_exchange"),
        "pending": pending,
        "unsent": _unsent(library) if unsent else None,
        "peers": [
            {"device": peer, "last_file": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(at))}
            for peer, at in sorted(peers.items())
        ],
    }


def _unsent(library: Library) -> bool:
    """Whether the library changed since its last exchange (or that exchange's file is unsent)."""
    return bool(_state(library, "outbox")) or sync_dirty.pending(library.conn)
