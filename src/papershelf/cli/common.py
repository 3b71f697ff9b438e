"""What every command shares: exit codes, the paper selection options, stdout."""

from __future__ import annotations

import argparse
import errno
import io
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from papershelf.library import Library
from papershelf.store.search import Filter

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_LIBRARY = 0, 1, 2, 3
EXIT_BUSY, EXIT_DISK_FULL, EXIT_READ_ONLY, EXIT_TOO_NEW, EXIT_NOT_A_LIBRARY = 4, 5, 6, 7, 8


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


def parse_ids(values: Sequence[str]) -> list[int]:
    try:
        return [int(value) for value in values]
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"paper ids are numbers: {error}") from None


def selection_filter(args: argparse.Namespace) -> Filter:
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
    spec = selection_filter(args)
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
