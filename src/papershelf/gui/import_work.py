"""The work of the window's imports, run on a worker: read for the preview, write the choice."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from papershelf.core.errors import ImportFailed
from papershelf.gui.tasks import Cancelled, ImportOutcome, Progress, Work
from papershelf.library import ImportCancelled, Library
from papershelf.library.preview import (
    FilePreview,
    ListingPreview,
    clipboard_or_unread,
    file_or_unread,
    switch_layout,
)

# Larger files are imported whole, streamed as before: a dialog of 100k rows helps nobody and
# holding every record of them at once would undo the import's flat memory.
PREVIEW_MAX_BYTES = 32 * 2**20


@dataclass
class Read:
    """What was read for the preview, the files that could not be, and large files to import."""

    files: list[FilePreview] = field(default_factory=list)
    failures: list[ImportFailed] = field(default_factory=list)
    whole: list[Path] = field(default_factory=list)


def read_files(paths: Sequence[Path]) -> Work:
    def work(library: Library, progress: Progress, cancelled: Cancelled) -> Read:
        read = Read()
        for done, path in enumerate(paths):
            if cancelled():
                raise ImportCancelled(str(path))
            progress(done, len(paths))
            try:
                read.files.append(file_or_unread(path))
            except ImportFailed as error:
                read.failures.append(error)
        if cancelled():  # a Cancel while the last file was read: no preview then
            raise ImportCancelled(str(paths[-1]))
        for file in read.files:
            file.triaged(library)
        return read

    return work


def read_clipboard(text: str, html: str) -> Work:
    def work(library: Library, _progress: Progress, cancelled: Cancelled) -> Read:
        try:
            read = Read(files=[FilePreview(clipboard_or_unread(text, html or None))])
        except ImportFailed as error:
            read = Read(failures=[error])
        if cancelled():
            raise ImportCancelled("clipboard")
        for file in read.files:
            file.triaged(library)
        return read

    return work


def import_chosen(
    chosen: Sequence[tuple[FilePreview, list[int]]],
    whole: Sequence[Path],
    failures: Sequence[ImportFailed],
    *,
    unticked: int = 0,
) -> Work:
    """Each file's ticked papers (one transaction a file), then the large files whole;
    `unticked`: the preview's rows not ticked, for the summary to say."""

    def work(library: Library, progress: Progress, cancelled: Cancelled) -> ImportOutcome:
        outcome = ImportOutcome(failures=list(failures), unticked=unticked)
        try:
            for file, indexes in chosen:
                _write_one(library, file, indexes, outcome, progress, cancelled)
            for path in whole:
                try:
                    outcome.reports.append(
                        library.import_path(path, progress=progress, cancelled=cancelled)
                    )
                except ImportFailed as error:
                    outcome.failures.append(error)
        except ImportCancelled:
            outcome.cancelled = True
        except sqlite3.OperationalError:
            if not cancelled():  # Cancel interrupts the statement running: that file rolled back
                raise
            outcome.cancelled = True
        return outcome

    return work


def _write_one(
    library: Library,
    file: FilePreview,
    indexes: list[int],
    outcome: ImportOutcome,
    progress: Progress,
    cancelled: Cancelled,
) -> None:
    try:
        report = library.import_preview(
            file.preview, indexes, digest=file.digest, progress=progress, cancelled=cancelled
        )
    except ImportFailed as error:
        outcome.failures.append(error)
        return
    report.encoding = file.preview.encoding
    outcome.reports.append(report)


def read_again(preview: ListingPreview, segment: int, layout: str) -> Work:
    """One segment of a preview read as another layout (the combo on its row)."""

    def work(_library: Library, _progress: Progress, _cancelled: Cancelled) -> ListingPreview:
        return switch_layout(preview, segment, layout)

    return work
