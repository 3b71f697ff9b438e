"""The sync folder: `library.json`, and per device its own segments and snapshots.

A file is `PSYNC 1\\n`, one line of JSON (format, library, device, seq, kind, length, sha256,
sv: the writer's state vector after it), then `length` bytes of pycrdt update. Each device only
writes under `devices/<its id>/`, each file once, atomically (papershelf.files)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from papershelf.files import write_atomic, write_bytes_atomic

FORMAT = 1
MAGIC = b"PSYNC 1\n"
NAME = re.compile(r"^(seg|snap)-(\d{8})\.psync$")
MAX_HEADER = 1 << 16


class FolderError(Exception):
    """The folder cannot be used with this library (another library's, or a newer format)."""


@dataclass(frozen=True)
class Entry:
    """A change file of some device, as listed (not yet read)."""

    path: Path
    device: str
    kind: str  # "seg" or "snap"
    seq: int


@dataclass(frozen=True)
class Loaded:
    entry: Entry
    payload: bytes
    sv: dict[int, int]


class NotYet(Exception):
    """The file is still arriving (shorter than announced, or its checksum does not match)."""


class Refused(Exception):
    """The file is not one to apply: damaged, hostile, another library's or a newer format."""


def read_identity(folder: Path) -> str | None:
    """The library id the folder belongs to, or None for a folder not yet used."""
    path = folder / "library.json"
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise FolderError(f"{path}: unreadable ({error})") from None
    if not isinstance(data, dict) or not isinstance(data.get("format"), int):
        raise FolderError(f"{path}: not a Papershelf sync folder")
    if data["format"] > FORMAT:
        raise FolderError(f"{path}: made by a newer Papershelf (sync format {data['format']})")
    library = data.get("library")
    if not isinstance(library, str):
        raise FolderError(f"{path}: names no library")
    return library


def write_identity(folder: Path, library: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"format": FORMAT, "library": library}) + "\n"
    write_atomic(folder / "library.json", text)


def device_folder(folder: Path, device: str) -> Path:
    return folder / "devices" / device


NAME_FILE = "device.json"  # {"device": id, "name": the reader's name for the machine}
MAX_NAME = 64


def write_device_name(folder: Path, device: str, name: str) -> None:
    """The device's name beside its files (its own folder, written by it alone)."""
    target = device_folder(folder, device) / NAME_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, json.dumps({"device": device, "name": name}, ensure_ascii=False) + "\n")


def read_device_name(folder: Path, device: str) -> str | None:
    """A device's name, or None (not there yet, still arriving, damaged or not a name)."""
    try:
        data = json.loads((device_folder(folder, device) / NAME_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("device") != device:
        return None
    name = data.get("name")
    if not isinstance(name, str):
        return None
    return clean_name(name)


def clean_name(name: str) -> str | None:
    """A name as shown: one line, at most MAX_NAME characters; None if nothing is left."""
    shown = " ".join(name.split())[:MAX_NAME]
    return shown or None


Stat = tuple[int, int, int, int]


def stat(path: Path) -> Stat | None:
    """Size, modification and change time, inode: another copy put over a file changes one of
    them even when the sync engine keeps the modification time (the change time cannot be set)."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino


def listing(folder: Path) -> list[Entry]:
    """Every complete-looking change file in the folder, by device and sequence number."""
    entries: list[Entry] = []
    devices = folder / "devices"
    if not devices.is_dir():
        return entries
    for device in sorted(p for p in devices.iterdir() if p.is_dir()):
        for path in device.iterdir():
            match = NAME.match(path.name)
            if match:
                entries.append(Entry(path, device.name, match[1], int(match[2])))
    entries.sort(key=lambda e: (e.device, e.seq, e.kind))
    return entries


def write_change(
    folder: Path, library: str, device: str, seq: int, kind: str, payload: bytes, sv: dict[int, int]
) -> Path:
    header = {
        "format": FORMAT,
        "library": library,
        "device": device,
        "seq": seq,
        "kind": kind,
        "length": len(payload),
        "sha256": hashlib.sha256(payload).hexdigest(),
        "sv": {str(client): clock for client, clock in sv.items()},
    }
    target = device_folder(folder, device) / f"{kind}-{seq:08d}.psync"
    target.parent.mkdir(parents=True, exist_ok=True)
    data = MAGIC + json.dumps(header, separators=(",", ":")).encode() + b"\n" + payload
    write_bytes_atomic(target, data)
    return target


def load(entry: Entry, library: str) -> Loaded:
    """The checked payload of a change file; NotYet or Refused otherwise."""
    try:
        data = entry.path.read_bytes()
    except FileNotFoundError:
        raise NotYet(f"{entry.path}: gone while reading") from None
    except OSError as error:
        raise NotYet(f"{entry.path}: unreadable ({error.strerror})") from None
    if len(data) < len(MAGIC):
        if MAGIC.startswith(data):
            raise NotYet(f"{entry.path}: still arriving")
        raise Refused(f"{entry.path}: not a Papershelf change file")
    if not data.startswith(MAGIC):
        raise Refused(f"{entry.path}: not a Papershelf change file")
    end = data.find(b"\n", len(MAGIC))
    if end < 0:
        if len(data) < MAX_HEADER:
            raise NotYet(f"{entry.path}: still arriving")
        raise Refused(f"{entry.path}: header too long")
    header = _header(entry, data[len(MAGIC) : end], library)
    payload = data[end + 1 :]
    if len(payload) < header["length"]:
        raise NotYet(f"{entry.path}: {len(payload)} of {header['length']} bytes so far")
    if len(payload) > header["length"]:
        raise Refused(f"{entry.path}: longer than its header says")
    if hashlib.sha256(payload).hexdigest() != header["sha256"]:
        raise NotYet(f"{entry.path}: checksum does not match (still arriving, or damaged)")
    return Loaded(entry, payload, {int(k): int(v) for k, v in header["sv"].items()})


def _header(entry: Entry, raw: bytes, library: str) -> dict[str, Any]:
    try:
        header = json.loads(raw)
    except ValueError:
        raise Refused(f"{entry.path}: damaged header") from None
    if not isinstance(header, dict) or not isinstance(header.get("format"), int):
        raise Refused(f"{entry.path}: damaged header")
    if header["format"] > FORMAT:
        raise Refused(f"{entry.path}: made by a newer Papershelf (sync format {header['format']})")
    if header.get("library") != library:
        raise Refused(f"{entry.path}: belongs to another library")
    expected = {"device": entry.device, "seq": entry.seq, "kind": entry.kind}
    if any(header.get(key) != value for key, value in expected.items()):
        raise Refused(f"{entry.path}: header does not match its name")
    checks = (
        isinstance(header.get("length"), int) and header["length"] >= 0,
        isinstance(header.get("sha256"), str),
        isinstance(header.get("sv"), dict)
        and all(isinstance(v, int) and k.isdigit() for k, v in header["sv"].items()),
    )
    if not all(checks):
        raise Refused(f"{entry.path}: damaged header")
    return header


def remove_own(folder: Path, device: str, *, up_to: int, keep: Path) -> None:
    """Drop this device's files that a snapshot at `up_to` covers (its own files only)."""
    for entry in listing(folder):
        if entry.device == device and entry.seq <= up_to and entry.path != keep:
            entry.path.unlink(missing_ok=True)
