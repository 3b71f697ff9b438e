"""What a sync engine does to the folder's files on their way: late, in pieces, twice, out of
order, damaged, from a newer version. A change applies once, whole, or not yet."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from papershelf import sync
from papershelf.library import Library
from papershelf.sync import folder as files
from tests.syncing import Replica, deliver, deliver_part, everyone, files_of


def new_files(replica: Replica, before: list[Path]) -> list[Path]:
    return [p for p in files_of(replica.folder) if p not in before]


def test_a_file_in_pieces_is_not_applied_until_whole(pair: list[Replica]) -> None:
    laptop, desktop = pair
    before = files_of(laptop.folder)
    laptop.library.tag([1, 2, 3], add=["partial"])
    laptop.exchange()
    (segment,) = new_files(laptop, before)
    gid = laptop.gid(1)
    for fraction in (0.0, 0.01, 0.5, 0.99):
        deliver_part(laptop, desktop, segment, fraction)
        report = desktop.exchange()
        assert report.applied == 0 and len(report.waiting) == 1
        assert desktop.library.paper(desktop.id(gid))["tags"] == []
        assert sync.status(desktop.library)["pending"] == 1
    deliver(laptop, desktop)
    assert desktop.exchange().applied == 1
    assert desktop.library.paper(desktop.id(gid))["tags"] == ["partial"]
    assert sync.status(desktop.library)["pending"] == 0


def test_files_late_twice_and_out_of_order_give_the_same_library(pair: list[Replica]) -> None:
    laptop, desktop = pair
    sent = []
    for step, rating in enumerate((1, 2, 3, 4)):
        before = files_of(laptop.folder)
        laptop.library.rate([5], rating)
        laptop.library.tag([5], add=[f"step-{step}"])
        laptop.exchange()
        sent += new_files(laptop, before)
    gid = laptop.gid(5)
    for relative in reversed(sent):  # newest first, each one twice
        deliver(laptop, desktop, only=[relative])
        desktop.exchange()
        (desktop.folder / relative).unlink()
        deliver(laptop, desktop, only=[relative])
        desktop.exchange()
    paper = desktop.library.paper(desktop.id(gid))
    assert paper["rating"] == 4
    assert paper["tags"] == ["step-0", "step-1", "step-2", "step-3"]
    everyone(pair)
    assert desktop.state() == laptop.state()


def test_a_damaged_file_is_skipped_with_a_message_and_never_applied_in_part(
    pair: list[Replica],
) -> None:
    laptop, desktop = pair
    before = files_of(laptop.folder)
    laptop.library.tag([1], add=["damaged"])
    laptop.exchange()
    (segment,) = new_files(laptop, before)
    data = (laptop.folder / segment).read_bytes()
    header_end = data.index(b"\n", len(files.MAGIC)) + 1
    header = json.loads(data[len(files.MAGIC) : header_end])
    garbage = b"\xff" * 40
    header |= {"length": len(garbage), "sha256": __import__("hashlib").sha256(garbage).hexdigest()}
    hostile = files.MAGIC + json.dumps(header).encode() + b"\n" + garbage
    target = desktop.folder / segment
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(hostile)
    before_state = desktop.state()
    report = desktop.exchange()
    assert report.applied == 0
    assert any("not a valid change" in line and segment.name in line for line in report.refused)
    assert desktop.state() == before_state


def test_a_newer_format_and_another_library_are_refused_not_misread(
    pair: list[Replica],
) -> None:
    laptop, desktop = pair
    before = files_of(laptop.folder)
    laptop.library.rate([1], 5)
    laptop.exchange()
    (segment,) = new_files(laptop, before)
    data = (laptop.folder / segment).read_bytes()
    for change, reason in (
        ({"format": 99}, "newer Papershelf"),
        ({"library": "0" * 32}, "another"),
    ):
        end = data.index(b"\n", len(files.MAGIC))
        header = json.loads(data[len(files.MAGIC) : end]) | change
        target = desktop.folder / segment
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(files.MAGIC + json.dumps(header).encode() + data[end:])
        desktop.library.conn.execute("DELETE FROM sync_state WHERE key = 'seen'")
        report = desktop.exchange()
        assert any(reason in line for line in report.refused), report.refused
        assert desktop.library.paper(desktop.id(laptop.gid(1)))["rating"] != 5
    (desktop.folder / "library.json").write_text('{"format": 2, "library": "x"}')
    with pytest.raises(sync.SyncError, match="newer Papershelf"):
        desktop.exchange()


@pytest.mark.parametrize("where", ["engine._pull", "engine.files.write_change"])
def test_sigkill_during_an_exchange_leaves_library_and_folder_consistent(
    pair: list[Replica], where: str
) -> None:
    laptop, desktop = pair
    laptop.library.tag([1], add=["before-kill"])
    path = laptop.library.path
    laptop.library.close()
    # A child process exchanges and is killed while it writes the library (inside the
    # transaction) or at the moment its file would go to the folder (after the commit).
    script = (
        "import os, signal\n"
        "from papershelf.library import Library\n"
        "from papershelf import sync\n"
        "from papershelf.sync import engine\n"
        "def killed(*a, **k): os.kill(os.getpid(), signal.SIGKILL)\n"
        f"{where} = killed\n"
        f"sync.exchange(Library({str(path)!r}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], check=False)
    assert done.returncode == -9
    laptop.library = Library(path)
    assert laptop.library.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert sync.status(laptop.library)["unsent"] is True  # the outbox survived the kill
    everyone(pair)
    assert desktop.library.paper(desktop.id(laptop.gid(1)))["tags"] == ["before-kill"]
    assert desktop.state() == laptop.state()


def test_a_half_copy_carried_back_over_the_writers_own_file_is_sent_again(
    pair: list[Replica],
) -> None:
    """A sync engine that takes a half-arrived file for an edit (it is newer) carries it back to
    the machine that wrote the file: that machine's changes must still reach the others."""
    laptop, desktop = pair
    before = files_of(laptop.folder)
    laptop.library.tag([1], add=["carried-back"])
    laptop.exchange()
    (segment,) = new_files(laptop, before)
    deliver_part(laptop, desktop, segment, 0.5)
    assert desktop.exchange().waiting
    deliver(desktop, laptop, only=[segment])  # the half copy, back over the whole one
    assert (laptop.folder / segment).read_bytes() == (desktop.folder / segment).read_bytes()
    everyone(pair)
    assert desktop.library.paper(desktop.id(laptop.gid(1)))["tags"] == ["carried-back"]
    assert desktop.state() == laptop.state()
    assert sync.status(desktop.library)["pending"] == 0


def test_a_damaged_copy_then_the_right_one_with_the_same_size_and_time_is_applied(
    pair: list[Replica],
) -> None:
    """Engines that keep the writer's modification time (Syncthing, rsync -t) may deliver a
    damaged copy and then the right one, both of its size and time: the second is read."""
    laptop, desktop = pair
    before = files_of(laptop.folder)
    laptop.library.tag([1], add=["second-copy"])
    laptop.exchange()
    (segment,) = new_files(laptop, before)
    origin, target = laptop.folder / segment, desktop.folder / segment
    data = origin.read_bytes()
    times = (origin.stat().st_atime_ns, origin.stat().st_mtime_ns)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data[:-1] + bytes([data[-1] ^ 0xFF]))  # its last byte damaged
    os.utime(target, ns=times)
    assert desktop.exchange().waiting
    arriving = target.with_name(".arriving")  # the right copy, renamed over the damaged one
    arriving.write_bytes(data)
    os.utime(arriving, ns=times)
    arriving.replace(target)
    assert (target.stat().st_size, target.stat().st_mtime_ns) == (len(data), times[1])
    assert desktop.exchange().applied == 1
    assert desktop.library.paper(desktop.id(laptop.gid(1)))["tags"] == ["second-copy"]
