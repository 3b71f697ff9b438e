"""Reading queues: plain ones in the reader's order, smart ones following a search."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from papershelf.core.changes import QUEUE, OpChanges
from papershelf.core.errors import InvalidValue, NotFound
from papershelf.library.base import papers_phrase
from papershelf.library.reading import Reading
from papershelf.store import annotations as store_annotations
from papershelf.store import counts, queue_views, queues, stats
from papershelf.store.clock import now
from papershelf.store.search import Filter, compile_filter, order_by


class Queues(Reading):
    def queues(self) -> list[dict[str, Any]]:
        listing = queues.listing(self.conn)
        if any(queue["kind"] == "smart" for queue in listing):
            counted = self.counts()
            for queue in listing:
                if queue["kind"] == "smart":
                    queue["papers"] = counted[f"queue:{queue['name']}"]
                    queue["read"] = counted[f"queue-read:{queue['name']}"]
        return listing

    def create_queue(
        self, name: str, *, query: str | None = None, sort: str | None = None
    ) -> OpChanges:
        if query is not None:
            compile_filter(Filter(search=query))  # refuse a search that cannot run
            order_by(sort or "added")
        with self._write(f"Create queue {name!r}", watch=()):
            queues.create(self.conn, name, now(), query=query, sort=sort)
        self._queues_changed()
        return self._changes((), queue_list=True)

    def rename_queue(self, old: str, new: str) -> OpChanges:
        with self._write(f"Rename queue {old!r}", watch=()):
            queues.rename(self.conn, old, new)
        self._queues_changed()
        return self._changes((), queue_list=True)

    def merge_queue(self, name: str, into: str) -> OpChanges:
        """`name`'s papers join the end of `into` (those in both keep their place there) and
        `name` is deleted: one undo step."""
        if name == into:
            raise InvalidValue("a queue cannot be merged into itself")
        with self._write(f"Merge queue {name!r} into {into!r}", watch=None, aspects={QUEUE}):
            members = queues.merge(self.conn, name, into, now())
        self._queues_changed()
        return self._changes(members, QUEUE, queue_list=True, queues=[into])

    def delete_queue(self, name: str) -> OpChanges:
        with self._write(f"Delete queue {name!r}", watch=()):
            members = queues.delete(self.conn, name)
        self._queues_changed()
        return self._changes(members, QUEUE, queue_list=True)

    def enqueue(self, name: str, ids: Sequence[int]) -> list[int]:
        """The papers added (those not queued already); `last_changes` says what changed."""
        with self._write(f"Add {papers_phrase(ids)} to {name!r}", watch=ids, aspects={QUEUE}):
            store_annotations.require_papers(self.conn, list(ids))
            added = queues.add(self.conn, name, list(ids), now())
        self._changes(added, QUEUE, queues=[name])
        return added

    def dequeue(self, name: str, ids: Sequence[int]) -> OpChanges:
        with self._write(f"Remove {papers_phrase(ids)} from {name!r}", watch=ids, aspects={QUEUE}):
            queues.remove(self.conn, name, list(ids))
        return self._changes(ids, QUEUE, queues=[name])

    def move_in_queue(self, name: str, ids: Sequence[int], position: int) -> OpChanges:
        with self._write(f"Move {papers_phrase(ids)} in {name!r}", watch=()):
            queues.move(self.conn, name, list(ids), position)
        return self._changes(ids, QUEUE, queues=[name])

    def nudge_in_queue(self, name: str, ids: Sequence[int], *, down: bool) -> OpChanges:
        """Each paper one place up (down); papers apart stay apart (queues.nudge)."""
        way = "down" if down else "up"
        with self._write(f"Move {papers_phrase(ids)} {way} in {name!r}", watch=()):
            queues.nudge(self.conn, name, list(ids), down=down)
        return self._changes(ids, QUEUE, queues=[name])

    def queue_search(self, name: str) -> tuple[str, str] | None:
        """A smart queue's (search, sort); None for a plain queue."""
        queue = queue_views.definition(self.conn, name)
        return (queue.query, queue.sort) if queue.smart else None

    def is_smart_queue(self, name: str) -> bool:
        return queues.is_smart(self.conn, name)

    def queue_ids(self, name: str) -> list[int]:
        queue = queue_views.definition(self.conn, name)
        if queue.smart:
            return self.query_ids(Filter(search=queue.query), sort=queue.sort)
        return queues.items(self.conn, queue.id)

    def queue_progress(self, name: str, *, today: date | None = None) -> dict[str, Any]:
        """Read/total, when the queue was started and how many papers a week get read from
        it: counted in SQL (a smart queue's totals come from the sidebar's counts)."""
        queue = queue_views.definition(self.conn, name)
        if queue.smart:
            # The sidebar's counts when they are kept; else this queue alone (the CLI).
            counted = (
                self.counts()
                if self._counts_current()
                else counts.smart_queue_counts(self.conn, name, queue.query)
            )
            total, read = counted[f"queue:{name}"], counted[f"queue-read:{name}"]
        else:
            total, read = queue_views.plain_progress(self.conn, queue)
        return stats.queue_pace(
            self.conn,
            queue_views.members(self.conn, queue),
            queue.created,
            total=total,
            read=read,
            today=today or date.today(),
        )

    def queue_totals(self, name: str) -> tuple[int, int]:
        """(papers read or skimmed, papers) of a queue, from the sidebar's counts."""
        counted = self.counts()
        if f"queue:{name}" not in counted:
            raise NotFound(f"no queue named {name!r}")
        return counted[f"queue-read:{name}"], counted[f"queue:{name}"]

    def first_unfinished(self, ids: Sequence[int]) -> int | None:
        """The first of these papers (in this order) still to be read."""
        return queue_views.first_unfinished(self.conn, ids)

    def queue_next(self, name: str) -> int | None:
        """The first paper of the queue, in its order, not read, skimmed or dropped yet."""
        return queue_views.next_unfinished(self.conn, queue_views.definition(self.conn, name))
