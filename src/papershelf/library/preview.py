"""Previewing an import: what a file, a paste or the clipboard holds, read but not written.

The window's import dialog and `papershelf import --dry-run` show this; the user may untick
papers or read one segment as another layout, then `Library.import_preview` writes the papers
kept (see imports.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from papershelf.core.errors import ImportFailed, NoListingFound
from papershelf.core.records import PaperRecord
from papershelf.importers.decode import iter_lines, looks_binary, sniff
from papershelf.importers.paste.html import looks_like_html
from papershelf.importers.pipeline import (
    AS_DETECTED,
    DETECT_SAMPLE_LINES,
    UNREAD,
    ListingPreview,
    layouts,
    read_bytes,
    read_listing,
    reread_segment,
    unread_preview,
)
from papershelf.library.triage import Triage, Triaging
from papershelf.store.batch import KeyIndex, record_keys

__all__ = [
    "AS_DETECTED",
    "UNREAD",
    "ListingPreview",
    "clipboard_or_unread",
    "earlier_twins",
    "file_or_unread",
    "layouts",
    "preview_bytes",
    "preview_clipboard",
    "preview_file",
    "preview_json",
    "preview_path",
    "preview_paths",
    "preview_text",
    "switch_layout",
]


def preview_path(path: Path | str, *, layout: str | None = None) -> ListingPreview:
    """A listing file's papers by segment; ImportFailed (naming the file) when it has none."""
    source = Path(path)
    sniffed = sniff(source)
    text = "\n".join(iter_lines(source, sniffed.encoding))
    preview = read_listing(text, str(path), layout=layout)
    preview.encoding = sniffed.encoding.removesuffix("-sig")
    return preview


@dataclass
class FilePreview:
    """A file's preview and the digest `import_path` would record, so that importing it whole
    from the preview and importing it from the command line count as the same text."""

    preview: ListingPreview
    digest: str | None = None  # None for a paste: the text itself is the digest
    # Each paper's likely duplicates and closest queue or tag, by its title (a segment read
    # again in another layout keeps the notes of the titles it reads again).
    triage: dict[str, Triage] = field(default_factory=dict)

    def triaged(self, library: Triaging) -> None:
        records = self.preview.records
        self.triage = dict(zip((r.title for r in records), library.triage(records), strict=True))


def earlier_twins(records: Sequence[PaperRecord]) -> list[int | None]:
    """For each record, the earlier one of the same import it would be merged into (its
    index), as the import itself decides by the same keys (store.batch); None: its own paper.
    Trial 16: three papers a reader titled "Encyclopedia of Optimization" (their venue) showed
    as three rows and became one paper, the preview saying nothing."""
    index = KeyIndex()
    twins: list[int | None] = []
    for n, record in enumerate(records):
        keys = record_keys(record)
        twin = index.best(keys)
        twins.append(twin)
        if twin is None:
            index.add(n, keys)
    return twins


def preview_file(path: Path | str) -> FilePreview:
    """Like preview_path, with the file's digest and the bytes replaced while decoding."""
    source = Path(path)
    sniffed = sniff(source)
    text = "\n".join(iter_lines(source, sniffed.encoding))
    preview = read_listing(text, str(path))
    preview.encoding = sniffed.encoding_name
    if sniffed.warnings:
        preview.segments[0].warnings[:0] = sniffed.warnings
    return FilePreview(preview, sniffed.digest)


def file_or_unread(path: Path | str) -> FilePreview:
    """preview_file; a file of text in which no reader found a paper comes back unread (one
    segment of no papers, for the user to choose a layout), where an empty or a binary file is
    still refused."""
    try:
        return preview_file(path)
    except NoListingFound:
        source = Path(path)
        sniffed = sniff(source)
        text = "\n".join(iter_lines(source, sniffed.encoding))
        preview = unread_preview(text, str(path))
        preview.encoding = sniffed.encoding_name
        return FilePreview(preview, sniffed.digest)


def clipboard_or_unread(plain: str, html: str | None) -> ListingPreview:
    """preview_clipboard; a paste in which no reader found a paper comes back unread, as its
    plain text (or its HTML when a browser gave no text)."""
    try:
        return preview_clipboard(plain, html)
    except NoListingFound:
        if plain.strip():
            return unread_preview(plain, "clipboard")
        raise
    except ImportFailed:
        if plain.strip() or not html or not html.strip():
            raise  # binary, or nothing at all
        return unread_preview(html, "clipboard.html")  # only HTML, and no reader read it


def preview_paths(
    paths: Sequence[Path | str], *, layout: str | None = None
) -> tuple[list[ListingPreview], list[ImportFailed]]:
    """Several files; one that cannot be read does not stop the others."""
    previews: list[ListingPreview] = []
    failures: list[ImportFailed] = []
    for path in paths:
        try:
            previews.append(preview_path(path, layout=layout))
        except ImportFailed as error:
            failures.append(error)
    return previews, failures


def preview_text(text: str, name: str, *, layout: str | None = None) -> ListingPreview:
    return read_listing(text, name, layout=layout)


def preview_bytes(data: bytes, name: str, *, layout: str | None = None) -> ListingPreview:
    return read_bytes(data, name, layout=layout)


def preview_clipboard(
    plain: str, html: str | None, name: str = "clipboard", *, layout: str | None = None
) -> ListingPreview:
    """Browsers put text/html beside the text: the HTML keeps the links, so it is read first;
    the plain text is the fallback when the HTML gives no paper."""
    if html and html.strip() and looks_like_html(html):
        try:
            return read_listing(html, f"{name}.html", layout=layout)
        except ImportFailed:
            pass
    if looks_binary(plain):  # as a binary file is told, not "no known listing layout"
        raise ImportFailed(name, "holds binary data, not text")
    return read_listing(plain, name, layout=layout)


def switch_layout(preview: ListingPreview, segment: int, layout: str) -> ListingPreview:
    """The preview with one segment read as another layout (the others unchanged)."""
    return reread_segment(preview, segment, layout)


def head_lines(path: Path, encoding: str) -> list[str]:
    return list(islice(iter_lines(path, encoding), DETECT_SAMPLE_LINES))


def record_json(record: PaperRecord) -> dict[str, Any]:
    return {
        "line": record.line,
        "title": record.title,
        "authors": record.authors,
        "date": record.date,
        "date_text": record.date_text,
        "arxiv_id": record.arxiv_id,
        "doi": record.doi,
        "urls": record.urls,
        "abstract": record.abstract,
        "confidence": record.confidence,
        "needs_review": record.needs_review,
        "left_out": record.left_out,
    }


def preview_json(preview: ListingPreview, triage: Sequence[Triage] | None = None) -> dict[str, Any]:
    """`triage`: one per record of the preview (in order), from the library it would go to;
    its keys join each record's (likely duplicates, closest queue or tag)."""
    notes = iter(triage or ())
    return {
        "file": preview.name,
        "encoding": preview.encoding,
        "layout": preview.layout,
        "papers": len(preview.records),
        "segments": [
            {
                **segment.to_json(),
                "records": [
                    record_json(r) | (next(notes).as_json() if triage else {})
                    for r in segment.records
                ],
            }
            for segment in preview.segments
        ],
    }
