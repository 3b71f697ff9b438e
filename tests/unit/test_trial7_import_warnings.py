"""Trial 7: the import summary warned about a paper the user had unticked in the preview
("line 11: needs review …" after importing the seven papers kept of eight).

Made-up records: this is the rule that a partial import reports only on the papers it wrote."""

from __future__ import annotations

from pathlib import Path

from papershelf.core.records import PaperRecord, ParseWarning
from papershelf.importers.pipeline import ListingPreview, Segment
from papershelf.library import Library


def two_paper_preview() -> ListingPreview:
    """Two papers, each with a warning on its own line, and one about the segment."""
    text = "Reading list\n\nFirst paper title\n\nSecond paper title\n"
    records = [
        PaperRecord(line=3, title="First paper title", needs_review=["review: check it"]),
        PaperRecord(line=5, title="Second paper title", needs_review=["review: check it"]),
    ]
    warnings = [
        ParseWarning(1, "a line above the papers was not read"),
        ParseWarning(3, "needs review (review: check it)"),
        ParseWarning(5, "needs review (review: check it)"),
    ]
    segment = Segment("learned-lines", 1, 5, records=records, warnings=warnings)
    return ListingPreview("clipboard", text, "utf-8", [segment])


def test_a_partial_import_reports_no_warning_about_the_papers_left_out(tmp_path: Path) -> None:
    with Library(tmp_path / "library.db") as library:
        report = library.import_preview(two_paper_preview(), chosen=[0])
    assert report.new == 1
    lines = [warning.line for warning in report.warnings]
    assert 5 not in lines  # the second paper was unticked
    assert 3 in lines and 1 in lines  # the paper imported and the segment's own note stay


def test_a_whole_import_keeps_every_warning(tmp_path: Path) -> None:
    with Library(tmp_path / "library.db") as library:
        report = library.import_preview(two_paper_preview())
    assert sorted(warning.line for warning in report.warnings) == [1, 3, 5]
