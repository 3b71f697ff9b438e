"""Reading queues: plain ones in the reader's order, smart ones following a search."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from papershelf.library.base import papers_phrase
from papershelf.library.reading import Reading
from papershelf.store import annotations as store_annotations
from papershelf.store import queue_views, queues, stats
from papershelf.store.clock import now
from papershelf.store.search import Filter, compile_filter, order_by


class Queues(Reading):
    def queues(self) -> list[dict[str, Any]]:
        listing = queues.listing(self.conn)
        for queue in listing:
            if queue["kind"] == "smart":
                ids = self.queue_ids(str(queue["name"]))
                queue["papers"] = len(ids)
                queue["read"] = sum(p["status"] in ("read", "skimmed") for p in self.papers(ids))
        return listing

    def create_queue(self, name: str, *, query: str | None = None, sort: str | None = None) -> None:
        if query is not None:
            compile_filter(Filter(search=query))  # refuse a search that cannot run
            order_by(sort or "added")
        with self._write(f"Create queue {name!r}"):
            queues.create(self.conn, name, now(), query=query, sort=sort)

    def rename_queue(self, old: str, new: str) -> None:
        with self._write(f"Rename queue {old!r}"):
            queues.rename(self.conn, old, new)

    def delete_queue(self, name: str) -> None:
        with self._write(f"Delete queue {name!r}"):
            queues.delete(self.conn, name)

    def enqueue(self, name: str, ids: Sequence[int]) -> list[int]:
        with self._write(f"Add {papers_phrase(ids)} to {name!r}"):
            store_annotations.require_papers(self.conn, list(ids))
            return queues.add(self.conn, name, list(ids), now())

    def dequeue(self, name: str, ids: Sequence[int]) -> None:
        with self._write(f"Remove {papers_phrase(ids)} from {name!r}"):
            queues.remove(self.conn, name, list(ids))

    def move_in_queue(self, name: str, ids: Sequence[int], position: int) -> None:
        with self._write(f"Move {papers_phrase(ids)} in {name!r}"):
            queues.move(self.conn, name, list(ids), position)

    def is_smart_queue(self, name: str) -> bool:
        return queues.is_smart(self.conn, name)

    def queue_ids(self, name: str) -> list[int]:
        queue = queue_views.definition(self.conn, name)
        if queue.smart:
            return self.query_ids(Filter(search=queue.query), sort=queue.sort)
        return queues.items(self.conn, queue.id)

    def queue_progress(self, name: str, *, today: date | None = None) -> dict[str, Any]:
        created = queue_views.definition(self.conn, name).created
        return stats.queue_progress(
            self.conn, self.queue_ids(name), created, today=today or date.today()
        )

    def queue_next(self, name: str) -> int | None:
        ids = self.queue_ids(name)
        statuses = {p["id"]: p["status"] for p in self.papers(ids)}
        return next((i for i in ids if statuses.get(i) in queues.UNFINISHED), None)
