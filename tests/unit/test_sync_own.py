"""A device's own files in the folder (docs/SYNC.md, "Own files"): one that a sync engine
replaced or removed makes the device send everything again as a snapshot; one merely touched
does not."""

from __future__ import annotations

import json
import os
from pathlib import Path

from papershelf.sync import own
from tests.syncing import Replica, deliver, everyone, files_of


def written_by(replica: Replica, before: list[Path]) -> Path:
    (segment,) = [p for p in files_of(replica.folder) if p not in before]
    return segment


def test_an_own_file_touched_but_whole_is_not_sent_again(pair: list[Replica]) -> None:
    laptop, _desktop = pair
    before = files_of(laptop.folder)
    laptop.library.rate([1], 4)
    laptop.exchange()
    segment = laptop.folder / written_by(laptop, before)
    stat = segment.stat()
    os.utime(segment, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert laptop.exchange().idle  # read to check it, nothing sent
    assert files_of(laptop.folder) == [*before, segment.relative_to(laptop.folder)]
    kept = json.loads(
        laptop.library.conn.execute(
            "SELECT value FROM sync_state WHERE key = ?", (own.KEY,)
        ).fetchone()[0]
    )
    assert kept[segment.name][1] == stat.st_mtime_ns + 10**9  # its new stat kept


def test_an_own_file_removed_is_sent_again_as_a_snapshot(pair: list[Replica]) -> None:
    laptop, desktop = pair
    before = files_of(laptop.folder)
    laptop.library.tag([2], add=["removed-file"])
    laptop.exchange()
    (laptop.folder / written_by(laptop, before)).unlink()
    sent = laptop.exchange().sent
    assert sent is not None and "/snap-" in sent
    everyone(pair)
    assert desktop.library.paper(desktop.id(laptop.gid(2)))["tags"] == ["removed-file"]
    assert laptop.exchange().idle


def test_a_library_synced_before_the_record_checks_its_files_by_reading_them(
    pair: list[Replica],
) -> None:
    laptop, desktop = pair
    before = files_of(laptop.folder)
    laptop.library.tag([3], add=["before-the-record"])
    laptop.exchange()
    segment = laptop.folder / written_by(laptop, before)
    laptop.library.conn.execute("DELETE FROM sync_state WHERE key = ?", (own.KEY,))
    segment.write_bytes(segment.read_bytes()[:-10])  # cut short, as by a half copy
    sent = laptop.exchange().sent
    assert sent is not None and "/snap-" in sent
    deliver(laptop, desktop)
    desktop.exchange()
    assert desktop.library.paper(desktop.id(laptop.gid(3)))["tags"] == ["before-the-record"]
