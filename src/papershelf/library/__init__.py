"""The use cases the CLI and the GUI both call. No Qt, no printing.

`Library` is one library file; its use cases are grouped by subject in this package's modules.
"""

from __future__ import annotations

from papershelf.library.annotations import Annotations
from papershelf.library.autoexport import AutoExports
from papershelf.library.base import OWN_FILE, Cancelled, Progress, checkpoint_file
from papershelf.library.duplicates import Duplicates
from papershelf.library.export import Export
from papershelf.library.imports import ImportCancelled, ImportReport, Imports, import_all
from papershelf.library.maintenance import Maintenance
from papershelf.library.queues import Queues
from papershelf.library.reading import Reading
from papershelf.library.related import RelatedPapers
from papershelf.library.triage import Triaging

__all__ = [
    "OWN_FILE",
    "Cancelled",
    "ImportCancelled",
    "ImportReport",
    "Library",
    "Progress",
    "checkpoint_file",
    "import_all",
]


class Library(
    Imports,
    Annotations,
    AutoExports,
    Queues,
    Export,
    Maintenance,
    Reading,
    Duplicates,
    RelatedPapers,
    Triaging,
):
    """One library file. Every write is one transaction."""
