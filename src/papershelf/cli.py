"""The command line: a thin layer of argument parsing and printing over Library."""

from __future__ import annotations

import argparse
import errno
import io
import json
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from papershelf import __version__
from papershelf.cli_sync import add_sync_parser, exchange_after_write
from papershelf.core.errors import ImportFailed, LibraryError, PapershelfError
from papershelf.core.names import parse_typed
from papershelf.core.query import QueryError
from papershelf.core.text import counted
from papershelf.core.textfmt import authors_short, paper_lines, table
from papershelf.export import FORMATS
from papershelf.library import ImportReport, Library, import_all
from papershelf.library.autoexport import FORMATS as AUTOEXPORT_FORMATS
from papershelf.library.autoexport import selection_of
from papershelf.library.preview import ListingPreview, layouts, preview_json, preview_paths
from papershelf.library.triage import Triage
from papershelf.paths import default_db
from papershelf.store import backup, health, restore
from papershelf.store.search import Filter, SearchError

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_LIBRARY = 0, 1, 2, 3
EXIT_BUSY, EXIT_DISK_FULL, EXIT_READ_ONLY, EXIT_TOO_NEW, EXIT_NOT_A_LIBRARY = 4, 5, 6, 7, 8
EPILOG = """\
exit codes:
  0  success
  1  bad input: a file that cannot be imported, an unknown paper/tag/queue, a bad value
  2  usage error (unknown command or option)
  3  the library cannot be used: it is damaged (restore a backup: `papershelf backups`,
     `papershelf restore FILE`), or it cannot be opened for another reason given
     (commands that only read, such as `summary` or `list`, never create a library)
  4  the library is busy: another program is writing to it; try again when it has finished
  5  the disk is full; nothing was changed
  6  the library, its folder or its disk is read-only; nothing was changed
  7  the library was made by a newer Papershelf; it was not changed
  8  the file is not a Papershelf library (empty, another program's, not SQLite); not changed
Codes 3 to 8 all mean the library could not be used; 4 to 8 were part of 3 before 0.2.

`backups` and `restore FILE` work without opening the library, so they rescue a damaged one.
A library that fails its check on opening is only read (with a warning), never written.
The first command of a day copies the library into backups/ beside it (as the window does).

The library is --db PATH, else $PAPERSHELF_DB, else papershelf.db in the user data folder.
"""
# Commands that only read: a damaged library may still answer them (with a warning).
READING = frozenset({"list", "show", "summary", "export", "tags"})
LOOKING = READING | {"related", "duplicates", "backup"}  # need a library to look at


def reads_only(args: argparse.Namespace) -> bool:
    """A command that only looks at the library (so it has no reason to create one)."""
    action = getattr(args, "action", None) or getattr(args, "sync_action", None)
    if args.command in ("queue", "autoexport", "sync"):
        return action in ("list", "status")
    if args.command == "tags":
        return action == "list"
    if args.command == "duplicates":
        return args.merge_above is None
    return args.command in LOOKING


def missing_library(path: Path) -> str:
    return (
        f"no library at {path} yet; `papershelf import FILE...` (or the window) creates one, "
        "`--db FILE` names another"
    )


def _ids(values: Sequence[str]) -> list[int]:
    try:
        return [int(value) for value in values]
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"paper ids are numbers: {error}") from None


def _selection(args: argparse.Namespace) -> Filter:
    return Filter(
        search=args.search or "",
        tags=args.tag or [],
        queue=args.queue,
        status=args.status,
        min_rating=args.min_rating,
        needs_review=args.needs_review,
        trash=args.trash,
    )


def add_selection_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--search", "-s", metavar="Q", help='search (words, "phrases", tag:x, year:>=2022, …)'
    )
    parser.add_argument(
        "--tag", action="append", metavar="T", help="only papers with this tag (repeatable)"
    )
    parser.add_argument("--queue", metavar="Q", help="only papers in this queue (in queue order)")
    parser.add_argument(
        "--status", metavar="S", help="new, to-read, reading, read, skimmed, dropped, unread"
    )
    parser.add_argument("--min-rating", type=int, metavar="N", choices=range(6))
    parser.add_argument(
        "--needs-review", action="store_true", help="only papers flagged for review"
    )
    parser.add_argument("--trash", action="store_true", help="papers in the trash instead")
    parser.add_argument(
        "--sort", default=None, help="title, authors, date, rating, status, category, added"
    )
    parser.add_argument("--desc", action="store_true", help="sort descending")


