"""Importing listing files and pasted text: all of a file's papers or none of them."""

from __future__ import annotations

from array import array
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from papershelf.core.batching import batched
from papershelf.core.errors import ImportFailed, printable_name
from papershelf.core.records import UNLIKE_FLAG, PaperRecord, ParseWarning
from papershelf.core.sources import is_clipboard, layout_label
from papershelf.importers import ParsedFile, RecordStream, parse_bytes, stream_file, worker
from papershelf.importers.decode import ReadCounter, iter_lines, sniff, text_digest
from papershelf.importers.paste import PASTE_LAYOUTS
from papershelf.importers.pipeline import (
    ListingPreview,
    no_collector_pauses,
    read_listing,
    sure_seed_layout,
)
from papershelf.importers.worker import stream_file_beside
from papershelf.library.base import Cancelled, LibraryBase, Progress
from papershelf.library.preview import head_lines
from papershelf.store import fts
from papershelf.store import papers as store_papers
from papershelf.store.batch import upsert_batch
from papershelf.store.bulk import built_after, sorts_on_disk
from papershelf.store.clock import now
from papershelf.store.connection import transaction

# Listing files carry ~1-2.5 KB of text a paper; the lower figure errs towards "many papers".
LISTING_BYTES_PER_PAPER = 1024
IMPORT_BATCH = 1000  # records per set-based write; also how often progress and cancel are seen
PREPARE = "papershelf.store.batch:prepare_to_send"  # what a parsing process does for the writer


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
    # 8 bytes a paper, not a Python int each: a million-paper import keeps memory flat.
    paper_ids: array[int] = field(default_factory=lambda: array("q"))
    encoding: str = "utf-8"
    # Lines of the records read but left out as unlike papers (`include_unlikely` imports them).
    left_out: list[int] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "layout": self.layout,
            "papers": self.papers,
            "new": self.new,
            "merged": self.merged,
            "unchanged": self.unchanged,
            "already_imported": self.already_imported,
            "encoding": self.encoding,
            "warnings": [warning.to_json() for warning in self.warnings],
            "left_out": self.left_out,
        }


class ImportCancelled(Exception):
    """The user cancelled an import; nothing of that file was written."""


