"""Commands that write or read whole files: backup, backups, restore, export, autoexport."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from papershelf.cli.common import (
    EXIT_OK,
    add_selection_options,
    emit_json,
    parse_ids,
    selected_ids,
    selection_filter,
    write_stdout,
)
from papershelf.core.text import counted
from papershelf.export import FORMATS
from papershelf.library import Library
from papershelf.library.autoexport import FORMATS as AUTOEXPORT_FORMATS
from papershelf.library.autoexport import selection_of
from papershelf.store import backup, restore
from papershelf.store.search import Filter


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


def cmd_export(library: Library, args: argparse.Namespace) -> int:
    # A typo in a name is an error before anything is written, as `--queue` always was.
    library.require_known(Filter(ids=parse_ids(args.ids)) if args.ids else selection_filter(args))
    ids = parse_ids(args.ids) if args.ids else selected_ids(library, args)
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


def add_autoexport_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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


def add_export_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help="export papers as BibTeX, CSL-JSON, RIS, CSV or Markdown")
    add_selection_options(p)
    p.add_argument("--format", "-f", default="bibtex", choices=sorted(FORMATS))
    p.add_argument("--ids", nargs="+", metavar="ID", help="exactly these papers")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here instead of stdout")
    p.set_defaults(handler=cmd_export)
