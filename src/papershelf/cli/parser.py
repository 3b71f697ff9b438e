"""The command line's grammar: every command, its options and its handler."""

from __future__ import annotations

import argparse
from pathlib import Path

from papershelf import __version__
from papershelf.cli.common import add_selection_options
from papershelf.cli.files import (
    add_autoexport_parser,
    add_export_parser,
    cmd_backup,
    cmd_backups,
    cmd_restore_backup,
)
from papershelf.cli.imports import cmd_import
from papershelf.cli.papers import (
    cmd_duplicates,
    cmd_edit,
    cmd_empty_trash,
    cmd_list,
    cmd_merge,
    cmd_note,
    cmd_rate,
    cmd_related,
    cmd_restore,
    cmd_reviewed,
    cmd_show,
    cmd_status,
    cmd_summary,
    cmd_tag,
    cmd_tags,
    cmd_trash,
)
from papershelf.cli.queues import add_queue_parser
from papershelf.cli.sync import add_sync_parser
from papershelf.library.preview import layouts

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
    p.add_argument(
        "--include-unlikely",
        action="store_true",
        help="import also the records read from a paste that look unlike papers (left out "
        "otherwise, as the window's preview leaves them unticked; --dry-run marks them)",
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

    p = sub.add_parser("reviewed", help="clear papers' review flags once checked: reviewed ID...")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.set_defaults(handler=cmd_reviewed)

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

    add_queue_parser(sub)
    add_export_parser(sub)
    add_autoexport_parser(sub)
    add_sync_parser(sub)
    sub.add_parser("gui", help="open the window (the default)")
    return parser