def selected_ids(library: Library, args: argparse.Namespace) -> list[int]:
    spec = _selection(args)
    if args.queue and args.sort is None:
        order = library.queue_ids(args.queue)
        wanted = set(library.query_ids(spec))
        return [paper_id for paper_id in order if paper_id in wanted]
    return library.query_ids(spec, sort=args.sort or "added", descending=args.desc)


def write_stdout(text: str) -> None:
    """All of `text` to stdout as UTF-8, or an OSError. Written with os.write: Python 3.11's
    buffered writer reports a large write to a pipe closed midway as complete."""
    if sys.stdout is None:  # started with stdout closed (`>&-`)
        raise OSError(errno.EBADF, "Bad file descriptor")
    sys.stdout.flush()
    try:
        descriptor = sys.stdout.fileno()
    except (AttributeError, OSError, io.UnsupportedOperation):  # captured or replaced stdout
        sys.stdout.write(text)
        return
    data = memoryview(text.encode("utf-8"))
    while data:
        data = data[os.write(descriptor, data[: 1 << 20]) :]


def emit_json(data: Any) -> None:
    write_stdout(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# -- commands --------------------------------------------------------------------------------


def cmd_import(library: Library, args: argparse.Namespace) -> int:
    reports, failures = import_all(library, args.files, layout=args.format)
    for failure in failures:
        print(f"papershelf: error: {failure}", file=sys.stderr)
    if args.json:
        emit_json(
            {
                "files": [report.to_json() for report in reports],
                "errors": [_failure_json(failure) for failure in failures],
            }
        )
    elif not args.quiet:
        for report in reports:
            _print_report(report)
    sys.stdout.flush()  # the report is out while the listing index catches up
    library.index_pending()
    return EXIT_INPUT if failures else EXIT_OK


def cmd_import_dry_run(args: argparse.Namespace, library_path: Path) -> int:
    """What `import` would read, segment by segment, with each paper's likely duplicates and
    closest queue or tag in the library; no paper is written, and no library file created."""
    previews, failures = preview_paths(args.files, layout=args.format)
    for failure in failures:
        print(f"papershelf: error: {failure}", file=sys.stderr)
    notes = _triage(library_path, previews)
    if args.json:
        emit_json(
            {
                "dry_run": True,
                "files": [preview_json(p, n) for p, n in zip(previews, notes, strict=True)],
                "errors": [_failure_json(failure) for failure in failures],
            }
        )
    elif not args.quiet:
        for preview, triage in zip(previews, notes, strict=True):
            _print_preview(preview, triage)
    return EXIT_INPUT if failures else EXIT_OK


def _triage(library_path: Path, previews: list[ListingPreview]) -> list[list[Triage]]:
    """Nothing to compare with when there is no library yet (and none is made for a dry run)."""
    if not library_path.exists():
        return [[Triage((), None)] * len(preview.records) for preview in previews]
    with Library(library_path) as library:
        return [library.triage(preview.records) for preview in previews]


def _print_preview(preview: ListingPreview, triage: list[Triage]) -> None:
    print(
        f"{preview.name}: {preview.layout}, {counted(len(preview.records), 'paper')} "
        f"({preview.encoding}; dry run: nothing written)"
    )
    notes = iter(triage)
    for segment in preview.segments:
        print(
            f"  lines {segment.first_line}-{segment.last_line}: {segment.layout}, "
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
            review = f"  [review: {', '.join(record.needs_review)}]" if record.needs_review else ""
            print(f"    {record.line}: {record.title}{'  ' + ids if ids else ''}{review}")
            if record.authors or record.date or record.date_text:
                who = {"authors": record.authors, "authors_truncated": record.authors_truncated}
                print(f"        {authors_short(who)}  {record.date or record.date_text or ''}")
            if note:
                print(f"        ⇒ {note}")
        for warning in segment.warnings:
            print(f"    {preview.name}:{warning.line}: warning: {warning.message}")


def _failure_json(failure: ImportFailed) -> dict[str, Any]:
    return {"file": failure.file, "line": failure.line, "message": failure.reason}


def _print_report(report: ImportReport) -> None:
    note = " (already imported: nothing changed)" if report.already_imported else ""
    read_as = f" (read as {report.encoding})" if report.encoding != "utf-8" else ""
    print(
        f"{report.file}: {report.layout}{read_as}, {counted(report.papers, 'paper')} — {report.new} new, "
        f"{report.merged} merged, {counted(len(report.warnings), 'warning')}{note}"
    )
    for warning in report.warnings:
        print(f"  {report.file}:{warning.line}: warning: {warning.message}")


def cmd_list(library: Library, args: argparse.Namespace) -> int:
    ids = selected_ids(library, args)
    if args.limit is not None:
        ids = ids[: args.limit]
    papers = library.papers(ids)
    if args.json:
        emit_json(papers)
    else:
        print(table(papers))
        print(counted(len(papers), "paper"))
    return EXIT_OK


def cmd_show(library: Library, args: argparse.Namespace) -> int:
    paper = library.paper(args.id)
    if args.json:
        emit_json(paper)
    else:
        print("\n".join(paper_lines(paper)))
    return EXIT_OK


def cmd_tag(library: Library, args: argparse.Namespace) -> int:
    if not args.add and not args.remove:
        raise PapershelfError("say --add TAG and/or --remove TAG")
    library.tag(_ids(args.ids), add=args.add or [], remove=args.remove or [])
    return EXIT_OK


def cmd_tags(library: Library, args: argparse.Namespace) -> int:
    if args.action == "rename":
        library.rename_tag(args.names[0], args.names[1])
    elif args.action == "delete":
        library.delete_tag(args.names[0])
    elif args.json:
        emit_json([{"name": name, "papers": count} for name, count in library.tags()])
    else:
        for name, count in library.tags():
            print(f"{count:6d}  {name}")
    return EXIT_OK


def cmd_rate(library: Library, args: argparse.Namespace) -> int:
    *ids, rating = args.values
    if not ids:
        raise PapershelfError("usage: rate ID... N")
    try:
        stars = int(rating)
    except ValueError:
        raise PapershelfError(f"a rating is a number from 0 to 5, not {rating!r}") from None
    library.rate(_ids(ids), stars)
    return EXIT_OK


def cmd_status(library: Library, args: argparse.Namespace) -> int:
    *ids, state = args.values
    if not ids:
        raise PapershelfError("usage: status ID... STATE")
    library.set_status(_ids(ids), state)
    return EXIT_OK


def cmd_note(library: Library, args: argparse.Namespace) -> int:
    if args.delete:
        library.delete_note(args.id)
        done = {"id": args.id, "deleted": True}
        message = f"Note {args.id} deleted"
    elif args.edit:
        library.edit_note(args.id, args.text)
        done = {"id": args.id, "edited": True}
        message = f"Note {args.id} edited"
    else:
        note_id = library.add_note(args.id, args.text)
        done = {"id": note_id, "paper_id": args.id}
        title = library.paper(args.id)["title"]
        message = f"Note {note_id} added to paper {args.id} ({title})"
    if args.json:
        emit_json(done)
    else:
        print(message)
    return EXIT_OK


def cmd_edit(library: Library, args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {
        name: getattr(args, name)
        for name in ("title", "date", "doi", "arxiv_id", "venue", "abstract")
        if getattr(args, name) is not None
    }
    if args.authors is not None:
        changes["authors"], truncated = parse_typed(args.authors)
        if truncated:
            changes["authors_truncated"] = True
    if args.url is not None:
        changes["urls"] = args.url
    if args.key is not None:
        library.set_citation_key(args.id, args.key)
    elif not changes:
        raise PapershelfError("nothing to change: give --title, --authors, --date, --key, …")
    if changes:
        library.update_paper(args.id, **changes)
    return EXIT_OK


def cmd_merge(library: Library, args: argparse.Namespace) -> int:
    library.merge(args.keep, args.other)
    return EXIT_OK


def cmd_duplicates(library: Library, args: argparse.Namespace) -> int:
    if args.not_duplicate:
        library.mark_not_duplicate(*args.not_duplicate)
        return EXIT_OK
    if args.merge_above is not None:
        outcome = library.merge_duplicates_above(args.merge_above)
        if args.json:
            emit_json(
                {
                    "merged": [{"keeper": keep, "merged": gone} for keep, gone in outcome.merged],
                    "skipped": [group.as_json() for group in outcome.skipped],
                }
            )
            return EXIT_OK
        print(f"{counted(len(outcome.merged), 'group')} merged")
        for group in outcome.skipped:
            print(f"not merged {_joined(group.group.ids)}: {'; '.join(group.conflicts)}")
        return EXIT_OK
    found = library.duplicate_groups()
    if args.json:
        emit_json([group.as_json() for group in found])
        return EXIT_OK
    for group in found:
        print(f"{group.group.score:.2f}  keep {group.keeper}  of {_joined(group.group.ids)}")
        for paper in group.papers:
            print(f"      {paper['id']:>6}  {paper['title']}  ({authors_short(paper)})")
        for pair in group.group.pairs:
            print(f"      {pair.a} ~ {pair.b}: {', '.join(pair.reasons)}")
        for conflict in group.conflicts:
            print(f"      conflict: {conflict}")
        for warning in group.warnings:
            print(f"      warning: {warning}")
    return EXIT_OK


def cmd_related(library: Library, args: argparse.Namespace) -> int:
    found = library.related(args.ids, limit=args.limit)
    if args.json:
        emit_json(found)
        return EXIT_OK
    for paper in found:
        print(f"{paper['id']:>6}  {paper['score']:6.2f}  {paper['title']}")
        print(f"{'':>16}{paper['reason']}")
    return EXIT_OK


def _joined(ids: Sequence[int]) -> str:
    return ", ".join(map(str, ids))


def cmd_trash(library: Library, args: argparse.Namespace) -> int:
    library.trash(_ids(args.ids))
    return EXIT_OK


def cmd_restore(library: Library, args: argparse.Namespace) -> int:
    library.restore(_ids(args.ids))
    return EXIT_OK


def cmd_empty_trash(library: Library, args: argparse.Namespace) -> int:
    print(f"{counted(library.empty_trash(), 'paper')} deleted for good")
    return EXIT_OK


def cmd_backup(library: Library, args: argparse.Namespace) -> int:
    print(library.backup(args.file))
    return EXIT_OK


def cmd_backups(library_path: Path, args: argparse.Namespace) -> int:
    """Lists the backups without opening the library (it may be the damaged thing)."""
    for path in backup.listing(library_path):
        print(path)
    return EXIT_OK


def cmd_restore_backup(library_path: Path, args: argparse.Namespace) -> int:
    """Checks the backup as a whole, then replaces the library without ever opening it."""
    saved = restore.restore_file(library_path, args.file)
    where = f"the library as it was is saved in {saved}" if saved else "there was nothing to keep"
    print(f"restored {args.file} into {library_path}; {where}")
    return EXIT_OK


def cmd_summary(library: Library, args: argparse.Namespace) -> int:
    summary = library.summary()
    if args.json:
        emit_json(summary)
        return EXIT_OK
    print(f"Library {summary['path']}")
    print(
        f"  {counted(summary['papers'], 'paper')} ({summary['needs_review']} to review, "
        f"{summary['trash']} in the trash) from {counted(summary['sources'], 'imported file')}"
    )
    print("  " + ", ".join(f"{count} {name}" for name, count in summary["statuses"].items()))
    print(f"  {counted(summary['tags'], 'tag')}, {counted(summary['queues'], 'queue')}")
    return EXIT_OK


def cmd_queue(library: Library, args: argparse.Namespace) -> int:
    action = args.action
    if action == "list":
        return _queue_list(library, args)
    if action == "create":
        library.create_queue(args.name, query=args.query, sort=args.sort)
    elif action == "rename":
        library.rename_queue(args.name, args.new_name)
    elif action == "delete":
        library.delete_queue(args.name)
    elif action == "add":
        library.enqueue(args.name, _ids(args.ids))
    elif action == "remove":
        library.dequeue(args.name, _ids(args.ids))
    elif action == "move":
        library.move_in_queue(args.name, _ids(args.ids), args.to)
    elif action == "show":
        papers = library.papers(library.queue_ids(args.name))
        if args.json:
            emit_json(papers)
        else:
            print(table(papers, numbered=True))
    elif action == "next":
        return _queue_next(library, args)
    return EXIT_OK


def _queue_list(library: Library, args: argparse.Namespace) -> int:
    listing = library.queues()
    if args.json:
        emit_json(listing)
    else:
        for queue in listing:
            kind = f"  smart: {queue['query']}" if queue["kind"] == "smart" else ""
            print(f"{queue['name']}: {queue['read']}/{queue['papers']} read{kind}")
    return EXIT_OK


def _queue_next(library: Library, args: argparse.Namespace) -> int:
    paper_id = library.queue_next(args.name)
    paper = library.paper(paper_id) if paper_id is not None else None
    if args.json:
        emit_json(paper)
    elif paper is None:
        print(f"nothing left to read in {args.name!r}")
    else:
        print(f"[{paper['id']}] {paper['title']} — {authors_short(paper)}")
    return EXIT_OK


def cmd_gui(library_path: Path) -> int:
    from papershelf.gui.app import run  # Qt is only loaded when the window is wanted

    return run(library_path)


# -- parser ----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="papershelf",
        description="A reading-list manager for research papers. No command opens the window.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--db", type=Path, metavar="PATH", help="library file")
    parser.add_argument("--version", action="version", version=f"papershelf {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help="import listing files")
    p.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="listing files (a name that starts with - goes after --)",
    )
    p.add_argument(
        "--format",
        metavar="NAME",
        choices=sorted(layouts()),
        help="force a layout instead of detecting it: "
        + "; ".join(f"{name} ({text})" for name, text in sorted(layouts().items())),
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--quiet", "-q", action="store_true")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="show the papers each file holds, by segment and layout, and write nothing",
    )
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("list", help="list papers")
    add_selection_options(p)
    p.add_argument("--limit", type=int, metavar="N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="show one paper")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("tag", help="add or remove tags: tag ID... --add T --remove T")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--add", action="append", metavar="T")
    p.add_argument("--remove", action="append", metavar="T")
    p.set_defaults(handler=cmd_tag)

    p = sub.add_parser("tags", help="list tags; tags rename OLD NEW; tags delete NAME")
    p.add_argument("action", nargs="?", choices=["list", "rename", "delete"], default="list")
    p.add_argument("names", nargs="*")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_tags)

    p = sub.add_parser("rate", help="rate papers 0-5: rate ID... N")
    p.add_argument("values", nargs="+", metavar="ID... N")
    p.set_defaults(handler=cmd_rate)

    p = sub.add_parser("status", help="set reading status: status ID... STATE")
    p.add_argument("values", nargs="+", metavar="ID... STATE")
    p.set_defaults(handler=cmd_status)

    p = sub.add_parser("note", help="add a note: note ID TEXT (--edit/--delete take a note id)")
    p.add_argument("id", type=int)
    p.add_argument("text", nargs="?", default="")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--edit", action="store_true", help="ID is a note id; replace its text")
    group.add_argument("--delete", action="store_true", help="ID is a note id; delete it")
    p.add_argument("--json", action="store_true", help='{"id": the note id, "paper_id"}')
    p.set_defaults(handler=cmd_note)

    p = sub.add_parser("edit", help="edit a paper's metadata")
    p.add_argument("id", type=int)
    p.add_argument("--title")
    p.add_argument(
        "--authors",
        help="names separated by ';', in BibTeX's forms: 'Ada Lovelace', "
        "'King, Jr., Martin Luther', '{Google DeepMind}' (an organisation); end with 'et al.'",
    )
    p.add_argument("--date", help="YYYY-MM-DD or YYYY-MM or YYYY")
    p.add_argument("--doi")
    p.add_argument("--arxiv-id", dest="arxiv_id")
    p.add_argument("--venue")
    p.add_argument("--abstract")
    p.add_argument("--url", action="append", help="replace the links (repeatable)")
    p.add_argument("--key", help="set the citation key")
    p.set_defaults(handler=cmd_edit)

    p = sub.add_parser("merge", help="merge two papers that are the same: merge KEEP OTHER")
    p.add_argument("keep", type=int)
    p.add_argument("other", type=int)
    p.set_defaults(handler=cmd_merge)

    p = sub.add_parser("duplicates", help="possible duplicates with reasons and scores")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--merge-above",
        type=float,
        metavar="SCORE",
        help="merge every group scoring at least SCORE into its richest record",
    )
    p.add_argument(
        "--not-duplicate", nargs=2, type=int, metavar="ID", help="remember that two are different"
    )
    p.set_defaults(handler=cmd_duplicates)

    p = sub.add_parser("related", help="the papers closest to ID... (found offline), with reasons")
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    p.add_argument("--limit", type=int, default=5)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_related)

    for name, handler, text in (
        ("trash", cmd_trash, "move papers to the trash"),
        ("untrash", cmd_restore, "bring papers back from the trash"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("ids", nargs="+", metavar="ID")
        p.set_defaults(handler=handler)
    p = sub.add_parser("empty-trash", help="delete the papers in the trash for good")
    p.set_defaults(handler=cmd_empty_trash)

    p = sub.add_parser("backup", help="copy the library (default: into the backups folder)")
    p.add_argument("file", nargs="?", type=Path)
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("backups", help="list the backups (works on a damaged library too)")
    p.set_defaults(handler=cmd_backups, without_library=True)
    p = sub.add_parser(
        "restore", help="replace the library with a checked backup (works on a damaged one too)"
    )
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_restore_backup, without_library=True)

    p = sub.add_parser("summary", help="counts of papers, statuses, tags, queues")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_summary)

    _add_queue_parser(sub)
    _add_export_parser(sub)
    _add_autoexport_parser(sub)
    add_sync_parser(sub)
    sub.add_parser("gui", help="open the window (the default)")
    return parser