class Imports(LibraryBase):
    def import_path(
        self,
        path: Path | str,
        *,
        layout: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        include_unlikely: bool = False,
    ) -> ImportReport:
        """Import a listing file, read and parsed as it is written: memory stays flat. A paste's
        records unlike papers are left out unless `include_unlikely` (the preview's default)."""
        source = Path(path)
        self.refuse_own_file(source)
        sniffed = sniff(source)
        known = self._already_imported(printable_name(str(path)), sniffed.digest)
        if known is not None:  # the same text again: answer from the library, parse nothing
            known.encoding = sniffed.encoding_name
            return known
        if layout in PASTE_LAYOUTS or (
            layout is None
            and sniffed.size < worker.PROCESS_MIN_BYTES
            and sure_seed_layout(head_lines(source, sniffed.encoding)) is None
        ):  # a paste rather than a whole seed-layout page: read it all, then write
            text = "\n".join(iter_lines(source, sniffed.encoding))
            preview = read_listing(text, str(path), layout=layout)
            return self.import_preview(
                preview,
                None if include_unlikely else preview.default_picks(),
                digest=sniffed.digest,
                progress=progress,
                cancelled=cancelled,
            )
        counter = ReadCounter()
        if sniffed.size >= worker.PROCESS_MIN_BYTES:  # parsed on the other core
            stream = stream_file_beside(
                source, sniffed.encoding, layout=layout, counter=counter, prepare=PREPARE
            )
        else:
            stream = stream_file(source, sniffed.encoding, layout=layout, counter=counter)
        stream.warnings[:0] = sniffed.warnings  # bytes replaced while decoding
        expected = sniffed.size // LISTING_BYTES_PER_PAPER
        try:
            # Records come and go a batch at a time, none of them in a cycle: the collector
            # would only walk them (~12% of the writer's time on a .bib).
            with no_collector_pauses(), sorts_on_disk(self.conn, expected):
                report = self._import_stream(
                    stream,
                    sniffed.digest,
                    # Records in the file are not known in advance; bytes read are.
                    progress=(lambda _records, size: progress(counter.done, size))
                    if progress
                    else None,
                    total=sniffed.size,
                    expected_papers=expected,
                    cancelled=cancelled,
                )
        finally:
            stream.close()
        report.encoding = sniffed.encoding_name
        return report

    def index_pending(self, *, limit: int | None = None) -> int:
        """Index papers a big import left out of the listing index (at most `limit` of them,
        in a transaction of their own, not an undo step); returns how many still wait."""
        if not fts.pending(self.conn):
            return 0
        with transaction(self.db):
            fts.catch_up(self.conn, limit=limit)
            return fts.pending(self.conn)

    def _already_imported(self, name: str, digest: str) -> ImportReport | None:
        found = store_papers.imported_source(self.conn, digest)
        if found is None:
            return None
        layout, papers = found
        return ImportReport(name, layout, papers, unchanged=papers, already_imported=True)

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
        records = [record for record in result.records if not record.left_out]
        stream = RecordStream(parsed.name, result.layout, iter(records), result.warnings)
        report = self._import_stream(
            stream,
            text_digest(parsed.text),
            progress=progress,
            total=len(records),
            expected_papers=len(records),
            cancelled=cancelled,
        )
        report.encoding = parsed.encoding
        report.left_out = [record.line for record in result.records if record.left_out]
        return report

    def import_preview(
        self,
        preview: ListingPreview,
        chosen: Collection[int] | None = None,
        *,
        digest: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:
        """Write the previewed papers the user kept (indexes into `preview.records`; all when
        None). A partial choice is recorded apart, so the rest can still be imported later."""
        records = preview.records
        keep = range(len(records)) if chosen is None else sorted(set(chosen))
        picked = [records[i] for i in keep if 0 <= i < len(records)]
        if not picked:
            raise ImportFailed(preview.name, "no paper chosen to import")
        whole = len(picked) == len(records)
        digest = digest if digest and whole else text_digest(preview.text)
        if not whole or preview.switched:
            choice = ",".join(str(i) for i in keep) + "|" + preview.layout
            digest = text_digest(f"{digest}\n{choice}")
        layout = preview.layout if whole else layouts_of(preview, keep)
        warnings = preview.warnings if whole else warnings_kept(preview, picked)
        warnings = with_unlike_flags(warnings, picked)
        stream = RecordStream(preview.name, layout, iter(picked), warnings)
        report = self._import_stream(
            stream,
            digest,
            progress=progress,
            total=len(picked),
            expected_papers=len(picked),
            cancelled=cancelled,
        )
        kept = set(keep)
        report.left_out = [r.line for i, r in enumerate(records) if r.left_out and i not in kept]
        return report

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
        self._changed_everything()
        with (
            self._write(
                f"Import {layout_label(stream.layout)} from "
                + ("the clipboard" if is_clipboard(stream.name) else Path(stream.name).name)
            ) as touched,
            built_after(self.conn, expected_papers),
        ):
            if store_papers.source_exists(self.conn, digest):
                return self._already_imported(stream.name, digest) or report
            stamp = now()
            source = store_papers.record_source(
                self.conn, Path(stream.name).name, digest, stream.layout, stamp
            )
            # A big import returns once its papers are stored; they join the listing index
            # after it (`index_pending`, or the first search: see store.fts).
            defer_index = expected_papers >= fts.DEFER_FROM
            with fts.bulk_indexing(self.conn, 0 if defer_index else expected_papers):
                for batch in batched(stream.records, IMPORT_BATCH):
                    if cancelled and cancelled():
                        raise ImportCancelled(stream.name)
                    self._import_batch(batch, source, stamp, report, touched, defer_index)
                    if progress:
                        progress(report.papers, total)
            if not report.papers:
                raise stream.nothing_found()
            if cancelled and cancelled():  # a late cancel still leaves nothing behind
                raise ImportCancelled(stream.name)
        return report

    def _citation_keys(self, ids: tuple[int, ...]) -> dict[int, str]:
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            f"SELECT id, citation_key FROM papers WHERE id IN ({marks})", ids
        ).fetchall()
        return {int(paper_id): str(key) for paper_id, key in rows if key}

    def _import_batch(
        self,
        batch: Sequence[PaperRecord],
        source: int,
        stamp: str,
        report: ImportReport,
        touched: set[int],
        defer_index: bool,
    ) -> None:
        outcomes = upsert_batch(self.conn, batch, stamp, defer_index=defer_index)
        store_papers.link_sources(
            self.conn, source, [(o.paper_id, r.line) for o, r in zip(outcomes, batch, strict=True)]
        )
        report.papers += len(batch)
        for outcome, record in zip(outcomes, batch, strict=True):
            self._count(report, outcome)
            if record.tags or record.notes:  # the reader's words, indexed at the end
                touched.add(outcome.paper_id)
            if outcome.look_alikes:
                keys = self._citation_keys(outcome.look_alikes)
                report.warnings.append(_duplicate_warning(record, outcome.look_alikes, keys))

    @staticmethod
    def _count(report: ImportReport, outcome: store_papers.Outcome) -> None:
        report.paper_ids.append(outcome.paper_id)
        if not outcome.merged:
            report.new += 1
        elif outcome.changed:
            report.merged += 1
        else:
            report.unchanged += 1


