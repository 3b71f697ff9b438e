"""`papershelf queue ...`: reading queues."""

from __future__ import annotations

import argparse

from papershelf.cli.common import EXIT_OK, emit_json, parse_ids
from papershelf.core.textfmt import authors_short, table
from papershelf.library import Library


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
        library.enqueue(args.name, parse_ids(args.ids))
    elif action == "remove":
        library.dequeue(args.name, parse_ids(args.ids))
    elif action == "move" and (args.up or args.down):
        library.nudge_in_queue(args.name, parse_ids(args.ids), down=args.down)
    elif action == "move":
        library.move_in_queue(args.name, parse_ids(args.ids), args.to)
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


def add_queue_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    p = queue.add_parser("move", help="move NAME ID... --to POS (1-based) | --up | --down")
    p.add_argument("name")
    p.add_argument("ids", nargs="+", metavar="ID")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", type=int, metavar="POS", help="together, the first at POS")
    where.add_argument("--up", action="store_true", help="each one place up; apart stay apart")
    where.add_argument("--down", action="store_true", help="each one place down")
    for action, text in (
        ("show", "the papers in queue order"),
        ("next", "the first paper not yet read"),
    ):
        p = queue.add_parser(action, help=f"{action} NAME: {text}")
        p.add_argument("name")
        p.add_argument("--json", action="store_true")
    for p in queue.choices.values():
        p.set_defaults(handler=cmd_queue)
