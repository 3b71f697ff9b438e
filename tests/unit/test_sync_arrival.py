"""A big arrival (a peer's large import, a first sync to a new machine) is written in short
transactions (sync/arrival.py): the reader's edits between them go through at once, are kept
and reach the peer; a process killed between two batches leaves a library that the next
exchange finishes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from benchmarks.generate import write_arxiv_listing
from pycrdt import Doc

from papershelf import sync
from papershelf.library import Library
from papershelf.store import sync_rows
from papershelf.sync import arrival
from papershelf.sync.doc import SharedDoc
from papershelf.sync.hlc import Clock
from tests.syncing import Replica, deliver, everyone, start

PAPERS = 2500  # a listing of this size arrives as about 600 KB: in five batches


@pytest.fixture(scope="module")
def listings(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("arrival")
    return (
        write_arxiv_listing(root / "first.txt", PAPERS, seed=21),
        write_arxiv_listing(root / "second.txt", PAPERS, seed=22),
    )


@pytest.fixture
def pair(listings: tuple[Path, Path], tmp_path: Path) -> list[Replica]:
    template = tmp_path / "template.db"
    with Library(template) as library:
        library.import_path(listings[0])
        replicas = start(tmp_path, ["laptop", "desktop"], first=library)
    yield replicas
    for replica in replicas:
        replica.library.close()


def big_change_on(desktop: Replica, listing: Path) -> list[str]:
    """The peer imports a large listing and retags some papers both machines had; returns
    the global ids of those."""
    # Spread over the library (its first sync wrote the papers in global id order).
    query = "SELECT id FROM papers WHERE id % 60 = 0"
    old = [row[0] for row in desktop.library.conn.execute(query)]
    desktop.library.import_path(listing)
    desktop.library.tag(old, add=["from-desktop"])
    desktop.exchange()
    return [desktop.gid(paper_id) for paper_id in old]


def test_edits_between_the_batches_of_a_big_arrival_go_through_and_are_kept(
    pair: list[Replica], listings: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, desktop = pair
    retagged = big_change_on(desktop, listings[1])
    deliver(desktop, laptop)
    done: dict[str, Any] = {}
    batches = arrival.Arrival.next_batch

    def edit_midway(coming: arrival.Arrival) -> list[str]:
        waiting = set(coming.still_to_come()) & set(retagged)
        if not done and 0 < len(waiting) < len(retagged):  # some written, some to come
            done.update(edit_now(laptop.library.path, coming.still_to_come(), retagged))
        return batches(coming)

    monkeypatch.setattr(arrival.Arrival, "next_batch", edit_midway)
    report = laptop.exchange()
    assert done, "the arrival was written in one go"
    assert report.write_s > 0
    everyone(pair)
    assert laptop.state() == desktop.state()
    for side in pair:
        tags = side.library.paper(side.id(done["waiting"]))["tags"]
        assert {"from-desktop", "laptop-edit"} <= set(tags)  # the arrival's tag and the edit
        assert side.library.paper(side.id(done["waiting"]))["rating"] == 4
        assert side.library.paper(side.id(done["written"]))["rating"] == 2
        assert side.library.paper(side.id(done["untouched"]))["rating"] == 5


def edit_now(path: Path, to_come: list[str], retagged: list[str]) -> dict[str, str]:
    """On another connection that does not wait for the lock at all: a paper still to be
    written, one written already, one the arrival does not touch."""
    with Library(path) as other:
        other.conn.execute("PRAGMA busy_timeout = 0")  # a held lock refuses at once
        conn = other.conn
        waiting = next(gid for gid in to_come if gid in retagged)
        written = next(gid for gid in retagged if gid not in to_come)
        untouched = conn.execute(
            "SELECT gid FROM papers WHERE gid NOT IN (SELECT value FROM json_each(?)) LIMIT 1",
            (json.dumps(retagged),),
        ).fetchone()[0]
        ids = {gid: sync_rows.paper_id(conn, gid) for gid in (waiting, written, untouched)}
        other.rate([ids[waiting]], 4)
        other.tag([ids[waiting]], add=["laptop-edit"])
        other.rate([ids[written]], 2)
        other.rate([ids[untouched]], 5)
    return {"waiting": waiting, "written": written, "untouched": untouched}


def test_sigkill_between_batches_is_finished_by_the_next_exchange(
    pair: list[Replica], listings: tuple[Path, Path]
) -> None:
    laptop, desktop = pair
    retagged = big_change_on(desktop, listings[1])
    deliver(desktop, laptop)
    path = laptop.library.path
    laptop.library.close()
    script = (
        "import os, signal\n"
        "from papershelf.library import Library\n"
        "from papershelf import sync\n"
        "from papershelf.sync import arrival\n"
        "calls = []\n"
        "batches = arrival.Arrival.next_batch\n"
        "def killing(coming):\n"
        "    calls.append(1)\n"
        "    if len(calls) == 3: os.kill(os.getpid(), signal.SIGKILL)\n"
        "    return batches(coming)\n"
        "arrival.Arrival.next_batch = killing\n"
        f"sync.exchange(Library({str(path)!r}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], check=False)
    assert done.returncode == -9
    laptop.library = Library(path)
    conn = laptop.library.conn
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert arrival.pending(conn)
    assert sync.status(laptop.library)["unsent"] is True  # not up to date yet
    papers = conn.execute("SELECT count(*) FROM papers").fetchone()[0]
    assert PAPERS < papers < 2 * PAPERS  # two batches written, whole, the rest to come
    # An edit before the next exchange, of a paper the arrival retagged, still to come.
    resumed = arrival.Arrival.resumed(conn, SharedDoc(Doc(), Clock("test")))
    assert resumed is not None and 0 < resumed.cursor < len(resumed.order)
    to_come = set(resumed.still_to_come())
    waiting = next(gid for gid in retagged if gid in to_come)
    laptop.library.rate([laptop.id(waiting)], 3)
    laptop.exchange()
    assert not arrival.pending(laptop.library.conn)
    everyone(pair)
    assert laptop.state() == desktop.state()
    paper = desktop.library.paper(desktop.id(waiting))
    assert (paper["rating"], "from-desktop" in paper["tags"]) == (3, True)
