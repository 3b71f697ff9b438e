"""The library and the document brought level, both ways (docs/SYNC.md, "How an exchange
works", steps 2 and 5): the library's changes become this device's changes in the document,
and what others changed is written into the library."""

from __future__ import annotations

from collections.abc import Collection
from contextlib import nullcontext
from sqlite3 import Connection

from pycrdt import merge_updates

from papershelf.store import fts, sync_rows
from papershelf.store.bulk import sort_indexes_built_after
from papershelf.store.clock import now
from papershelf.store.sync_rows import Paper
from papershelf.sync.checks import valid_paper, valid_queue
from papershelf.sync.doc import SharedDoc, one_key_each


def queue_out(conn: Connection, outgoing: bytes | None, fresh: bytes) -> bytes:
    """Add this device's fresh changes to those waiting for their file."""
    merged = merge_updates(outgoing, fresh) if outgoing else fresh
    sync_rows.put_state(conn, "outbox", merged)
    return merged


def push(
    conn: Connection, shared: SharedDoc, changed: set[str], removed: set[str], queues: bool
) -> None:
    """The library's changes since the last exchange (the papers and queues the triggers
    noted) become this device's changes, where they differ from the document."""
    local = sync_rows.read_papers(conn, changed)
    views, gone = shared.paper_views([*local, *removed])
    for gid, paper in local.items():
        view = views.get(gid)
        if view == paper:
            continue
        if view is not None:
            shared.update_paper(gid, paper, view)
        elif gid in gone:
            shared.revive_paper(gid, paper)
            blank = {"fields": paper["fields"], "tags": [], "notes": {}, "noted": {}}
            shared.update_paper(gid, paper, blank)
        elif gid not in shared.papers:
            shared.create_paper(gid, paper)
    for gid in removed & views.keys():
        shared.remove_paper(gid)
    if not queues:
        return
    queues_here = sync_rows.read_queues(conn)
    known = sync_rows.present(conn, shared.queued())
    known.update(gid for queue in queues_here.values() for gid in queue["items"])
    queue_views, _ = shared.queue_views(known)
    for key, queue in queues_here.items():
        if queue_views.get(key) != queue:
            shared.write_queue(key, queue, queue_views.get(key), known)
    for key in queue_views.keys() - queues_here.keys():
        shared.remove_queue(key)


def pull(conn: Connection, shared: SharedDoc, touched: Collection[str], *, queues: bool) -> int:
    """Write the papers others changed into the library (no undo step: not the reader's own
    action), and the queues if asked. Papers nobody else touched are as this library just
    sent them."""
    views, gone = shared.paper_views(touched)
    changed = write_papers(conn, views, gone)
    if queues:
        changed += pull_queues(conn, shared)
    return changed


def write_papers(
    conn: Connection, views: dict[str, Paper], gone: set[str], *, coming: int = 0
) -> int:
    """Bring the library's copies of these papers to the document's views (those in `gone`
    deleted); returns how many changed. `coming`: the papers of the whole arrival when this
    is one batch of it (the full-text index is then written per batch in one statement)."""
    local = sync_rows.read_papers(conn, views.keys() | gone)
    releasing = _settle_keys(conn, views, local, gone)
    stamp = now()
    changed = 0
    written: list[int] = []
    # Deleted papers go first: a paper made anew elsewhere may take a deleted one's key.
    for gid in gone & local.keys():
        sync_rows.delete_paper(conn, gid)
        changed += 1
    sync_rows.release_keys(conn, releasing)
    arriving = len(views) - len(local.keys() & views.keys())
    bulk = max(arriving, coming) >= fts.BULK_FROM
    inserted: list[int] = []
    # Many new papers at once: sorted and indexed once, as a big import is.
    with sort_indexes_built_after(conn, arriving), fts.bulk_indexing(conn, max(arriving, coming)):
        with fts.paused(conn) if bulk else nullcontext():
            for gid, view in views.items():
                current = local.get(gid)
                if current == view or not valid_paper(view):
                    continue
                written.append(sync_rows.write_paper(conn, gid, view, current, stamp))
                if current is None:
                    inserted.append(written[-1])
                changed += 1
        if bulk:  # the papers inserted above, in one statement
            fts.index(conn, inserted)
    if written:
        fts.refresh(conn, written)
    return changed


def _settle_keys(
    conn: Connection, views: dict[str, Paper], local: dict[str, Paper], gone: set[str]
) -> list[str]:
    """Give each citation key the views claim to one paper (one_key_each, among the views and
    the library's papers holding those keys); returns the papers that must let go of theirs
    before any paper takes one (papers gone are deleted before that)."""
    claims = {v["fields"]["citation_key"] for v in views.values()} - {None}
    holding = sync_rows.holders(conn, claims) if claims else {}
    current = {gid: p["fields"]["citation_key"] for gid, p in local.items()} | holding
    contest: dict[str, Paper] = {
        gid: {"fields": {"citation_key": key}}
        for gid, key in holding.items()
        if gid not in views and gid not in gone
    }
    contest |= views
    one_key_each(contest)
    views.update({gid: contest[gid] for gid in views})
    return [
        gid
        for gid, paper in contest.items()
        if current.get(gid) is not None and current[gid] != paper["fields"]["citation_key"]
    ]


def pull_queues(conn: Connection, shared: SharedDoc) -> int:
    """Bring the library's queues to the document's (with the papers the library holds)."""
    stamp = now()
    changed = 0
    queue_views, deleted = shared.queue_views(sync_rows.present(conn, shared.queued()))
    queues = sync_rows.read_queues(conn)
    for key, queue in queue_views.items():
        if queues.get(key) != queue and valid_queue(queue):
            sync_rows.write_queue(conn, queue, key in queues, stamp)
            changed += 1
    for key in deleted & queues.keys():
        sync_rows.delete_queue(conn, queues[key]["name"])
        changed += 1
    return changed
