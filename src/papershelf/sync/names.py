"""Tag colours and source names between the library and the document (docs/SYNC.md): the
reader's changes go in as this device's registers, the winners come out; the later change wins
by the hybrid logical clock, the same everywhere."""

from __future__ import annotations

import re
from sqlite3 import Connection
from typing import Any

from papershelf.store import sync_names
from papershelf.sync.doc import SharedDoc

ROOTS = {"tag": "tag_colours", "source": "source_names"}
COLOUR = re.compile(r"^#[0-9a-f]{6}$")
MAX_SOURCE_NAME = 200


def push(conn: Connection, shared: SharedDoc) -> None:
    """The colours and names the reader changed here since the last exchange."""
    marked = sync_names.noted(conn)
    for kind, keys in marked.items():
        if not keys:
            continue
        here = sync_names.read(conn, kind)
        there = shared.named(ROOTS[kind])
        for key in sorted(keys & here.keys()):
            if here[key] != there.get(key):
                shared.name(ROOTS[kind], key, here[key])
    sync_names.clear(conn)


def pull(conn: Connection, shared: SharedDoc) -> int:
    """The document's colours and names, where the library has the tag or the source (one
    that comes later, by an import or a tag added, gets its value at the exchange after);
    returns how many changed. Called after `push`, in the same transaction."""
    changed = 0
    for kind, root in ROOTS.items():
        wanted = {k: v for k, v in shared.named(root).items() if _valid(kind, v)}
        if wanted:
            changed += sync_names.write(conn, kind, wanted)
    sync_names.clear(conn)  # what was just written is not the reader's change
    return changed


def _valid(kind: str, value: Any) -> bool:
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    if kind == "tag":
        return COLOUR.match(value) is not None
    return 0 < len(value) <= MAX_SOURCE_NAME and "\n" not in value
