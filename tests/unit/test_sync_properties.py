"""Convergence, property-tested: random edits on three machines (tag colours and source names
among them), random delivery of the folder's files (whole, in pieces, twice, late, out of
order); after a full exchange every machine shows the same papers (matched by global id), the
same queues and tag colours, one name per source file, and nothing acknowledged is lost."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from papershelf.core.errors import PapershelfError
from papershelf.library import Library
from tests.syncing import Replica, deliver, deliver_part, everyone, files_of, start

TAGS = ("vision", "later", "cite")
STATUSES = ("new", "to-read", "reading", "read")
BIB = (
    "@article{{k{n},\n  title = {{A generated paper number {n}}},\n"
    "  author = {{Doe, Jane}},\n  year = {{2024}}\n}}\n"
)

# The machines' device ids, in an order hypothesis draws: it decides which machine's files
# come first in the folder (and so which one a "part" delivery cuts short).
DEVICES = ("1" * 16, "2" * 16, "3" * 16)
COLOURS = ("#aa0000", "#00aa00", None)
NAMES = ("Group A", "Group B", None)

machine = st.integers(0, 2)
paper = st.integers(0, 50)
operation = st.one_of(
    # Often one entry on two machines: the copies meet as duplicates and merge.
    st.tuples(st.just("import"), machine, st.integers(0, 12)),
    st.tuples(st.just("tag"), machine, paper, st.sampled_from(TAGS)),
    st.tuples(st.just("untag"), machine, paper, st.sampled_from(TAGS)),
    st.tuples(st.just("rate"), machine, paper, st.integers(0, 5)),
    st.tuples(st.just("status"), machine, paper, st.sampled_from(STATUSES)),
    st.tuples(st.just("note"), machine, paper, st.text("ab ", min_size=1, max_size=4)),
    st.tuples(st.just("enqueue"), machine, paper),
    st.tuples(st.just("move"), machine, paper, st.integers(1, 6)),
    st.tuples(st.just("dequeue"), machine, paper),
    st.tuples(st.just("trash"), machine, paper),
    st.tuples(st.just("untrash"), machine, paper),
    st.tuples(st.just("merge"), machine, paper, paper),
    st.tuples(st.just("colour"), machine, st.sampled_from(TAGS), st.sampled_from(COLOURS)),
    st.tuples(st.just("name_source"), machine, st.integers(0, 5), st.sampled_from(NAMES)),
    st.tuples(st.just("undo"), machine),
    st.tuples(st.just("exchange"), machine),
    st.tuples(st.just("deliver"), machine, machine, st.sampled_from(("whole", "part", "again"))),
)


def pick(replica: Replica, index: int) -> int:
    ids = [row[0] for row in replica.library.conn.execute("SELECT id FROM papers ORDER BY id")]
    return ids[index % len(ids)]


def apply(replicas: list[Replica], op: tuple[Any, ...], log: dict[str, Any]) -> None:
    kind, who, *rest = op
    replica = replicas[who]
    lib = replica.library
    if kind == "import":
        lib.import_text(BIB.format(n=rest[0]), f"gen-{rest[0]}.bib", layout="bibtex")
    elif kind == "exchange":
        replica.exchange()
    elif kind == "deliver":
        target, mode = replicas[rest[0]], rest[1]
        if target is not replica:
            _deliver(replica, target, mode)
    elif kind == "undo":
        lib.undo()
        log["undo"] = True
    elif kind == "colour":
        lib.set_tag_colour(rest[0], rest[1])
    elif kind == "name_source":
        sources = [s["id"] for s in lib.sources()]
        if sources:
            lib.name_source(sources[rest[0] % len(sources)], rest[1])
    else:
        _edit(replica, kind, rest, log)


def _deliver(source: Replica, target: Replica, mode: str) -> None:
    sent = files_of(source.folder)
    if not sent:
        return
    if mode == "part":
        deliver_part(source, target, sent[-1], 0.5)
    elif mode == "again":
        deliver(source, target, only=[sent[0]])
    else:
        deliver(source, target, only=sent[::-1])  # newest first


def _edit(replica: Replica, kind: str, rest: list[Any], log: dict[str, Any]) -> None:
    lib = replica.library
    target = pick(replica, rest[0])
    if kind == "tag":
        lib.tag([target], add=[rest[1]])
        log["tagged"].add((replica.gid(target), rest[1]))
    elif kind == "untag":
        lib.tag([target], remove=[rest[1]])
        log["untagged"].add(rest[1])
    elif kind == "rate":
        lib.rate([target], rest[1])
    elif kind == "status":
        lib.set_status([target], rest[1])
    elif kind == "note":
        notes = lib.paper(target)["note_records"]
        if notes:
            lib.edit_note(notes[0]["id"], notes[0]["body"] + rest[1])
        else:
            lib.add_note(target, rest[1])
    elif kind in ("enqueue", "move", "dequeue"):
        _queue(lib, kind, target, rest)
    elif kind == "trash":
        lib.trash([target])
        log["trashed"] = True  # a trashed copy meets no other: the pair stays two
    elif kind == "untrash":
        lib.restore([target])
    elif kind == "merge":
        other = pick(replica, rest[1])
        if other != target:
            lib.merge(target, other)
            log["undo"] = True  # a merge takes papers away: the tag oracle steps aside


def _queue(lib: Library, kind: str, target: int, rest: list[Any]) -> None:
    if not any(q["name"] == "q" for q in lib.queues()):
        lib.create_queue("q")
    if kind == "enqueue":
        lib.enqueue("q", [target])
    elif kind == "dequeue":
        lib.dequeue("q", [target])
    elif target in lib.queue_ids("q"):
        lib.move_in_queue("q", [target], rest[1])


@settings(
    max_examples=int(os.environ.get("SYNC_EXAMPLES", "12")),  # make sync-convergence: 500
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(operation, min_size=5, max_size=30), st.permutations(DEVICES))
# Undoing an import deletes a paper whose key a new paper then takes: peers delete first.
@example(
    ops=[("import", 0, 0), ("import", 0, 0), ("undo", 0), ("import", 0, 0), ("import", 0, 3)],
    devices=list(DEVICES),
)
# Machine 1's newest file is the last in the folder (its device id is the greatest): its first
# half reaches machine 0, and the full exchanges carry that half back over machine 1's own copy.
@example(
    ops=[
        ("import", 0, 0),
        ("import", 1, 12),
        ("exchange", 1),
        ("exchange", 0),
        ("name_source", 0, 1, "Group A"),
        ("deliver", 1, 0, "part"),
    ],
    devices=list(DEVICES),
)
def test_random_edits_and_deliveries_converge_everywhere(
    ops: list[tuple[Any, ...]], devices: list[str]
) -> None:
    with played(ops, devices) as (replicas, log):
        states = [replica.state() for replica in replicas]
        assert states[0] == states[1] == states[2]
        names = [replica.source_names() for replica in replicas]
        for sha in set().union(*names):  # one file imported on several machines: one name
            assert len({named[sha] for named in names if sha in named}) == 1
        if not log["trashed"]:  # every entry imported on several machines is one paper
            titles = [paper["title"] for paper in states[0]["papers"].values()]
            assert len(titles) == len(set(titles))
        if not log["undo"]:
            for gid, tag in log["tagged"]:
                if tag not in log["untagged"] and gid in states[0]["papers"]:
                    assert tag in states[0]["papers"][gid]["tags"]


@contextlib.contextmanager
def played(
    ops: list[tuple[Any, ...]], devices: list[str] | None = None
) -> Iterator[tuple[list[Replica], dict[str, Any]]]:
    """Three machines that share four papers play `ops`, then exchange everything. `devices`:
    the machines' device ids (default: random)."""
    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory)
        base = Library(root / "base.db")
        for n in range(4):
            base.import_text(BIB.format(n=n), f"base-{n}.bib", layout="bibtex")
        replicas = start(root, ["a", "b", "c"], first=base, devices=devices)
        base.close()
        log: dict[str, Any] = {"tagged": set(), "untagged": set(), "undo": False, "trashed": False}
        try:
            for op in ops:
                # An edit the library refuses (a paper no longer there) is no edit.
                with contextlib.suppress(PapershelfError):
                    apply(replicas, op, log)
            everyone(replicas)
            yield replicas, log
        finally:
            for replica in replicas:
                replica.library.close()
