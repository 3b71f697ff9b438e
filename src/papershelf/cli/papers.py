"""Commands on papers: list, show, tag, rate, status, note, edit, merge, duplicates, related,
trash, summary."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from papershelf.cli.common import EXIT_OK, emit_json, parse_ids, selected_ids
from papershelf.core.errors import PapershelfError
from papershelf.core.names import parse_typed
from papershelf.core.text import counted
from papershelf.core.textfmt import authors_short, paper_lines, table
from papershelf.library import Library


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
    ids = parse_ids(args.ids)
    library.tag(ids, add=args.add or [], remove=args.remove or [])
    said = [f"+{name}" for name in args.add or []] + [f"-{name}" for name in args.remove or []]
    print(f"Tagged {counted(len(ids), 'paper')} ({', '.join(said)})")
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
    papers = parse_ids(ids)
    library.rate(papers, stars)
    print(
        f"Rated {counted(len(papers), 'paper')} {stars}★"
        if stars
        else f"Cleared the rating of {counted(len(papers), 'paper')}"
    )
    return EXIT_OK


def cmd_status(library: Library, args: argparse.Namespace) -> int:
    *ids, state = args.values
    if not ids:
        raise PapershelfError("usage: status ID... STATE")
    papers = parse_ids(ids)
    library.set_status(papers, state)
    print(f"Marked {counted(len(papers), 'paper')} {state}")
    return EXIT_OK


def cmd_reviewed(library: Library, args: argparse.Namespace) -> int:
    """Clear the papers' review flags once checked (a reader's own reasons go no other way)."""
    ids = parse_ids(args.ids)
    flagged = library.flagged(ids)
    library.mark_reviewed(ids)
    print(f"Marked {counted(len(flagged), 'paper')} reviewed")
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
    ids = parse_ids(args.ids)
    library.trash(ids)
    them = "them" if len(ids) > 1 else "it"
    print(f"Moved {counted(len(ids), 'paper')} to the trash (untrash brings {them} back)")
    return EXIT_OK


def cmd_restore(library: Library, args: argparse.Namespace) -> int:
    ids = parse_ids(args.ids)
    library.restore(ids)
    print(f"Brought {counted(len(ids), 'paper')} back from the trash")
    return EXIT_OK


def cmd_empty_trash(library: Library, args: argparse.Namespace) -> int:
    print(f"{counted(library.empty_trash(), 'paper')} deleted for good")
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
