"""`papershelf [--db PATH] COMMAND`: run one command on the library and map failures to exit codes."""

from __future__ import annotations

import argparse
import errno
import json
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from papershelf.cli.common import EXIT_INPUT, EXIT_LIBRARY, READING, missing_library, reads_only
from papershelf.cli.files import refresh_autoexports
from papershelf.cli.imports import cmd_import_dry_run
from papershelf.cli.parser import build_parser
from papershelf.cli.sync import exchange_after_write
from papershelf.core.errors import LibraryError, PapershelfError
from papershelf.core.query import QueryError
from papershelf.library import Library
from papershelf.paths import default_db
from papershelf.store import health
from papershelf.store.search import SearchError


def cmd_gui(library_path: Path) -> int:
    from papershelf.gui.app import run  # Qt is only loaded when the window is wanted

    return run(library_path)


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
            code = cmd_import_dry_run(args, path)
            if sys.stdout is not None:
                sys.stdout.flush()  # a closed stdout fails here, as in the commands below
            return code
        except OSError as error:  # `--dry-run | head` ended in a traceback (trial 13)
            if not _stdout_error(error):
                raise
            return _output_failed(error)
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
