"""The library as sync sees it: papers, tags, notes and queues keyed by global ids, and the
writes that bring it to a merged state. Plain data in and out; the CRDT lives in `sync`."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Collection
from typing import Any

from papershelf.core.names import display
from papershelf.core.text import abstract_key, title_key
from papershelf.store.queues import GAP

# The paper columns every machine shares; `authors` and `urls` are lists, the rest columns.
COLUMNS = (
    "title",
    "title_placeholder",
    "abstract",
    "authors_truncated",
    "author_count",
    "affiliation",
    "category",
    "categories",
    "date",
    "date_text",
    "date_partial",
    "submitted_v1",
    "announced",
    "arxiv_id",
    "doi",
    "journal_ref",
    "comments",
    "venue",
    "entry_type",
    "score",
    "has_code",
    "citation_key",
    "bib_fields",
    "rating",
    "status",
    "deleted",
    "added",
)
FIELDS = (*COLUMNS, "authors", "urls", "needs_review")

# {"fields": {field: value}, "tags": [names], "notes": {gid: body}, "noted": {gid: created}}
Paper = dict[str, Any]
Queue = dict[str, Any]  # {"name", "kind", "query", "items": [paper gids]}

DOC_PARTS = 1000  # changes kept beside the whole document before they are folded into it
DOC_PARTS_BYTES = 2**20  # ... or their size, if the whole document is smaller than 4 MiB
SCHEMA = "CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value BLOB)"


# The document as saved: a whole state, then the changes of each exchange since (schema 15).
DOC_LOG = "CREATE TABLE IF NOT EXISTS sync_doc (seq INTEGER PRIMARY KEY, part BLOB NOT NULL)"


def create(conn: sqlite3.Connection) -> None:
    conn.execute(SCHEMA)


def doc_parts(conn: sqlite3.Connection) -> list[bytes]:
    """The saved document: its whole state, then each change since, oldest first."""
    whole = get_state(conn, "doc")
    later = [row[0] for row in conn.execute("SELECT part FROM sync_doc ORDER BY seq")]
    return [whole, *later] if whole else later


def save_doc(conn: sqlite3.Connection, change: bytes, whole: Callable[[], bytes]) -> None:
    """Keep one exchange's change to the document; once the changes weigh a quarter of the
    whole state (or are many), the whole state instead: writing it is linear in the library."""
    count, kept = conn.execute(
        "SELECT count(*), coalesce(sum(length(part)), 0) FROM sync_doc"
    ).fetchone()
    (size,) = conn.execute(
        "SELECT coalesce(length(value), 0) FROM sync_state WHERE key = 'doc'"
    ).fetchone() or (0,)
    if count < DOC_PARTS and kept + len(change) <= max(size // 4, DOC_PARTS_BYTES):
        conn.execute("INSERT INTO sync_doc (part) VALUES (?)", (change,))
        return
    put_state(conn, "doc", whole())
    conn.execute("DELETE FROM sync_doc")


def assign_gids(conn: sqlite3.Connection, *, changed_only: bool = False) -> None:
    """Papers and notes made since the last exchange get their global id (outside undo);
    `changed_only`: look only among the papers the sync triggers noted (store.sync_dirty)."""
    among = " AND {} IN (SELECT paper_id FROM sync_dirty)" if changed_only else ""
    for table, owner in (("papers", "id"), ("notes", "paper_id")):
        conn.execute(
            f"UPDATE {table} SET gid = lower(hex(randomblob(16))) WHERE gid IS NULL"
            + among.format(owner)
        )


def get_state(conn: sqlite3.Connection, key: str) -> Any:
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def put_state(conn: sqlite3.Connection, key: str, value: Any) -> None:
    conn.execute(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def read_papers(conn: sqlite3.Connection, gids: Collection[str] | None = None) -> dict[str, Paper]:
    """Papers (trashed ones too) by global id: every one, or those of `gids` that are here."""
    columns = ", ".join(f"p.{c}" for c in COLUMNS)
    papers: dict[str, Paper] = {}
    by_id: dict[int, Paper] = {}
    only, owned, params = "", "", [] if gids is None else [json.dumps(sorted(gids))]
    if gids is not None:
        only = " WHERE p.gid IN (SELECT value FROM json_each(?))"
        owned = " WHERE paper_id IN (SELECT id FROM papers WHERE gid IN (SELECT value FROM json_each(?)))"
    for row in conn.execute(
        f"SELECT p.id, p.gid, p.authors_json, {columns} FROM papers p{only}", params
    ):
        fields = dict(zip(COLUMNS, row[3:], strict=True))
        fields["authors"] = json.loads(row[2])
        fields["urls"] = []
        fields["needs_review"] = []
        paper: Paper = {"fields": fields, "tags": [], "notes": {}, "noted": {}}
        papers[row[1]] = by_id[row[0]] = paper
    for paper_id, url in conn.execute(
        f"SELECT paper_id, url FROM urls{owned} ORDER BY paper_id, position", params
    ):
        by_id[paper_id]["fields"]["urls"].append(url)
    for paper_id, name in conn.execute(
        "SELECT pt.paper_id, t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id"
        + owned.replace("paper_id", "pt.paper_id"),
        params,
    ):
        by_id[paper_id]["tags"].append(name)
    for paper_id, reason in conn.execute(
        f"SELECT paper_id, reason FROM review_flags{owned} ORDER BY paper_id, reason", params
    ):
        by_id[paper_id]["fields"]["needs_review"].append(reason)
    for paper_id, gid, body, created in conn.execute(
        f"SELECT paper_id, gid, body, created FROM notes{owned}", params
    ):
        by_id[paper_id]["notes"][gid] = body
        by_id[paper_id]["noted"][gid] = created
    for paper in papers.values():
        paper["tags"].sort()
    return papers


def present(conn: sqlite3.Connection, gids: Collection[str]) -> set[str]:
    """Which of these papers the library holds."""
    found = conn.execute(
        "SELECT gid FROM papers WHERE gid IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(gids)),),
    )
    return {row[0] for row in found}


def holders(conn: sqlite3.Connection, keys: Collection[str]) -> dict[str, str]:
    """The papers holding these citation keys: global id -> key."""
    found = conn.execute(
        "SELECT gid, citation_key FROM papers "
        "WHERE citation_key COLLATE NOCASE IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(keys)),),
    )
    return dict(found)


def read_queues(conn: sqlite3.Connection) -> dict[str, Queue]:
    """Every queue by its name folded to lower case, items in order (trashed papers too)."""
    items: dict[int, list[str]] = defaultdict(list)
    for queue_id, gid in conn.execute(
        "SELECT qi.queue_id, p.gid FROM queue_items qi JOIN papers p ON p.id = qi.paper_id "
        "ORDER BY qi.queue_id, qi.position"
    ):
        items[queue_id].append(gid)
    return {
        name.lower(): {"name": name, "kind": kind, "query": query, "items": items[queue_id]}
        for queue_id, name, kind, query in conn.execute("SELECT id, name, kind, query FROM queues")
    }


def paper_id(conn: sqlite3.Connection, gid: str) -> int | None:
    row = conn.execute("SELECT id FROM papers WHERE gid = ?", (gid,)).fetchone()
    return None if row is None else int(row[0])


def _derived(fields: dict[str, Any]) -> dict[str, Any]:
    """Columns the library keeps beside the shared ones (search keys, shown author text)."""
    columns = {c: fields[c] for c in COLUMNS if c in fields}
    if "title" in fields:
        columns["title_key"] = title_key(str(fields["title"]))
    if "abstract" in fields:
        columns["abstract_key"] = abstract_key(str(fields["abstract"] or ""))
    if "authors" in fields:
        names = fields["authors"]
        columns["authors_json"] = json.dumps(names, ensure_ascii=False)
        columns["authors_text"] = ", ".join(display(name) for name in names)
    return columns


def write_paper(
    conn: sqlite3.Connection, gid: str, wanted: Paper, current: Paper | None, now: str
) -> int:
    """Bring one paper to `wanted` (inserting it when `current` is None); returns its id."""
    fields = wanted["fields"]
    if current is None:
        columns = _derived(fields) | {"gid": gid, "modified": now}
        names = ", ".join(columns)
        marks = ", ".join("?" for _ in columns)
        inserted = conn.execute(
            f"INSERT INTO papers ({names}) VALUES ({marks})", list(columns.values())
        ).lastrowid
        # A new paper has no links or flags to take away: only non-empty lists are written.
        changed = {k: v for k, v in fields.items() if v or k not in ("urls", "needs_review")}
        old: Paper = {"fields": {}, "tags": [], "notes": {}, "noted": {}}
    else:
        changed = {k: v for k, v in fields.items() if current["fields"].get(k) != v}
        old = current
        columns = _derived(changed)
        if columns:
            columns["modified"] = now
            if "status" in changed:
                columns["status_changed"] = now
            sets = ", ".join(f"{name} = ?" for name in columns)
            conn.execute(f"UPDATE papers SET {sets} WHERE gid = ?", [*columns.values(), gid])
    identifier = inserted if current is None else paper_id(conn, gid)
    assert identifier is not None
    if "status" in changed and current is not None:
        conn.execute(
            "INSERT INTO status_history (paper_id, status, changed) VALUES (?, ?, ?)",
            (identifier, changed["status"], now),
        )
    if "urls" in changed:
        if current is not None:
            conn.execute("DELETE FROM urls WHERE paper_id = ?", (identifier,))
        conn.executemany(
            "INSERT INTO urls (paper_id, position, url) VALUES (?, ?, ?)",
            [(identifier, i, url) for i, url in enumerate(changed["urls"])],
        )
    if "needs_review" in changed:
        if current is not None:
            conn.execute("DELETE FROM review_flags WHERE paper_id = ?", (identifier,))
        conn.executemany(
            "INSERT INTO review_flags (paper_id, reason) VALUES (?, ?)",
            [(identifier, reason) for reason in dict.fromkeys(changed["needs_review"])],
        )
    _write_tags(conn, identifier, set(old["tags"]), set(wanted["tags"]))
    _write_notes(conn, identifier, old["notes"], wanted, now)
    return identifier


def _write_tags(conn: sqlite3.Connection, identifier: int, old: set[str], new: set[str]) -> None:
    for name in new - old:
        tag = conn.execute(
            "INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = name "
            "RETURNING id",
            (name,),
        ).fetchone()[0]
        conn.execute(
            "INSERT OR IGNORE INTO paper_tags (paper_id, tag_id) VALUES (?, ?)", (identifier, tag)
        )
    for name in old - new:
        conn.execute(
            "DELETE FROM paper_tags WHERE paper_id = ? AND tag_id = "
            "(SELECT id FROM tags WHERE name = ?)",
            (identifier, name),
        )


def _write_notes(
    conn: sqlite3.Connection, identifier: int, old: dict[str, str], wanted: Paper, now: str
) -> None:
    new: dict[str, str] = wanted["notes"]
    for gid in old.keys() - new.keys():
        conn.execute("DELETE FROM notes WHERE gid = ?", (gid,))
    for gid, body in new.items():
        if old.get(gid) == body:
            continue
        created = wanted["noted"].get(gid) or now
        # A note may already be here under another paper (moved there by a merge).
        conn.execute(
            "INSERT INTO notes (paper_id, body, created, modified, gid) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (gid) WHERE gid IS NOT NULL DO UPDATE SET body = excluded.body, "
            "paper_id = excluded.paper_id, modified = excluded.modified",
            (identifier, body, created, now, gid),
        )


def release_keys(conn: sqlite3.Connection, gids: list[str]) -> None:
    """These papers give up their citation keys (another paper takes one of them next)."""
    conn.execute(
        "UPDATE papers SET citation_key = NULL WHERE gid IN (SELECT value FROM json_each(?))",
        (json.dumps(gids),),
    )


def delete_paper(conn: sqlite3.Connection, gid: str) -> None:
    conn.execute("DELETE FROM papers WHERE gid = ?", (gid,))


def write_queue(conn: sqlite3.Connection, wanted: Queue, present: bool, now: str) -> None:
    """Create or update one queue; its items become `wanted["items"]` in that order."""
    if present:
        conn.execute(
            "UPDATE queues SET name = ?, kind = ?, query = ? WHERE name = ?",
            (wanted["name"], wanted["kind"], wanted["query"], wanted["name"]),
        )
    else:
        conn.execute(
            "INSERT INTO queues (name, kind, query, created) VALUES (?, ?, ?, ?)",
            (wanted["name"], wanted["kind"], wanted["query"], now),
        )
    queue = conn.execute("SELECT id FROM queues WHERE name = ?", (wanted["name"],)).fetchone()[0]
    added = dict(
        conn.execute(
            "SELECT p.gid, qi.added FROM queue_items qi JOIN papers p ON p.id = qi.paper_id "
            "WHERE qi.queue_id = ?",
            (queue,),
        ).fetchall()
    )
    conn.execute("DELETE FROM queue_items WHERE queue_id = ?", (queue,))
    conn.executemany(
        "INSERT INTO queue_items (queue_id, paper_id, position, added) "
        "SELECT ?, id, ?, ? FROM papers WHERE gid = ?",
        [(queue, GAP * (i + 1), added.get(g, now), g) for i, g in enumerate(wanted["items"])],
    )


def delete_queue(conn: sqlite3.Connection, name: str) -> None:
    conn.execute("DELETE FROM queues WHERE name = ?", (name,))
