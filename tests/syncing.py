"""Libraries that sync, each through its own copy of the folder, and a sync engine of our own
that moves files between those copies whole, in pieces, twice, late or out of order."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from papershelf import sync
from papershelf.library import Library
from papershelf.store import sync_rows

# What stays on its machine: local ids, provenance, when this machine wrote the row.
LOCAL = ("id", "modified", "status_changed", "sources", "note_records")


class Replica:
    """One machine: a library file and the sync folder as that machine sees it."""

    def __init__(self, root: Path, name: str) -> None:
        self.name = name
        self.folder = root / f"folder-{name}"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.library = Library(root / f"{name}.db")

    def exchange(self) -> sync.Exchange:
        return sync.exchange(self.library)

    def gid(self, paper_id: int) -> str:
        row = self.library.conn.execute("SELECT gid FROM papers WHERE id = ?", (paper_id,))
        return str(row.fetchone()[0])

    def id(self, gid: str) -> int:
        identifier = sync_rows.paper_id(self.library.conn, gid)
        assert identifier is not None, f"{self.name} has no paper {gid}"
        return identifier

    def state(self) -> dict[str, Any]:
        """What the reader sees, by global id: every paper's list --json row, and the queues."""
        conn = self.library.conn
        gids = dict(conn.execute("SELECT id, gid FROM papers").fetchall())
        papers = {}
        for row in self.library.papers(sorted(gids)):
            shown = {k: v for k, v in row.items() if k not in LOCAL}
            papers[gids[row["id"]]] = shown
        queues = {
            name: [gids[i] for i in self.library.queue_ids(name)]
            for name in (q["name"] for q in self.library.queues())
        }
        colours = dict(
            conn.execute(
                "SELECT name, colour FROM tags WHERE id IN (SELECT tag_id FROM paper_tags)"
            ).fetchall()
        )
        return {"papers": papers, "queues": queues, "tag_colours": colours}

    def source_names(self) -> dict[str, str | None]:
        """The names of the sources this machine imported, by the file's SHA-256."""
        rows = self.library.conn.execute("SELECT sha256, label FROM sources").fetchall()
        return dict(rows)


def files_of(folder: Path) -> list[Path]:
    return sorted(p.relative_to(folder) for p in folder.rglob("*.psync"))


def deliver(source: Replica, target: Replica, *, only: list[Path] | None = None) -> list[Path]:
    """Copy the folder's files from one machine's copy to another's, whole (what a sync engine
    finally does); returns what was copied."""
    shutil.copy2(source.folder / "library.json", target.folder / "library.json")
    for named in source.folder.glob("devices/*/device.json"):  # the devices' names
        there = target.folder / named.relative_to(source.folder)
        there.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(named, there)
    moved = []
    for relative in only if only is not None else files_of(source.folder):
        origin = source.folder / relative
        if not origin.exists():
            continue
        destination = target.folder / relative
        if destination.exists() and destination.read_bytes() == origin.read_bytes():
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(origin, destination)
        moved.append(relative)
    return moved


def deliver_part(source: Replica, target: Replica, relative: Path, fraction: float) -> None:
    """A file in the middle of arriving: only its first bytes are there, under its name."""
    data = (source.folder / relative).read_bytes()
    destination = target.folder / relative
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_bytes(data[: int(len(data) * fraction)])


def start(
    root: Path, names: list[str], first: Library | None = None, devices: list[str] | None = None
) -> list[Replica]:
    """Machines that all sync one library; the first one's papers reach them all. `devices`:
    their device ids (default: random), whose order decides which machine's files come first."""
    chosen: list[str | None] = list(devices) if devices is not None else [None] * len(names)
    replicas = [Replica(root, name) for name in names]
    if first is not None:
        first.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        replicas[0].library.close()
        shutil.copy(first.path, replicas[0].library.path)
        replicas[0].library = Library(replicas[0].library.path)
    sync.init(replicas[0].library, replicas[0].folder, device=chosen[0])
    for replica, device in zip(replicas[1:], chosen[1:], strict=True):
        deliver(replicas[0], replica)
        sync.init(replica.library, replica.folder, device=device)
    everyone(replicas)
    return replicas


def everyone(replicas: list[Replica], rounds: int = 2) -> None:
    """Full exchange: every file reaches every machine, each exchanges, twice over."""
    for _ in range(rounds):
        for replica in replicas:
            replica.exchange()
        for source in replicas:
            for target in replicas:
                if source is not target:
                    deliver(source, target)
        for replica in replicas:
            replica.exchange()