def _add_queue_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    queue = sub.add_parser("queue", help="reading queues").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = queue.add_parser("list", help="queues with progress")
    p.add_argument("--json", action="store_true")
    p = queue.add_parser("create", help="create NAME [--query Q] (a query makes a smart queue)")
    p.add_argument("name")
    p.add_argument("--query", help="a saved search: the queue follows the library")
    p.add_argument("--sort", help="order of a smart queue")
    p = queue.add_parser("rename", help="rename NAME NEW")
    p.add_argument("name")
    p.add_argument("new_name")
    p = queue.add_parser("delete", help="delete NAME (the papers stay)")
    p.add_argument("name")
    for action, text in (
        ("add", "append papers in the given order"),
        ("remove", "take papers out"),
    ):
        p = queue.add_parser(action, help=f"{action} NAME ID...: {text}")
        p.add_argument("name")
        p.add_argument("ids", nargs="+", metavar="ID")
    p = queue.add_parser("move", help="move NAME ID... --to POS (1-based)")
    p.add_argument("name")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--to", type=int, required=True, metavar="POS")
    for action, text in (
        ("show", "the papers in queue order"),
        ("next", "the first paper not yet read"),
    ):
        p = queue.add_parser(action, help=f"{action} NAME: {text}")
        p.add_argument("name")
        p.add_argument("--json", action="store_true")
    for p in queue.choices.values():
        p.set_defaults(handler=cmd_queue)


