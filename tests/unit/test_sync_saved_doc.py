"""The sync document as the library keeps it (schema 15): a whole state and each exchange's
change after it, folded together every so often; the copy kept in memory between exchanges
is used only while it is the one the library holds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from papershelf.library import Library
from papershelf.store import sync_rows
from papershelf.sync import engine
from tests.syncing import Replica, everyone


def parts(library: Library) -> int:
    return int(library.conn.execute("SELECT count(*) FROM sync_doc").fetchone()[0])


def test_each_exchange_keeps_its_change_and_every_so_many_the_whole_document(
    pair: list[Replica], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_rows, "DOC_PARTS", 3)
    laptop, desktop = pair
    counts = []
    for stars in range(1, 6):
        laptop.library.rate([1], stars)
        laptop.exchange()
        counts.append(parts(laptop.library))
    assert counts[-1] < max(counts) == 3  # folded into the whole state, then growing again
    assert laptop.exchange().sent is None  # nothing changed: nothing kept
    assert parts(laptop.library) == counts[-1]
    engine._kept.clear()  # as a new process: read back from the library
    laptop.library.rate([2], 5)
    everyone(pair)
    assert laptop.state() == desktop.state()
    assert desktop.library.paper(desktop.id(laptop.gid(1)))["rating"] == 5


def test_changes_weighing_a_quarter_of_the_whole_document_are_folded_into_it(
    pair: list[Replica], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_rows, "DOC_PARTS_BYTES", 1)
    laptop, desktop = pair
    whole = len(sync_rows.get_state(laptop.library.conn, "doc") or b"")
    laptop.library.tag(list(range(1, 40)), add=["a-big-change"])
    laptop.exchange()
    laptop.library.rate([1], 2)
    laptop.exchange()
    assert parts(laptop.library) <= 1  # one small change may wait beside the whole state
    assert len(sync_rows.get_state(laptop.library.conn, "doc")) > whole
    engine._kept.clear()
    everyone(pair)
    assert laptop.state() == desktop.state()


def test_a_library_file_put_back_from_a_copy_is_read_again_not_taken_from_memory(
    pair: list[Replica], tmp_path: Path
) -> None:
    laptop, desktop = pair
    path = laptop.library.path
    laptop.library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(path, tmp_path / "copy.db")
    laptop.library.tag([3], add=["after-the-copy"])
    laptop.exchange()  # the document in memory now holds the tag
    laptop.library.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copy(tmp_path / "copy.db", path)
    laptop.library = Library(path)
    assert laptop.library.paper(3)["tags"] == []
    laptop.library.tag([4], add=["on-the-copy"])
    everyone(pair)  # the tag comes back from the folder; the copy's edit goes out
    assert laptop.state() == desktop.state()
    assert laptop.library.paper(3)["tags"] == ["after-the-copy"]
    assert desktop.library.paper(desktop.id(laptop.gid(4)))["tags"] == ["on-the-copy"]
