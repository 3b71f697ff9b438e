"""Rendering papers for other programs; citation keys are assigned and stored on the way
(a preview only shows the keys an export would assign)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from papershelf.core.changes import KEY, OpChanges
from papershelf.core.errors import InvalidValue, PapershelfError
from papershelf.export import FORMATS, BibOptions
from papershelf.export.bibmacros import without_repeated_preambles
from papershelf.export.bibtex import RENDERING, entry
from papershelf.export.kept import block_texts
from papershelf.export.others import render_markdown
from papershelf.files import refuse_protected, write_atomic
from papershelf.library.base import Cancelled, Progress
from papershelf.library.reading import Reading
from papershelf.store import annotations as store_annotations
from papershelf.store import entry_cache, keys
from papershelf.store.read import file_ends

RENDER_BATCH = 5000  # papers read and rendered together when their entries are not cached


class ExportCancelled(Exception):
    """The user cancelled an export; what was rendered stays cached, nothing is written."""


class KeysMissing(PapershelfError):
    """A read-only export met papers without citation keys; assign them and try again."""


class Export(Reading):
    def keyed_papers(self, ids: Sequence[int]) -> list[dict[str, Any]]:
        """Papers with their citation keys, assigning (and storing) keys they lack."""
        found = self.papers(ids)
        if any(not paper["citation_key"] for paper in found):
            with self._write("assign citation keys", undoable=False, watch=()):
                keys.assign_missing(self.conn, found)
        return found

    def papers_with_proposed_keys(self, ids: Sequence[int]) -> list[dict[str, Any]]:
        """Papers with their citation keys; those they lack proposed, as an export would
        assign them, but not stored."""
        found = self.papers(ids)
        keys.propose_missing(self.conn, found)
        return found

    def export(
        self,
        ids: Sequence[int],
        fmt: str,
        *,
        title: str = "Reading list",
        in_order: bool = False,
        read_only: bool = False,
        preview: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> str:
        """Render papers; `in_order` keeps the given order (a queue) in every format.
        BibTeX is rendered in batches: `progress(done, total)` after each, ExportCancelled once
        `cancelled()` says so. `read_only` (BibTeX/BibLaTeX, from a worker thread) stores no
        cache entries and assigns no keys: a paper without one raises KeysMissing. `preview`
        writes nothing either: a paper without a key shows the one the export would give it."""
        if fmt not in FORMATS:
            raise InvalidValue(
                f"unknown export format {fmt!r} (one of {', '.join(sorted(FORMATS))})"
            )
        if fmt in ("bibtex", "biblatex"):
            return self._bib_entries(
                ids,
                style=fmt,
                keep_order=in_order,
                read_only=read_only,
                preview=preview,
                progress=progress,
                cancelled=cancelled,
            )
        papers = self.papers_with_proposed_keys(ids) if preview else self.keyed_papers(ids)
        if fmt == "markdown":
            return render_markdown(papers, title=title, group_by="order" if in_order else "status")
        return FORMATS[fmt](papers, keep_order=in_order)

    def export_to_file(
        self,
        ids: Sequence[int],
        fmt: str,
        path: Path | str,
        *,
        title: str = "Reading list",
        in_order: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> bool:
        """Write the export to `path` atomically (the library's own files are refused);
        False, and nothing written, if cancelled."""
        refuse_protected(Path(path), self.protected_files())
        try:
            text = self.export(
                ids, fmt, title=title, in_order=in_order, progress=progress, cancelled=cancelled
            )
        except ExportCancelled:
            return False
        if cancelled and cancelled():
            return False
        write_atomic(path, text, protected=self.protected_files())
        return True

    def _bib_entries(
        self,
        ids: Sequence[int],
        *,
        style: str,
        keep_order: bool,
        read_only: bool = False,
        preview: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> str:
        """Entries sorted by key (a queue keeps its order); unchanged papers come from the cache."""
        cache_style = f"{style}/{RENDERING}"  # entries of an older rendering are not served
        entries = entry_cache.cached(self.conn, ids, cache_style)
        have = {paper_id for paper_id, _, _ in entries}
        missing = [paper_id for paper_id in dict.fromkeys(ids) if paper_id not in have]
        options = BibOptions(biblatex=style == "biblatex")
        for start in range(0, len(missing), RENDER_BATCH):  # a bounded number of dicts at once
            batch = missing[start : start + RENDER_BATCH]
            chunk = self._papers_for_entries(batch, read_only=read_only, preview=preview)
            fresh = [(paper["id"], paper["citation_key"], entry(paper, options)) for paper in chunk]
            if not (read_only or preview):  # a proposed key is not the paper's: never cached
                with self._write("cache entries", undoable=False, watch=()):
                    entry_cache.store(self.conn, cache_style, fresh)
            entries += fresh
            if progress:
                progress(len(entries), len(have) + len(missing))
            if cancelled and cancelled():
                raise ExportCancelled()
        if keep_order:
            position = {paper_id: index for index, paper_id in enumerate(dict.fromkeys(ids))}
            entries.sort(key=lambda row: position[row[0]])
        else:
            entries.sort(key=lambda row: (row[1].lower(), row[0]))
        if not entries:
            return ""
        head, tail = file_ends(self.conn, sorted(have | set(missing)))
        # The empty last item gives the closing blank line without copying 200 MB once more.
        texts = without_repeated_preambles(
            [*block_texts(head), *(text for _, _, text in entries), *block_texts(tail)]
        )
        return "\n\n".join([*(text.rstrip("\n") for text in texts if text.strip()), ""])

    def _papers_for_entries(
        self, ids: Sequence[int], *, read_only: bool, preview: bool
    ) -> list[dict[str, Any]]:
        if preview:
            return self.papers_with_proposed_keys(ids)
        return self._keyed_as_they_are(ids) if read_only else self.keyed_papers(ids)

    def _keyed_as_they_are(self, ids: Sequence[int]) -> list[dict[str, Any]]:
        found = self.papers(ids)
        if any(not paper["citation_key"] for paper in found):
            raise KeysMissing("some papers have no citation key yet")
        return found

    def assign_missing_keys(self) -> None:
        """Give every paper without a citation key its key (after an import, say)."""
        rows = self.conn.execute("SELECT id FROM papers WHERE citation_key IS NULL").fetchall()
        for start in range(0, len(rows), RENDER_BATCH):
            self.keyed_papers([paper_id for (paper_id,) in rows[start : start + RENDER_BATCH]])

    def set_citation_key(self, paper_id: int, key: str) -> OpChanges:
        with self._write("Edit citation key", watch=()):
            store_annotations.require_papers(self.conn, [paper_id])
            keys.set_key(self.conn, paper_id, key)
        return self._changes([paper_id], KEY)