def cmd_export(library: Library, args: argparse.Namespace) -> int:
    # A typo in a name is an error before anything is written, as `--queue` always was.
    library.require_known(Filter(ids=_ids(args.ids)) if args.ids else _selection(args))
    ids = _ids(args.ids) if args.ids else selected_ids(library, args)
    title = f"Queue: {args.queue}" if args.queue else "Reading list"
    if args.output is None:
        write_stdout(library.export(ids, args.format, title=title, in_order=bool(args.queue)))
        return EXIT_OK
    library.export_to_file(ids, args.format, args.output, title=title, in_order=bool(args.queue))
    print(f"{counted(len(ids), 'paper')} written to {args.output}", file=sys.stderr)
    return EXIT_OK


def cmd_autoexport(library: Library, args: argparse.Namespace) -> int:
    if args.action == "add":
        selection = selection_of(tag=args.tag, queue=args.queue, search=args.search)
        outcome = library.add_autoexport(args.file, args.format, selection)
        state = "written" if outcome.written else "already up to date"
        print(f"{args.file}: kept up to date ({selection.describe()}); {state}", file=sys.stderr)
    elif args.action == "remove":
        library.remove_autoexport(args.file)
    elif args.json:
        emit_json(library.autoexports())
    else:
        for row in library.autoexports():
            written = row["last_written"] or "never"
            error = f"  error: {row['last_error']}" if row["last_error"] else ""
            print(f"{row['path']}  {row['format']}  {row['selection']}  written {written}{error}")
    return EXIT_OK


