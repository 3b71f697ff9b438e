"""Reading the library: which papers a filter selects, their rows, counts and history."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from papershelf.core.errors import NotFound
from papershelf.core.query import parse_query
from papershelf.library.base import LibraryBase
from papershelf.store import counts, lookup, overview, queues, rows, selection, stats
from papershelf.store.read import fetch_papers
from papershelf.store.search import Filter, Probes

NAMED = ("tag", "queue", "source")  # search qualifiers that name something in the library


class Reading(LibraryBase):
    def query_ids(
        self,
        spec: Filter | None = None,
        *,
        sort: str = "added",
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[int]:
        return lookup.matching_ids(
            self.conn,
            spec or Filter(),
            sort=sort,
            descending=descending,
            limit=limit,
            offset=offset,
        )

    @property
    def _probes(self) -> Probes:
        return lookup.probes(self.conn)

    def which_match(self, spec: Filter, ids: Sequence[int]) -> set[int]:
        """Those of a few papers that `spec` selects (a view checks the papers an action
        touched, instead of querying all of its rows again)."""
        return counts.which_match(self.conn, spec, ids)

    def require_known(self, spec: Filter) -> None:
        """Refuse a selection naming a tag, queue, source or paper the library lacks (an
        export of a typo would otherwise write an empty file over a good one); the search's
        own syntax errors surface here too."""
        terms = [t for t in parse_query(spec.search) if not t.negated] if spec.search else []
        named = {kind: [t.value for t in terms if t.field == kind] for kind in NAMED}
        queues_named = [*([spec.queue] if spec.queue is not None else []), *named["queue"]]
        sources = [spec.source_id] if spec.source_id is not None else []
        conn = self.conn
        problems = [
            *(
                f"no tag named {n!r}"
                for n in selection.missing_tags(conn, spec.tags + named["tag"])
            ),
            *(f"no queue named {n!r}" for n in selection.missing_queues(conn, queues_named)),
            *(
                f"no imported file matches source:{n}"
                for n in selection.missing_sources(conn, named["source"])
            ),
            *(f"no source with id {n}" for n in selection.missing_source_ids(conn, sources)),
            *(f"no paper with id {n}" for n in selection.missing_papers(conn, spec.ids or [])),
        ]
        if problems:
            raise NotFound("; ".join(problems))

    def count(self, spec: Filter | None = None) -> int:
        return lookup.count_matching(self.conn, spec or Filter())

    def papers(self, ids: Sequence[int]) -> list[dict[str, Any]]:
        return fetch_papers(self.conn, list(ids))

    def table_rows(self, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        """What the GUI table shows for these papers, keyed by id."""
        return rows.table_rows(self.conn, list(ids))

    def shared_rating_and_status(self, ids: Sequence[int]) -> tuple[int | None, str | None]:
        """What all these papers agree on, read without reading the papers (a selection of
        thousands); None where they differ."""
        return rows.shared_rating_and_status(self.conn, list(ids))

    def filled_columns(self, ids: Sequence[int]) -> set[str]:
        """Which of the table's authors, date, category, tags and rating columns these papers fill."""
        return rows.filled_columns(self.conn, list(ids))

    def data_version(self) -> int:
        """Changes whenever another connection (CLI, another window) commits."""
        return overview.data_version(self.conn)

    def all_tag_names(self) -> list[str]:
        return overview.tag_names(self.conn)

    def tag_colours(self) -> dict[str, str]:
        """Tag name -> the colour (#rrggbb) the reader gave it."""
        return overview.tag_colours(self.conn)

    def paper(self, paper_id: int) -> dict[str, Any]:
        found = self.papers([paper_id])
        if not found:
            raise NotFound(f"no paper with id {paper_id}")
        return found[0]

    def tags(self) -> list[tuple[str, int]]:
        return overview.tag_counts(self.conn)

    def status_counts(self) -> dict[str, int]:
        return overview.status_counts(self.conn)

    def sources(self) -> list[dict[str, Any]]:
        return overview.sources(self.conn)

    def summary(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "papers": self.count(),
            "needs_review": self.count(Filter(needs_review=True)),
            "trash": self.count(Filter(trash=True)),
            "statuses": self.status_counts(),
            "tags": len(self.tags()),
            "queues": len(queues.listing(self.conn)),
            "sources": len(self.sources()),
        }

    def status_history(self, paper_id: int) -> list[tuple[str, str]]:
        return overview.status_history(self.conn, paper_id)

    def dashboard(self, *, weeks: int = 26, today: date | None = None) -> dict[str, Any]:
        """What the reading dashboard shows: a weekly series, counts, the oldest unread."""
        return {
            "read_per_week": stats.read_per_week(
                self.conn, weeks=weeks, today=today or date.today()
            ),
            "statuses": self.status_counts(),
            "tags": stats.per_tag(self.conn),
            "oldest_unread": stats.oldest_unread(self.conn),
        }
