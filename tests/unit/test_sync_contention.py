"""The reader's edits while sync runs (trial report item 1): an exchange with nothing new writes
nothing; one with something new reads and merges outside the write lock; the reader's edits,
made on another connection meanwhile, are never refused and never lost. Timing figures are in
benchmarks/sync_contention.py; the bound here only guards against a lock held for seconds."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from benchmarks.generate import write_arxiv_listing

from papershelf import sync
from papershelf.core.errors import PapershelfError
from papershelf.library import Library
from papershelf.store import sync_rows
from papershelf.sync import engine
from tests.syncing import Replica, deliver, everyone, start

PAPERS = 2500
GENEROUS_WAIT_S = 5.0  # the busy timeout is 10 s: a refused edit waited that long


@pytest.fixture(scope="module")
def big_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("contention")
    listing = write_arxiv_listing(root / "listing.txt", PAPERS, seed=11)
    path = root / "template.db"
    with Library(path) as library:
        library.import_path(listing)
        library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def pair(big_template: Path, tmp_path: Path) -> list[Replica]:
    with Library(big_template) as template:
        replicas = start(tmp_path, ["laptop", "desktop"], first=template)
    yield replicas
    for replica in replicas:
        replica.library.close()


def changes_seen_by(path: Path, action: Any) -> tuple[int, bool]:
    """What `action` committed, as another connection sees it: (total changes on the
    action's own connection, whether the library's data version moved for the other)."""
    with Library(path) as other:
        before = other.data_version()
        done = action()
        return done, other.data_version() != before


def test_an_exchange_with_nothing_new_writes_nothing(pair: list[Replica]) -> None:
    laptop, _desktop = pair
    path = laptop.library.path

    def exchange() -> int:
        with Library(path) as library:
            report = sync.exchange(library)
            assert report.idle
            return library.conn.total_changes

    assert changes_seen_by(path, exchange) == (0, False)


def test_a_file_still_arriving_is_not_read_again_until_it_grows(pair: list[Replica]) -> None:
    laptop, desktop = pair
    desktop.library.rate([1], 5)
    sent = Path(desktop.exchange().sent or "")
    arriving = laptop.folder / "devices" / sent.parent.name / sent.name
    arriving.parent.mkdir(parents=True, exist_ok=True)
    arriving.write_bytes(sent.read_bytes()[:40])
    assert laptop.exchange().waiting
    assert laptop.exchange().idle  # the same half file: nothing new
    deliver(desktop, laptop)
    report = laptop.exchange()
    assert (report.idle, report.applied) == (False, 1)
    assert laptop.library.paper(laptop.id(desktop.gid(1)))["rating"] == 5


def test_an_edit_made_while_the_exchange_reads_is_kept_and_sent(
    pair: list[Replica], monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, desktop = pair
    desktop.library.tag([desktop.id(laptop.gid(7))], add=["from-desktop"])
    desktop.exchange()
    deliver(desktop, laptop)
    laptop.library.rate([7], 2)
    reading = engine._load_files

    def reader_edits_meanwhile(*args: Any) -> Any:
        # The reader tags the same paper on the window's connection while the exchange's
        # read transaction is open (its snapshot does not have the tag).
        with Library(laptop.library.path) as window:
            window.tag([7], add=["from-laptop"])
        return reading(*args)

    monkeypatch.setattr(engine, "_load_files", reader_edits_meanwhile)
    laptop.exchange()
    monkeypatch.undo()
    everyone(pair)
    for replica in pair:
        paper = replica.library.paper(replica.id(laptop.gid(7)))
        assert (paper["tags"], paper["rating"]) == (["from-desktop", "from-laptop"], 2)


def test_another_exchange_between_read_and_write_is_caught_up(
    pair: list[Replica], monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, desktop = pair
    laptop.library.rate([3], 4)
    desktop.library.tag([desktop.id(laptop.gid(3))], add=["seen-there"])
    desktop.exchange()
    deliver(desktop, laptop)
    reading = engine._load_files

    def cli_exchanges_meanwhile(*args: Any) -> Any:
        monkeypatch.setattr(engine, "_load_files", reading)
        with Library(laptop.library.path) as cli:  # `papershelf rate 4 1`, which exchanges
            cli.rate([4], 1)
            sync.exchange(cli)
        return reading(*args)

    monkeypatch.setattr(engine, "_load_files", cli_exchanges_meanwhile)
    laptop.exchange()
    everyone(pair)
    for replica in pair:
        three = replica.library.paper(replica.id(laptop.gid(3)))
        four = replica.library.paper(replica.id(laptop.gid(4)))
        assert (three["rating"], three["tags"], four["rating"]) == (4, ["seen-there"], 1)
    assert desktop.state() == laptop.state()


class Exchanges(threading.Thread):
    """The window's sync: exchanges one after another, each on its own connection, while a
    peer's changes keep arriving in the folder."""

    def __init__(self, laptop: Replica, desktop: Replica) -> None:
        super().__init__(daemon=True)
        self.laptop, self.desktop = laptop, desktop
        self.stopping = threading.Event()
        self.reports: list[sync.Exchange] = []
        self.errors: list[BaseException] = []

    def run(self) -> None:
        peer_ids = self.desktop.library.query_ids()
        turn = 0
        while not self.stopping.is_set():
            try:
                turn += 1
                self.desktop.library.rate([peer_ids[turn % len(peer_ids)]], turn % 6)
                self.desktop.exchange()
                deliver(self.desktop, self.laptop)
                with Library(self.laptop.library.path) as library:
                    self.reports.append(sync.exchange(library))
            except BaseException as error:  # the test reports it
                self.errors.append(error)
                return


