"""Which folder a library syncs through, this device's id and name, and the sync status."""

from __future__ import annotations

import socket
import time
from pathlib import Path
from typing import Any

from papershelf.core.errors import PapershelfError
from papershelf.library import Library
from papershelf.store import sync_dirty, sync_rows
from papershelf.store.connection import transaction
from papershelf.sync import arrival, taken
from papershelf.sync import folder as files


class SyncError(PapershelfError):
    """The library cannot sync with this folder; the message says why."""


def kept_state(library: Library, key: str) -> Any:
    return sync_rows.get_state(library.conn, key)


def configured(library: Library) -> bool:
    return kept_state(library, "folder") is not None


def default_name() -> str:
    """A device's name until the reader gives one: the machine's host name."""
    return files.clean_name(socket.gethostname()) or "this machine"


def rename(library: Library, name: str) -> str:
    """Give this device the name the other machines show for it; returns it as kept."""
    shown = valid_name(name)
    with transaction(library.db) as conn:
        sync_rows.put_state(conn, "device_name", shown)
    if configured(library):
        write_name(library)
    return shown


def valid_name(name: str) -> str:
    shown = files.clean_name(name)
    if shown is None:
        raise SyncError("a device name cannot be empty")
    return shown


def write_name(library: Library) -> None:
    folder, device = Path(kept_state(library, "folder")), kept_state(library, "device")
    try:
        files.write_device_name(folder, device, device_name(library))
    except OSError as error:
        raise SyncError(f"{folder}: cannot write ({error.strerror})") from None


def device_name(library: Library) -> str:
    """This device's name (a library that synced before names existed: the host name)."""
    return str(kept_state(library, "device_name") or default_name())


def checked_folder(library: Library) -> tuple[Path, str, str]:
    folder = kept_state(library, "folder")
    if folder is None:
        raise SyncError("this library has no sync folder yet: papershelf sync init FOLDER")
    path = Path(folder)
    try:
        theirs = files.read_identity(path)
    except files.FolderError as error:
        raise SyncError(str(error)) from None
    library_id = kept_state(library, "library")
    if theirs is None:
        raise SyncError(f"{path}: not a sync folder (yet); is it mounted or synced?")
    if theirs != library_id:
        raise SyncError(f"{path}: belongs to another library ({theirs}), not {library_id}")
    return path, library_id, kept_state(library, "device")


def folder_of(library: Library) -> Path | None:
    folder = kept_state(library, "folder")
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
            "name": None,
        }
    folder = Path(kept_state(library, "folder"))
    device = kept_state(library, "device")
    entries = files.listing(folder) if folder.is_dir() else []
    seen = taken.files_read(library, entries)
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
        "library": kept_state(library, "library"),
        "last_exchange": kept_state(library, "last_exchange"),
        "pending": pending,
        "unsent": unsent_changes(library) if unsent else None,
        "peers": [
            {
                "device": peer,
                "last_file": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(at)),
                "name": files.read_device_name(folder, peer),
            }
            for peer, at in sorted(peers.items())
        ],
        "name": device_name(library),
    }


def unsent_changes(library: Library) -> bool:
    """Whether the library changed since its last exchange (or that exchange's file is unsent)."""
    conn = library.conn
    return bool(kept_state(library, "outbox")) or sync_dirty.pending(conn) or arrival.pending(conn)
