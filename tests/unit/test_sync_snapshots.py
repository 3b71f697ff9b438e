"""Snapshots compact the folder (docs/SYNC.md, "What is in the folder"): every SNAPSHOT_EVERY
files a device writes its whole document and removes its own older files (never a peer's);
a peer that missed the files removed, and a new machine, take everything from the snapshot."""

from __future__ import annotations

from pathlib import Path

import pytest

from papershelf import sync
from papershelf.library import Library
from papershelf.sync import engine
from tests.syncing import Replica, deliver, everyone, files_of, start

EVERY = 5  # a snapshot every five files here (50 in use), so that a test sees several


@pytest.fixture
def trio(seeded: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Replica]:
    monkeypatch.setattr(engine, "SNAPSHOT_EVERY", EVERY)
    replicas = start(tmp_path, ["laptop", "desktop"], first=seeded)
    yield replicas
    for replica in replicas:
        replica.library.close()


def size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*.psync"))


def device_of(replica: Replica) -> str:
    return str(engine.sync_rows.get_state(replica.library.conn, "device"))


def own(replica: Replica) -> list[str]:
    device = device_of(replica)
    return [p.name for p in files_of(replica.folder) if p.parts[1] == device]


def mirror(replicas: list[Replica]) -> None:
    """A full exchange as Syncthing runs it: files removed by their writer go away on the
    other machines too (tests.syncing.deliver only copies)."""
    for source in replicas:
        mine = engine.sync_rows.get_state(source.library.conn, "device")
        for target in replicas:
            if target is not source:
                for path in (target.folder / "devices" / mine).glob("*.psync"):
                    if not (source.folder / path.relative_to(target.folder)).exists():
                        path.unlink()
    everyone(replicas, rounds=1)


def test_a_snapshot_removes_its_writers_older_files_and_peers_catch_up_from_it(
    trio: list[Replica], tmp_path: Path
) -> None:
    laptop, desktop = trio
    desktop_files = own(desktop)
    deliver(desktop, laptop)
    written = size(laptop.folder / "devices" / device_of(laptop))  # its first file
    for rating in range(4 * EVERY):  # each exchange sends one file: several snapshots
        laptop.library.rate([1 + rating % 7], rating % 6)
        laptop.library.tag([2 + rating % 5], add=[f"t{rating}"])
        written += Path(laptop.exchange().sent or "").stat().st_size
        names = own(laptop)
        assert len(names) <= EVERY  # never more than a snapshot and the files after it
        if rating == EVERY:  # the desktop reads the files up to here, then misses some
            mirror([laptop, desktop])
    names = sorted(own(laptop), key=lambda name: name.split("-")[1])  # by sequence number
    assert names[0].startswith("snap-") and all(n.startswith("seg-") for n in names[1:])
    # Four snapshots of the whole library were written, and only the last is kept.
    assert size(laptop.folder / "devices" / device_of(laptop)) < written / 3
    assert own(desktop) == desktop_files  # a peer's files are its own to remove
    # The desktop missed files that are gone now: the snapshot brings what was in them.
    everyone([laptop, desktop])
    assert desktop.state() == laptop.state()
    # A new machine reads the snapshot (and the files after it), not the history.
    newcomer = Replica(tmp_path, "newcomer")
    deliver(laptop, newcomer)
    engine.init(newcomer.library, newcomer.folder)
    everyone([laptop, desktop, newcomer])
    assert newcomer.state() == laptop.state()
    newcomer.library.close()


@pytest.mark.parametrize("refused", [False, True])
def test_a_half_file_older_than_a_snapshot_taken_in_counts_as_read(
    trio: list[Replica], refused: bool
) -> None:
    """A sync engine may not pass on the removal of a file a snapshot replaced (or may bring a
    half copy of it back): the snapshot holds it. A snapshot refused holds nothing."""
    laptop, desktop = trio
    written: dict[Path, bytes] = {}
    for rating in range(EVERY):
        laptop.library.tag([1], add=[f"half-{rating}"])
        sent = Path(laptop.exchange().sent or "")
        written[sent.relative_to(laptop.folder)] = sent.read_bytes()
        if sent.name.startswith("snap-"):
            break
    *_, older, snapshot = written
    assert older.name.startswith("seg-") and not (laptop.folder / older).exists()
    (desktop.folder / older).write_bytes(written[older][: len(written[older]) // 2])
    data = written[snapshot]
    if refused:  # another library's snapshot
        data = data.replace(
            engine.sync_rows.get_state(laptop.library.conn, "library").encode(), b"0" * 32, 1
        )
    (desktop.folder / snapshot).write_bytes(data)
    report = desktop.exchange()
    assert bool(report.refused) is refused
    assert [older.name in line for line in report.waiting] == ([True] if refused else [])
    assert sync.status(desktop.library)["pending"] == (1 if refused else 0)
    if not refused:  # brought back again later: counted as read without reading it
        (desktop.folder / older).write_bytes(written[older][:10])
        assert desktop.exchange().idle
        assert sync.status(desktop.library)["pending"] == 0
