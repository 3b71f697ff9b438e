"""Rendering papers for other programs; citation keys are assigned and stored on the way."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from papershelf.core.changes import KEY, OpChanges
from papershelf.core.errors import InvalidValue, PapershelfError
from papershelf.export import FORMATS, BibOptions
from papershelf.export.bibtex import entry
from papershelf.export.others import render_markdown
from papershelf.library.base import Cancelled, Progress
from papershelf.library.files import write_text_atomically
from papershelf.library.reading import Reading
from papershelf.store import annotations as store_annotations
from papershelf.store import entry_cache, keys

RENDER_BATCH = 5000  # papers read and rendered together when their entries are not cached


class ExportCancelled(Exception):
    """The user cancelled an export; what was rendered stays cached, nothing is written."""


class Export(Reading):
    def keyed_papers(self, ids: Sequence[int]) -> list[dict[str, Any]]:
        """Papers with their citation keys, assigning (and storing) keys they lack."""
        found = self.papers(ids)
        if any(not paper["citation_key"] for paper in found):
            with self._write("assign citation keys", undoable=False, watch=()):
                keys.assign_missing(self.conn, found)
        return found

    def export(
        self,
        ids: Sequence[int],
        fmt: str,
        *,
        title: str = "Reading list",
        in_order: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> str:
        """Render papers; `in_order` keeps the given order (a queue) in Markdown. BibTeX is
        rendered in batches: `progress(done, total)` after each, ExportCancelled once
        `cancelled()` says so."""
        if fmt not in FORMATS:
            raise InvalidValue(
                f"unknown export format {fmt!r} (one of {', '.join(sorted(FORMATS))})"
            )
        if fmt in ("bibtex", "biblatex"):
            return self._bib_entries(
                ids, style=fmt, keep_order=in_order, progress=progress, cancelled=cancelled
            )
        papers = self.keyed_papers(ids)
        if fmt == "markdown":
            return render_markdown(papers, title=title, group_by="order" if in_order else "status")
        return FORMATS[fmt](papers)

    def export_to_file(
        self,
        ids: Sequence[int],
        fmt: str,
        path: Path,
        *,
        title: str = "Reading list",
        in_order: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> bool:
        """Write the export to `path` atomically; False (and nothing written) if cancelled."""
        try:
            text = self.export(
                ids, fmt, title=title, in_order=in_order, progress=progress, cancelled=cancelled
            )
        except ExportCancelled:
            return False
        if cancelled and cancelled():
            return False
        try:
            write_text_atomically(path, text)
        except OSError as error:
            raise PapershelfError(f"{path}: cannot write ({error.strerror or error})") from None
        return True

    def _bib_entries(
        self,
        ids: Sequence[int],
        *,
        style: str,
        keep_order: bool,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> str:
        """Entries sorted by key (a queue keeps its order); unchanged papers come from the cache."""
        entries = entry_cache.cached(self.conn, ids, style)
        have = {paper_id for paper_id, _, _ in entries}
        missing = [paper_id for paper_id in dict.fromkeys(ids) if paper_id not in have]
        options = BibOptions(biblatex=style == "biblatex")
        for start in range(0, len(missing), RENDER_BATCH):  # a bounded number of dicts at once
            chunk = self.keyed_papers(missing[start : start + RENDER_BATCH])
            fresh = [(paper["id"], paper["citation_key"], entry(paper, options)) for paper in chunk]
            with self._write("cache entries", undoable=False, watch=()):
                entry_cache.store(self.conn, style, fresh)
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
        # The empty last item gives the closing blank line without copying 200 MB once more.
        return "\n\n".join([*(text for _, _, text in entries), ""])

    def set_citation_key(self, paper_id: int, key: str) -> OpChanges:
        with self._write("Edit citation key", watch=()):
            store_annotations.require_papers(self.conn, [paper_id])
            keys.set_key(self.conn, paper_id, key)
        return self._changes([paper_id], KEY)