def import_all(
    library: Imports,
    paths: Sequence[Path | str],
    *,
    layout: str | None = None,
    include_unlikely: bool = False,
) -> tuple[list[ImportReport], list[ImportFailed]]:
    """Import several files; one bad file does not stop the others."""
    reports: list[ImportReport] = []
    failures: list[ImportFailed] = []
    for path in paths:
        try:
            reports.append(
                library.import_path(path, layout=layout, include_unlikely=include_unlikely)
            )
        except ImportFailed as error:
            failures.append(error)
    return reports, failures


def _duplicate_warning(
    record: PaperRecord, look_alikes: tuple[int, ...], keys: dict[int, str]
) -> ParseWarning:
    """Names the other entries by their citation keys, as the reader knows them; the id after
    each is what `papershelf show` and `merge` take."""
    others = ", ".join(
        f"{keys[paper_id]!r} (#{paper_id})" if keys.get(paper_id) else f"#{paper_id}"
        for paper_id in look_alikes
    )
    return ParseWarning(
        record.line,
        f"entry {record.citation_key!r} may be the same paper as {others}: kept apart "
        "(distinct citation keys), both flagged duplicate (search needs:duplicate to merge)",
    )


def warnings_kept(preview: ListingPreview, picked: Sequence[PaperRecord]) -> list[ParseWarning]:
    """The preview's warnings less those about papers the user left out (trial 7: "line 11:
    needs review" in the summary of an import that had left line 11's paper unticked)."""
    kept = {record.line for record in picked}
    left_out = {record.line for record in preview.records} - kept
    return [warning for warning in preview.warnings if warning.line not in left_out]


def with_unlike_flags(
    warnings: list[ParseWarning], picked: Sequence[PaperRecord]
) -> list[ParseWarning]:
    """The warnings, with "needs review (unlike a paper …)" on the line of each record written
    though left out as unlike a paper: the reader flagged it after its warnings were made, and
    the summary said nothing of it (trial 13)."""
    unlike = [
        ParseWarning(record.line, f"needs review ({flag})")
        for record in picked
        if record.left_out
        for flag in record.needs_review
        if flag.startswith(UNLIKE_FLAG)
    ]
    merged = list(warnings)
    for warning in unlike:  # after its line's own warnings; the others keep their order
        at = max((i + 1 for i, w in enumerate(merged) if w.line <= warning.line), default=0)
        merged.insert(at, warning)
    return merged


def layouts_of(preview: ListingPreview, chosen: Collection[int]) -> str:
    """The layouts of the segments the chosen papers come from (`a+b`): a segment left out
    whole does not name the source (trial 6: "Clipboard · Reading list + Table", the table
    unticked)."""
    names: list[str] = []
    start = 0
    for segment in preview.segments:
        end = start + len(segment.records)
        if segment.layout not in names and any(start <= i < end for i in chosen):
            names.append(segment.layout)
        start = end
    return "+".join(names) or preview.layout