def _add_autoexport_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actions = sub.add_parser(
        "autoexport", help="keep .bib files up to date after every change"
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser(
        "add", help="add FILE --format bibtex|biblatex [--tag T | --queue Q | --search S]"
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--format", "-f", default="bibtex", choices=AUTOEXPORT_FORMATS)
    p.add_argument("--tag", metavar="T", help="only papers with this tag")
    p.add_argument("--queue", metavar="Q", help="the papers of this queue, in its order")
    p.add_argument("--search", "-s", metavar="S", help="the papers this search finds")
    p = actions.add_parser("list", help="the files, with their last write and last error")
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("remove", help="remove FILE: stop updating it (the file stays)")
    p.add_argument("file", type=Path, metavar="FILE")
    for p in actions.choices.values():
        p.set_defaults(handler=cmd_autoexport)


def refresh_autoexports(library: Library) -> None:
    """Bring kept-updated files in line before the command returns; a failure is a warning
    (the command itself succeeded) and is kept for `autoexport list` and the window."""
    for outcome in library.refresh_autoexports():
        if outcome.error:
            print(f"papershelf: warning: kept-updated {outcome.error}", file=sys.stderr)


def _add_export_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help="export papers as BibTeX, CSL-JSON, RIS, CSV or Markdown")
    add_selection_options(p)
    p.add_argument("--format", "-f", default="bibtex", choices=sorted(FORMATS))
    p.add_argument("--ids", nargs="+", metavar="ID", help="exactly these papers")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here instead of stdout")
    p.set_defaults(handler=cmd_export)


def _stdout_error(error: OSError) -> bool:
    """A failed write to stdout: no file name, and a pipe closed or a device full."""
    failures = (errno.EPIPE, errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG, errno.EBADF)
    return error.filename is None and error.errno in failures


def _output_failed(error: OSError) -> int:
    """One error line for a closed or full stdout, and no second failure at exit."""
    reason = "was closed" if isinstance(error, BrokenPipeError) else f"failed ({error.strerror})"
    print(f"papershelf: error: standard output {reason}; the output is incomplete", file=sys.stderr)
    if sys.stdout is None:
        return EXIT_INPUT
    try:  # the interpreter flushes stdout on exit; give it somewhere harmless to go
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return EXIT_INPUT


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    path = args.db or default_db()
    if args.command in (None, "gui"):
        return cmd_gui(path)
    if args.command == "import" and args.dry_run:
        try:
            return cmd_import_dry_run(args, path)
        except PapershelfError as error:
            print(f"papershelf: error: {error}", file=sys.stderr)
            return EXIT_INPUT
    try:
        if getattr(args, "without_library", False):
            return int(args.handler(path, args))
        if reads_only(args) and not path.exists():
            print(f"papershelf: error: {missing_library(path)}", file=sys.stderr)
            return EXIT_LIBRARY
        with Library(path) as library:
            _before_command(library, args.command)
            changes = library.conn.total_changes
            code = int(args.handler(library, args))
            if library.conn.total_changes != changes and args.command != "sync":
                exchange_after_write(library)
            if library.conn.total_changes != changes and args.command != "autoexport":
                refresh_autoexports(library)
        if sys.stdout is not None:
            sys.stdout.flush()  # a full or closed stdout fails here, inside the handlers below
        return code
    except OSError as error:
        if not _stdout_error(error):
            raise
        return _output_failed(error)
    except LibraryError as error:
        print(f"papershelf: error: {error}", file=sys.stderr)
        return error.exit_code
    except sqlite3.DatabaseError as error:
        known = health.classify(error, path)
        if known is None:
            raise  # a bug of ours: the traceback is what a report needs
        print(f"papershelf: error: {known}", file=sys.stderr)
        return known.exit_code
    except (PapershelfError, QueryError, SearchError, argparse.ArgumentTypeError) as error:
        print(f"papershelf: error: {error}", file=sys.stderr)
        return EXIT_INPUT
    except json.JSONDecodeError as error:  # only the library's own JSON columns are parsed here
        known = health.from_stored_data(error, path)
        print(f"papershelf: error: {known}", file=sys.stderr)
        return known.exit_code


def _before_command(library: Library, command: str) -> None:
    """Refuse writes to a damaged library (reads go on, warned); make the daily backup."""
    if library.damaged is not None:
        problem = health.damaged(library.path, library.damaged)
        if command not in READING:
            raise problem
        print(f"papershelf: warning: {problem}; reading only", file=sys.stderr)
        return
    try:
        library.auto_backup()
    except (LibraryError, OSError) as error:  # the user's command still runs
        print(f"papershelf: warning: the daily backup failed: {error}", file=sys.stderr)