def test_the_readers_edits_are_never_refused_while_sync_runs(pair: list[Replica]) -> None:
    laptop, desktop = pair
    exchanges = Exchanges(laptop, desktop)
    window = laptop.library
    ids = window.query_ids()
    waits: list[float] = []
    refused: list[str] = []
    exchanges.start()
    try:
        for turn in range(30):
            started = time.perf_counter()
            try:
                paper = ids[(turn * 37) % len(ids)]
                window.rate([paper], 1 + turn % 5)
                window.tag([paper], add=[f"edit-{turn}"])
            except PapershelfError as error:
                refused.append(str(error))
            waits.append(time.perf_counter() - started)
            time.sleep(0.05)
    finally:
        exchanges.stopping.set()
        exchanges.join()
    assert not exchanges.errors, exchanges.errors
    assert not refused
    assert max(waits) < GENEROUS_WAIT_S
    assert sum(1 for r in exchanges.reports if r.applied) >= 2  # the peer's changes did arrive
    everyone(pair)
    assert desktop.state() == laptop.state()
    tagged = desktop.library.conn.execute(
        "SELECT count(DISTINCT t.name) FROM tags t JOIN paper_tags pt ON pt.tag_id = t.id "
        "WHERE t.name LIKE 'edit-%'"
    ).fetchone()[0]
    assert tagged == 30  # every edit the reader made reached the other machine


def test_the_catch_up_reads_only_the_papers_edited_since_the_marks_were_taken(
    pair: list[Replica], monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, desktop = pair
    laptop.library.rate(list(range(1, 201)), 3)  # 200 papers to send
    read: list[set[str]] = []
    reading, loading = sync_rows.read_papers, engine._load_files

    def recorded(conn: Any, gids: Any = None) -> Any:
        read.append(set(gids or ()))
        return reading(conn, gids)

    def reader_edits_meanwhile(*args: Any) -> Any:
        with Library(laptop.library.path) as window:
            window.tag([7], add=["meanwhile"])
        read.clear()
        monkeypatch.setattr(sync_rows, "read_papers", recorded)
        return loading(*args)

    monkeypatch.setattr(engine, "_load_files", reader_edits_meanwhile)
    laptop.exchange()
    monkeypatch.undo()
    assert read[0] == {laptop.gid(7)}  # not the 200 papers pushed before the write
    everyone(pair)
    paper = desktop.library.paper(desktop.id(laptop.gid(7)))
    assert (paper["rating"], paper["tags"]) == (3, ["meanwhile"])
    assert desktop.state() == laptop.state()


def test_a_failed_exchange_keeps_the_changes_it_took_for_the_next(pair: list[Replica]) -> None:
    laptop, desktop = pair
    conn = laptop.library.conn
    (clock,) = conn.execute("SELECT value FROM sync_state WHERE key = 'hlc'").fetchone()
    conn.execute("UPDATE sync_state SET value = 'damaged' WHERE key = 'hlc'")
    laptop.library.rate([5], 1)
    with pytest.raises(ValueError, match="unpack"):
        laptop.exchange()  # the marks were taken (a short write), then reading failed
    assert conn.execute("SELECT count(*) FROM sync_dirty").fetchone() == (0,)
    assert sync.status(laptop.library)["unsent"] is True
    conn.execute("UPDATE sync_state SET value = ? WHERE key = 'hlc'", (clock,))
    everyone(pair)
    assert desktop.library.paper(desktop.id(laptop.gid(5)))["rating"] == 1
    assert sync.status(laptop.library)["unsent"] is False


def test_an_edit_made_between_taking_the_marks_and_reading_is_sent(
    pair: list[Replica], monkeypatch: pytest.MonkeyPatch
) -> None:
    """CI, on a loaded machine, lost one of thirty tags: the reader tagged a paper after the
    exchange had taken the marks and before its read began, so the read's snapshot already held
    the edit and the write saw no commit since; it cleared the edit's mark unsent."""
    laptop, desktop = pair
    laptop.library.rate([9], 3)  # something to take, so that the marks are taken
    taking = engine._take_marks

    def reader_edits_right_after(library: Library) -> None:
        taking(library)
        with Library(laptop.library.path) as window:
            window.tag([11], add=["between"])

    monkeypatch.setattr(engine, "_take_marks", reader_edits_right_after)
    laptop.exchange()
    monkeypatch.undo()
    everyone(pair)
    paper = desktop.library.paper(desktop.id(laptop.gid(11)))
    assert paper["tags"] == ["between"]
    assert desktop.state() == laptop.state()
