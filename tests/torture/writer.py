"""A child process that repeats one kind of write and prints a line after each commit.

`python writer.py KIND LIBRARY [ARG]`; the torture tests SIGKILL it at a random moment.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from papershelf.library import Library


def main(kind: str, db: str, arg: str) -> None:
    library = Library(db)
    rng = random.Random(kind)
    ids = library.query_ids()
    n = 0
    print("start", flush=True)
    while True:
        if kind == "import":
            library.import_path(arg)
            print("done", flush=True)
            return
        if kind == "bulk":
            chosen = ids[(n * 37) % (len(ids) - 50) :][:50]
            library.tag(chosen, add=[f"bulk{n}"])
            library.rate(chosen, n % 6)
            library.set_status(chosen, ("to-read", "reading", "read")[n % 3])
        elif kind == "undo":
            library.tag(ids[:40], add=[f"u{n}"])
            library.undo()
            library.redo()
        elif kind == "merge":
            live = library.query_ids()
            if len(live) < 2:
                return
            library.merge(live[0], live[-1])
        elif kind == "queue":
            library.move_in_queue("q", [rng.choice(ids)], rng.randint(1, len(ids)))
        elif kind == "backup":
            library.backup()
        elif kind == "restore":
            library.restore_backup(arg.split(",")[n % 2])
        elif kind == "export":
            library.rate([ids[n % len(ids)]], n % 6)  # one stale entry to render again
            Path(db + ".bib").write_text(library.export(ids, "bibtex"))
        print(n, flush=True)
        n += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "")
