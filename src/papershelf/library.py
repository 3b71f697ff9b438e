"""The use cases the CLI and the GUI both call. No Qt, no printing."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from papershelf.core.batching import batched
from papershelf.core.errors import ImportFailed, InvalidValue, NotFound
from papershelf.core.records import PaperRecord, ParseWarning
from papershelf.core.text import counted
from papershelf.export import FORMATS, BibOptions
from papershelf.export.bibtex import entry
from papershelf.export.others import render_markdown
from papershelf.importers import ParsedFile, RecordStream, parse_bytes, stream_file, worker
from papershelf.importers.decode import ReadCounter, sniff, text_digest
from papershelf.importers.worker import stream_file_beside
from papershelf.store import (
    annotations,
    backup,
    entry_cache,
    fts,
    keys,
    queues,
    rows,
    stats,
    undo,
)
from papershelf.store import papers as store_papers
from papershelf.store.batch import sort_indexes_built_after, upsert_batch
from papershelf.store.clock import now
from papershelf.store.connection import checkpoint, connect, migrate, transaction
from papershelf.store.merge import merge_papers
from papershelf.store.read import fetch_papers
from papershelf.store.schema import LATEST
from papershelf.store.search import (
    SELECTIVE_MATCHES,
    Filter,
    Probes,
    compile_filter,
    order_by,
)

Progress = Callable[[int, int], None]
RENDER_BATCH = 5000  # papers read and rendered together when their entries are not cached
# Listing files carry ~1-2.5 KB of text a paper; the lower figure errs towards "many papers".
LISTING_BYTES_PER_PAPER = 1024
IMPORT_BATCH = 1000  # records per set-based write; also how often progress and cancel are seen
PREPARE = "papershelf.store.batch:prepare"  # what a parsing process does for the writer
Cancelled = Callable[[], bool]


@dataclass
class ImportReport:
    file: str
    layout: str
    papers: int
    new: int = 0
    merged: int = 0
    unchanged: int = 0
    already_imported: bool = False
    warnings: list[ParseWarning] = field(default_factory=list)
    paper_ids: list[int] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "layout": self.layout,
            "papers": self.papers,
            "new": self.new,
            "merged": self.merged,
            "unchanged": self.unchanged,
            "already_imported": self.already_imported,
            "warnings": [warning.to_json() for warning in self.warnings],
        }


def _papers(ids: Sequence[int]) -> str:
    return counted(len(ids), "paper")


def checkpoint_file(path: Path | str) -> tuple[int, int]:
    """Fold a library's write-ahead log into its file on a fresh connection (any thread)."""
    return checkpoint(path)


class ImportCancelled(Exception):
    """The user cancelled an import; nothing of that file was written."""


