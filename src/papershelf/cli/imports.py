"""`papershelf import FILE...` and its `--dry-run` preview."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from papershelf.cli.common import EXIT_INPUT, EXIT_OK, emit_json
from papershelf.core.errors import ImportFailed, NoListingFound
from papershelf.core.records import UNLIKE_FLAG, PaperRecord, unlike_first
from papershelf.core.text import counted, line_span
from papershelf.core.textfmt import authors_short
from papershelf.library import ImportReport, Library, import_all
from papershelf.library.preview import ListingPreview, preview_json, preview_paths
from papershelf.library.triage import Triage


def cmd_import(library: Library, args: argparse.Namespace) -> int:
    reports, failures = import_all(
        library, args.files, layout=args.format, include_unlikely=args.include_unlikely
    )
    say_failures(failures)
    if args.json:
        emit_json(
            {
                "files": [report.to_json() for report in reports],
                "errors": [failure_json(failure) for failure in failures],
                "totals": _totals(reports),
            }
        )
    elif not args.quiet:
        for report in reports:
            _print_report(report)
        if len(reports) > 1:
            print(_total_line(reports))
    sys.stdout.flush()  # the report is out while the listing index catches up
    library.index_pending()
    return EXIT_INPUT if failures else EXIT_OK


def cmd_import_dry_run(args: argparse.Namespace, library_path: Path) -> int:
    """What `import` would read, segment by segment, with each paper's likely duplicates and
    closest queue or tag in the library; no paper is written, and no library file created."""
    previews, failures = preview_paths(args.files, layout=args.format)
    say_failures(failures)
    notes = _triage(library_path, previews)
    if args.include_unlikely:  # what the import previewed does: nothing is left out
        for preview in previews:
            for record in preview.records:
                record.left_out = False
    if args.json:
        emit_json(
            {
                "dry_run": True,
                "files": [preview_json(p, n) for p, n in zip(previews, notes, strict=True)],
                "errors": [failure_json(failure) for failure in failures],
            }
        )
    elif not args.quiet:
        for preview, triage in zip(previews, notes, strict=True):
            _print_preview(preview, triage)
    return EXIT_INPUT if failures else EXIT_OK


def say_failures(failures: list[ImportFailed]) -> None:
    for failure in failures:
        print(f"papershelf: error: {failure}", file=sys.stderr)
    if any(isinstance(failure, NoListingFound) for failure in failures):
        print(
            "papershelf: hint: name a layout to read it as with --format NAME (--format "
            "title-lines reads one title a line; `papershelf import --help` lists them all)",
            file=sys.stderr,
        )


def _triage(library_path: Path, previews: list[ListingPreview]) -> list[list[Triage]]:
    """Nothing to compare with when there is no library yet (and none is made for a dry run)."""
    if not library_path.exists():
        return [[Triage((), None)] * len(preview.records) for preview in previews]
    with Library(library_path) as library:
        return [library.triage(preview.records) for preview in previews]


LEFT_OUT_MARK = "(left out) "


def _print_preview(preview: ListingPreview, triage: list[Triage]) -> None:
    left_out = len(preview.records) - len(preview.default_picks())
    also = f", {left_out} of them left out as {_unlike(left_out)}" if left_out else ""
    unlikely = sum(_read_as_unlike(record) for record in preview.records)
    if unlikely and not left_out:  # --include-unlikely: said as the window's headline says it
        also = f", {unlikely} of them {_unlike(unlikely)}: imported, flagged for review"
    print(
        f"{preview.name}: {preview.layout}, {counted(len(preview.records), 'paper')}{also} "
        f"({preview.encoding}; dry run: nothing written)"
    )
    notes = iter(triage)
    for segment in preview.segments:
        print(
            f"  {line_span(segment.first_line, segment.last_line)}: {segment.layout}, "
            f"{counted(len(segment.records), 'paper')}, confidence {segment.confidence:.2f}"
        )
        for record in segment.records:
            note = next(notes).describe()
            ids = " ".join(
                x
                for x in (
                    record.arxiv_id and f"arXiv:{record.arxiv_id}",
                    record.doi and f"doi:{record.doi}",
                )
                if x
            )
            reasons = ", ".join(
                r.removeprefix("review: ") for r in unlike_first(record.needs_review)
            )
            review = f"  [review: {reasons}]" if reasons else ""
            mark = LEFT_OUT_MARK if record.left_out else ""
            print(f"    {record.line}: {mark}{record.title}{'  ' + ids if ids else ''}{review}")
            if record.authors or record.date or record.date_text:
                who = {"authors": record.authors, "authors_truncated": record.authors_truncated}
                print(f"        {authors_short(who)}  {record.date or record.date_text or ''}")
            if note:
                print(f"        ⇒ {note}")
        for warning in segment.warnings:
            print(f"    {preview.name}:{warning.line}: warning: {said_once(warning.message)}")


def failure_json(failure: ImportFailed) -> dict[str, Any]:
    return {"file": failure.file, "line": failure.line, "message": failure.reason}


def _print_report(report: ImportReport) -> None:
    note = " (already imported: nothing changed)" if report.already_imported else ""
    read_as = f" (read as {report.encoding})" if report.encoding != "utf-8" else ""
    print(
        f"{report.file}: {report.layout}{read_as}, {counted(report.papers, 'paper')} — {report.new} new, "
        f"{report.merged} merged{_unchanged(report.unchanged)}, "
        f"{counted(len(report.warnings), 'warning')}{note}"
    )
    for warning in report.warnings:
        print(f"  {report.file}:{warning.line}: warning: {said_once(warning.message)}")
    if report.left_out:
        count = len(report.left_out)
        lines = ", ".join(str(line) for line in report.left_out[:8])
        more = ", …" if count > 8 else ""
        print(
            f"  {counted(count, 'record')} left out as {_unlike(count)} "
            f"(line{'s' if count > 1 else ''} {lines}{more}); "
            f"--include-unlikely imports {'them' if count > 1 else 'it'}, --dry-run shows why"
        )


def _totals(reports: list[ImportReport]) -> dict[str, int]:
    return {
        "files": len(reports),
        "papers": sum(report.papers for report in reports),
        "imported": sum(report.new + report.merged for report in reports),
        "left_out": sum(len(report.left_out) for report in reports),
    }


def _total_line(reports: list[ImportReport]) -> str:
    """The import in all, as the window's summary heads it (trial 37: several files said each
    what it brought, and nowhere the whole). The papers written, new or merged: those the
    library held unchanged were not imported (a file imported before brings none)."""
    totals = _totals(reports)
    imported, files = counted(totals["imported"], "paper"), counted(totals["files"], "file")
    line = f"Imported {imported} from {files}"
    left_out = totals["left_out"]
    if left_out:
        line += f"; {counted(left_out, 'record')} left out as {_unlike(left_out)}"
    return line


def _read_as_unlike(record: PaperRecord) -> bool:
    return any(flag.startswith(UNLIKE_FLAG) for flag in record.needs_review)


def _unlike(count: int) -> str:
    """Trial 13: "1 record left out as unlike papers; … imports them" read as a slip."""
    return "unlike papers" if count > 1 else "unlike a paper"


def said_once(message: str) -> str:
    """A reader's reason inside "needs review (…)" without its own "review: ", as the window's
    import summary says it (trial 7 there; trial 13 here: "needs review (review: read as…")."""
    return message.replace("needs review (review: ", "needs review (")


def _unchanged(count: int) -> str:
    """Papers the library already held as read: "0 new, 0 merged" alone named them nowhere,
    as if the file had been skipped (trial 11); worded as the window's import summary."""
    return f", {count} already in library, unchanged" if count else ""
