"""`papershelf sync init|now|status`, and the exchange the CLI runs after each write."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from papershelf import sync
from papershelf.library import Library
from papershelf.sync import identity
from papershelf.sync.identity import configured


def add_sync_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("sync", help="sync through a shared folder (Syncthing, Dropbox, …)")
    actions = p.add_subparsers(dest="sync_action", metavar="ACTION", required=True)
    q = actions.add_parser("init", help="sync this library through FOLDER, then exchange")
    q.add_argument("folder", type=Path, metavar="FOLDER")
    q.add_argument("--name", help="this machine's name as the others show it (default: host name)")
    actions.add_parser("now", help="exchange changes with the folder now")
    q = actions.add_parser("name", help="give this machine the name the others show for it")
    q.add_argument("name", metavar="NAME")
    q = actions.add_parser("status", help="the folder, the last exchange, what waits, peers")
    q.add_argument("--json", action="store_true")
    for q in actions.choices.values():
        q.set_defaults(handler=cmd_sync)


def _print_exchange(report: sync.Exchange) -> None:
    for message in report.messages():
        print(f"papershelf: warning: {message}", file=sys.stderr)
    sent = "sent a change file" if report.sent else "nothing to send"
    print(f"{sent}; applied {report.applied} file(s); {report.changed} paper(s)/queue(s) updated")


def cmd_sync(library: Library, args: argparse.Namespace) -> int:
    if args.sync_action == "init":
        _print_exchange(sync.init(library, args.folder, args.name))
    elif args.sync_action == "name":
        print(f"this machine is now {identity.rename(library, args.name)!r} to its peers")
    elif args.sync_action == "now":
        _print_exchange(sync.exchange(library))
    elif args.json:
        print(json.dumps(sync.status(library), ensure_ascii=False))
    else:
        state = sync.status(library)
        if state["folder"] is None:
            print("not syncing (papershelf sync init FOLDER)")
            return 0
        print(f"folder:        {state['folder']}")
        print(f"last exchange: {state['last_exchange'] or 'never'}")
        print(f"waiting files: {state['pending']}; local changes unsent: {state['unsent']}")
        print(f"this machine:  {state['name']} ({state['device']})")
        peers = ", ".join(_peer(p) for p in state["peers"]) or "none yet"
        print(f"peers seen:    {peers}")
    return 0


def _peer(peer: dict[str, str | None]) -> str:
    return f"{peer['name']} ({peer['device']})" if peer["name"] else str(peer["device"])


def exchange_after_write(library: Library) -> None:
    """A command changed the library: send it (a failure is a warning; the command succeeded)."""
    if not configured(library):
        return
    try:
        report = sync.exchange(library)
    except sync.SyncError as error:
        print(f"papershelf: warning: not synced: {error}", file=sys.stderr)
        return
    for message in report.messages():
        print(f"papershelf: warning: {message}", file=sys.stderr)