class Library:
    """One library file. Every write is one transaction."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.db = connect(path)
        self.conn = self.db.conn

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self, label: str, *, undoable: bool = True) -> Iterator[set[int]]:
        """One transaction and one undo step; papers in the yielded set get tags and notes
        re-indexed (their listing text is re-indexed by triggers)."""
        ids: set[int] = set()
        with transaction(self.db):
            if undoable:
                undo.begin(self.conn, label)
            try:
                yield ids
            finally:
                undo.end(self.conn)
            if ids:
                fts.refresh(self.conn, ids)

    def checkpoint(self) -> tuple[int, int]:
        """Fold the write-ahead log into the library file (the GUI does this when idle)."""
        return checkpoint_file(self.path)

    # -- backups ---------------------------------------------------------------------------

    def backup(self, target: Path | str | None = None) -> Path:
        """Copy the library (to `target`, or a stamped file in the backups folder)."""
        path = Path(target) if target else backup.stamped(self.path, "manual")
        return backup.copy_to(self.conn, path)

    def backups(self) -> list[Path]:
        return backup.listing(self.path)

    def auto_backup(self, *, keep: int | None = None) -> Path | None:
        """At most one automatic backup a day; the newest `keep` are kept."""
        if not backup.due(self.path):
            return None
        made = backup.copy_to(self.conn, backup.stamped(self.path, "daily"))
        backup.prune(self.path, keep or backup.keep_count())
        return made

    def restore_backup(self, candidate: Path | str) -> Path:
        """Check the backup, save the current library aside, then replace its content."""
        source = Path(candidate)
        backup.verify(source, latest=LATEST)
        saved = backup.copy_to(self.conn, backup.stamped(self.path, "before-restore"))
        backup.restore_into(self.conn, source)
        migrate(self.conn)  # an older backup comes up to this version's schema
        return saved

    # -- undo ------------------------------------------------------------------------------

    def undo_label(self) -> str | None:
        found = undo.top(self.conn, "undo")
        return found[1] if found else None

    def redo_label(self) -> str | None:
        found = undo.top(self.conn, "redo")
        return found[1] if found else None

    def undo(self) -> str | None:
        """Undo the newest action (from this window, the CLI or another window)."""
        return self._replay("undo")

    def redo(self) -> str | None:
        return self._replay("redo")

    def _replay(self, stack: str) -> str | None:
        with transaction(self.db):
            done = undo.replay(self.conn, stack)
            if done is None:
                return None
            meta = set(done.meta_ids)
            for tag in done.tag_ids:
                meta.update(
                    r[0]
                    for r in self.conn.execute(
                        "SELECT paper_id FROM paper_tags WHERE tag_id = ?", (tag,)
                    )
                )
            fts.refresh(self.conn, meta)
            return done.label

    # -- importing -------------------------------------------------------------------------

    def import_path(
        self,
        path: Path | str,
        *,
        layout: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:
        """Import a listing file, read and parsed as it is written: memory stays flat."""
        source = Path(path)
        sniffed = sniff(source)
        known = self._already_imported(str(path), sniffed.digest)
        if known is not None:  # the same text again: answer from the library, parse nothing
            return known
        counter = ReadCounter()
        if sniffed.size >= worker.PROCESS_MIN_BYTES:  # parsed on the other core
            stream = stream_file_beside(
                source, sniffed.encoding, layout=layout, counter=counter, prepare=PREPARE
            )
        else:
            stream = stream_file(source, sniffed.encoding, layout=layout, counter=counter)
        try:
            return self._import_stream(
                stream,
                sniffed.digest,
                # Records in the file are not known in advance; bytes read are.
                progress=(lambda _records, size: progress(counter.done, size))
                if progress
                else None,
                total=sniffed.size,
                expected_papers=sniffed.size // LISTING_BYTES_PER_PAPER,
                cancelled=cancelled,
            )
        finally:
            stream.close()

    def _already_imported(self, name: str, digest: str) -> ImportReport | None:
        row = self.conn.execute(
            "SELECT s.layout, count(ps.paper_id) FROM sources s "
            "LEFT JOIN paper_sources ps ON ps.source_id = s.id WHERE s.sha256 = ? GROUP BY s.id",
            (digest,),
        ).fetchone()
        if row is None:
            return None
        return ImportReport(name, row[0], row[1], unchanged=row[1], already_imported=True)

    def import_text(self, text: str, name: str, *, layout: str | None = None) -> ImportReport:
        return self.import_parsed(parse_bytes(text.encode("utf-8"), name, layout=layout))

    def import_parsed(
        self,
        parsed: ParsedFile,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:
        """Import records parsed already (pasted text); the same text twice changes nothing."""
        result = parsed.result
        stream = RecordStream(parsed.name, result.layout, iter(result.records), result.warnings)
        return self._import_stream(
            stream,
            text_digest(parsed.text),
            progress=progress,
            total=len(result.records),
            expected_papers=len(result.records),
            cancelled=cancelled,
        )

    def _import_stream(
        self,
        stream: RecordStream,
        digest: str,
        *,
        progress: Progress | None,
        total: int,
        expected_papers: int,
        cancelled: Cancelled | None,
    ) -> ImportReport:
        """All of a file's papers or none of them, written a batch at a time as parsed."""
        report = ImportReport(stream.name, stream.layout, 0, warnings=stream.warnings)
        with (
            self._write(f"Import {Path(stream.name).name}") as touched,
            sort_indexes_built_after(self.conn, expected_papers),
        ):
            if store_papers.source_exists(self.conn, digest):
                return self._already_imported(stream.name, digest) or report
            stamp = now()
            source = store_papers.record_source(
                self.conn, Path(stream.name).name, digest, stream.layout, stamp
            )
            with fts.bulk_indexing(self.conn, expected_papers):
                for batch in batched(stream.records, IMPORT_BATCH):
                    if cancelled and cancelled():
                        raise ImportCancelled(stream.name)
                    self._import_batch(batch, source, stamp, report, touched)
                    if progress:
                        progress(report.papers, total)
            if not report.papers:
                raise stream.nothing_found()
            if cancelled and cancelled():  # a late cancel still leaves nothing behind
                raise ImportCancelled(stream.name)
        return report

    def _import_batch(
        self,
        batch: Sequence[PaperRecord],
        source: int,
        stamp: str,
        report: ImportReport,
        touched: set[int],
    ) -> None:
        outcomes = upsert_batch(self.conn, batch, stamp)
        store_papers.link_sources(
            self.conn, source, [(o.paper_id, r.line) for o, r in zip(outcomes, batch, strict=True)]
        )
        report.papers += len(batch)
        for outcome in outcomes:
            self._count(report, outcome)
            touched.add(outcome.paper_id)

    @staticmethod
    def _count(report: ImportReport, outcome: store_papers.Outcome) -> None:
        report.paper_ids.append(outcome.paper_id)
        if not outcome.merged:
            report.new += 1
        elif outcome.changed:
            report.merged += 1
        else:
            report.unchanged += 1

    # -- reading ---------------------------------------------------------------------------

    def query_ids(
        self,
        spec: Filter | None = None,
        *,
        sort: str = "added",
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[int]:
        where, params = compile_filter(spec or Filter(), self._probes)
        sql = f"SELECT p.id FROM papers p WHERE {where} ORDER BY {order_by(sort, descending=descending)}"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        # One JSON array instead of a Python row per paper: half the time for 100k ids. An
        # aggregate over an ordered subquery keeps its order (SQLite never flattens that pair).
        found = self.conn.execute(f"SELECT json_group_array(id) FROM ({sql})", params).fetchone()
        return list(json.loads(found[0]))

    @property
    def _probes(self) -> Probes:
        return Probes(in_meta=self._in_meta, selective=self._selective)

    def _selective(self, match: str, index: str) -> bool:
        """Whether a MATCH on one full-text index finds few papers (reads at most a few
        thousand ids of it, well under a millisecond)."""
        found = self.conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {index} WHERE {index} MATCH ? LIMIT ?)",
            (match, SELECTIVE_MATCHES + 1),
        ).fetchone()[0]
        return int(found) <= SELECTIVE_MATCHES

    def _in_meta(self, match: str) -> bool:
        """Whether a full-text term occurs in any tag or note (a small index: one probe)."""
        found = self.conn.execute(
            "SELECT 1 FROM meta_fts WHERE meta_fts MATCH ? LIMIT 1", (match,)
        ).fetchone()
        return found is not None

    def count(self, spec: Filter | None = None) -> int:
        where, params = compile_filter(spec or Filter(), self._probes)
        return int(
            self.conn.execute(f"SELECT count(*) FROM papers p WHERE {where}", params).fetchone()[0]
        )

    def papers(self, ids: Sequence[int]) -> list[dict[str, Any]]:
        return fetch_papers(self.conn, list(ids))

    def table_rows(self, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        """What the GUI table shows for these papers, keyed by id."""
        return rows.table_rows(self.conn, list(ids))

    def data_version(self) -> int:
        """Changes whenever another connection (CLI, another window) commits."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def all_tag_names(self) -> list[str]:
        return [name for name, _ in self.tags()]

    def paper(self, paper_id: int) -> dict[str, Any]:
        found = self.papers([paper_id])
        if not found:
            raise NotFound(f"no paper with id {paper_id}")
        return found[0]

    def tags(self) -> list[tuple[str, int]]:
        return [
            (r[0], r[1])
            for r in self.conn.execute(
                # Trashed papers come from their small partial index; looking up each tagged
                # paper's wide row instead read ~350 MB of a 100k library at start-up.
                "SELECT t.name, count(pt.paper_id) FILTER (WHERE pt.paper_id NOT IN "
                "(SELECT id FROM papers WHERE deleted IS NOT NULL)) "
                "FROM tags t LEFT JOIN paper_tags pt ON pt.tag_id = t.id "
                "GROUP BY t.id ORDER BY t.name COLLATE NOCASE"
            )
        ]

    def status_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(annotations.STATUSES, 0)
        for status, number in self.conn.execute(
            "SELECT status, count(*) FROM papers WHERE deleted IS NULL GROUP BY status"
        ):
            counts[status] = number
        return counts

    def sources(self) -> list[dict[str, Any]]:
        return [
            {"id": r[0], "file": r[1], "layout": r[2], "imported": r[3], "papers": r[4]}
            for r in self.conn.execute(
                "SELECT s.id, s.file, s.layout, s.imported, count(DISTINCT ps.paper_id) "
                "FROM sources s LEFT JOIN paper_sources ps ON ps.source_id = s.id "
                "GROUP BY s.id ORDER BY s.id"
            )
        ]

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

    # -- the reader's own data -------------------------------------------------------------

    def tag(
        self, ids: Sequence[int], *, add: Sequence[str] = (), remove: Sequence[str] = ()
    ) -> None:
        with self._write(f"Tag {_papers(ids)}") as touched:
            annotations.require_papers(self.conn, list(ids))
            annotations.add_tags(self.conn, list(ids), list(add))
            annotations.remove_tags(self.conn, list(ids), list(remove))
            touched.update(ids)

    def rename_tag(self, old: str, new: str) -> None:
        with self._write(f"Rename tag {old!r}") as touched:
            touched.update(annotations.rename_tag(self.conn, old, new))

    def delete_tag(self, name: str) -> None:
        with self._write(f"Delete tag {name!r}") as touched:
            touched.update(annotations.delete_tag(self.conn, name))

    def rate(self, ids: Sequence[int], rating: int) -> None:
        with self._write(f"Rate {_papers(ids)} {rating}★"):
            annotations.require_papers(self.conn, list(ids))
            annotations.set_rating(self.conn, list(ids), rating, now())

    def set_status(self, ids: Sequence[int], status: str, *, at: str | None = None) -> None:
        """Set the reading status; `at` (ISO time) records when, for imports of old history."""
        with self._write(f"Mark {_papers(ids)} {status}"):
            annotations.require_papers(self.conn, list(ids))
            annotations.set_status(self.conn, list(ids), status, at or now())

    def status_history(self, paper_id: int) -> list[tuple[str, str]]:
        return [
            (r[0], r[1])
            for r in self.conn.execute(
                "SELECT status, changed FROM status_history WHERE paper_id = ? ORDER BY id",
                (paper_id,),
            )
        ]

    def add_note(self, paper_id: int, body: str) -> int:
        with self._write("Add note") as touched:
            annotations.require_papers(self.conn, [paper_id])
            touched.add(paper_id)
            return annotations.add_note(self.conn, paper_id, body, now())

    def edit_note(self, note_id: int, body: str) -> None:
        with self._write("Edit note") as touched:
            touched.add(annotations.edit_note(self.conn, note_id, body, now()))

    def delete_note(self, note_id: int) -> None:
        with self._write("Delete note") as touched:
            touched.add(annotations.delete_note(self.conn, note_id))

    def update_paper(self, paper_id: int, **changes: Any) -> None:
        with self._write(f"Edit {', '.join(sorted(changes))}") as touched:
            annotations.require_papers(self.conn, [paper_id])
            annotations.update_paper(self.conn, paper_id, changes, now())
            touched.add(paper_id)

    def merge(self, keep: int, other: int) -> None:
        with self._write("Merge papers") as touched:
            annotations.require_papers(self.conn, [keep, other])
            if keep == other:
                return
            merge_papers(self.conn, keep, other, now())
            touched.update((keep, other))

    def trash(self, ids: Sequence[int]) -> None:
        with self._write(f"Move {_papers(ids)} to the trash") as touched:
            annotations.require_papers(self.conn, list(ids))
            annotations.trash(self.conn, list(ids), now())
            touched.update(ids)

    def restore(self, ids: Sequence[int]) -> None:
        with self._write(f"Restore {_papers(ids)}") as touched:
            annotations.restore(self.conn, list(ids))
            touched.update(ids)

    def empty_trash(self) -> int:
        with self._write("Empty the trash"):
            return annotations.empty_trash(self.conn)

    # -- export ----------------------------------------------------------------------------

    def keyed_papers(self, ids: Sequence[int]) -> list[dict[str, Any]]:
        """Papers with their citation keys, assigning (and storing) keys they lack."""
        found = self.papers(ids)
        if any(not paper["citation_key"] for paper in found):
            with self._write("assign citation keys", undoable=False):
                keys.assign_missing(self.conn, found)
        return found

    def export(
        self, ids: Sequence[int], fmt: str, *, title: str = "Reading list", in_order: bool = False
    ) -> str:
        """Render papers; `in_order` keeps the given order (a queue) in Markdown."""
        if fmt not in FORMATS:
            raise InvalidValue(
                f"unknown export format {fmt!r} (one of {', '.join(sorted(FORMATS))})"
            )
        if fmt in ("bibtex", "biblatex"):
            return self._bib_entries(ids, style=fmt, keep_order=in_order)
        papers = self.keyed_papers(ids)
        if fmt == "markdown":
            return render_markdown(papers, title=title, group_by="order" if in_order else "status")
        return FORMATS[fmt](papers)

    def _bib_entries(self, ids: Sequence[int], *, style: str, keep_order: bool) -> str:
        """Entries sorted by key (a queue keeps its order); unchanged papers come from the cache."""
        entries = entry_cache.cached(self.conn, ids, style)
        have = {paper_id for paper_id, _, _ in entries}
        missing = [paper_id for paper_id in dict.fromkeys(ids) if paper_id not in have]
        options = BibOptions(biblatex=style == "biblatex")
        for start in range(0, len(missing), RENDER_BATCH):  # a bounded number of dicts at once
            chunk = self.keyed_papers(missing[start : start + RENDER_BATCH])
            fresh = [(paper["id"], paper["citation_key"], entry(paper, options)) for paper in chunk]
            with self._write("cache entries", undoable=False):
                entry_cache.store(self.conn, style, fresh)
            entries += fresh
        if keep_order:
            position = {paper_id: index for index, paper_id in enumerate(dict.fromkeys(ids))}
            entries.sort(key=lambda row: position[row[0]])
        else:
            entries.sort(key=lambda row: (row[1].lower(), row[0]))
        if not entries:
            return ""
        # The empty last item gives the closing blank line without copying 200 MB once more.
        return "\n\n".join([*(text for _, _, text in entries), ""])

    def set_citation_key(self, paper_id: int, key: str) -> None:
        with self._write("Edit citation key"):
            annotations.require_papers(self.conn, [paper_id])
            keys.set_key(self.conn, paper_id, key)

    # -- queues ----------------------------------------------------------------------------

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
        with self._write(f"Add {_papers(ids)} to {name!r}"):
            annotations.require_papers(self.conn, list(ids))
            return queues.add(self.conn, name, list(ids), now())

    def dequeue(self, name: str, ids: Sequence[int]) -> None:
        with self._write(f"Remove {_papers(ids)} from {name!r}"):
            queues.remove(self.conn, name, list(ids))

    def move_in_queue(self, name: str, ids: Sequence[int], position: int) -> None:
        with self._write(f"Move {_papers(ids)} in {name!r}"):
            queues.move(self.conn, name, list(ids), position)

    def is_smart_queue(self, name: str) -> bool:
        return queues.is_smart(self.conn, name)

    def queue_ids(self, name: str) -> list[int]:
        identifier = queues.queue_id(self.conn, name)
        kind, query, sort = self.conn.execute(
            "SELECT kind, query, sort FROM queues WHERE id = ?", (identifier,)
        ).fetchone()
        if kind == "smart":
            return self.query_ids(Filter(search=query or ""), sort=sort or "added")
        return queues.items(self.conn, identifier)

    def queue_progress(self, name: str, *, today: date | None = None) -> dict[str, Any]:
        created = self.conn.execute("SELECT created FROM queues WHERE name = ?", (name,)).fetchone()
        if created is None:
            raise NotFound(f"no queue named {name!r}")
        return stats.queue_progress(
            self.conn, self.queue_ids(name), created[0], today=today or date.today()
        )

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

    def queue_next(self, name: str) -> int | None:
        ids = self.queue_ids(name)
        statuses = {p["id"]: p["status"] for p in self.papers(ids)}
        return next((i for i in ids if statuses.get(i) in queues.UNFINISHED), None)


def import_all(
    library: Library, paths: Sequence[Path | str], *, layout: str | None = None
) -> tuple[list[ImportReport], list[ImportFailed]]:
    """Import several files; one bad file does not stop the others."""
    reports: list[ImportReport] = []
    failures: list[ImportFailed] = []
    for path in paths:
        try:
            reports.append(library.import_path(path, layout=layout))
        except ImportFailed as error:
            failures.append(error)
    return reports, failures
