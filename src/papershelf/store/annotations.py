"""The reader's own data: tags, ratings, reading status, notes, edits, trash."""

from __future__ import annotations

import json
import re
import sqlite3

from papershelf.core.errors import InvalidValue, NotFound
from papershelf.core.text import abstract_key, title_key
from papershelf.store.papers import add_urls, reconcile_flags, set_authors

STATUSES = ("new", "to-read", "reading", "read", "skimmed", "dropped")
STATUS_ALIASES = {"toread": "to-read", "to_read": "to-read", "unread": "to-read", "done": "read"}
EDITABLE = {
    "title",
    "abstract",
    "date",
    "date_text",
    "affiliation",
    "category",
    "arxiv_id",
    "doi",
    "venue",
    "journal_ref",
    "entry_type",
}


def _ids(ids: list[int]) -> str:
    return json.dumps(sorted(set(ids)))


def require_papers(conn: sqlite3.Connection, ids: list[int]) -> None:
    found = {
        row[0]
        for row in conn.execute(
            "SELECT id FROM papers WHERE id IN (SELECT value FROM json_each(?))", (_ids(ids),)
        )
    }
    missing = sorted(set(ids) - found)
    if missing:
        listed = ", ".join(map(str, missing))
        raise NotFound(
            f"no paper with id {listed}" if len(missing) == 1 else f"no papers with ids {listed}"
        )


def tag_id(conn: sqlite3.Connection, name: str) -> int:
    clean = " ".join(name.split())
    if not clean:
        raise InvalidValue("a tag needs a name")
    return int(
        conn.execute(
            "INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = name RETURNING id",
            (clean,),
        ).fetchone()[0]
    )


def add_tags(conn: sqlite3.Connection, ids: list[int], names: list[str]) -> None:
    for name in names:
        conn.execute(
            "INSERT OR IGNORE INTO paper_tags (paper_id, tag_id) SELECT value, ? FROM json_each(?)",
            (tag_id(conn, name), _ids(ids)),
        )


def remove_tags(conn: sqlite3.Connection, ids: list[int], names: list[str]) -> None:
    for name in names:
        conn.execute(
            "DELETE FROM paper_tags WHERE tag_id = (SELECT id FROM tags WHERE name = ?) "
            "AND paper_id IN (SELECT value FROM json_each(?))",
            (name, _ids(ids)),
        )


def tagged_papers(conn: sqlite3.Connection, name: str) -> list[int]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT pt.paper_id FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id WHERE t.name = ?",
            (name,),
        )
    ]


def rename_tag(conn: sqlite3.Connection, old: str, new: str) -> list[int]:
    """Rename a tag; renaming onto an existing tag merges the two."""
    papers = tagged_papers(conn, old)
    old_id = conn.execute("SELECT id FROM tags WHERE name = ?", (old,)).fetchone()
    if old_id is None:
        raise NotFound(f"no tag named {old!r}")
    clean = " ".join(new.split())
    if not clean:
        raise InvalidValue("a tag needs a name")
    existing = conn.execute("SELECT id FROM tags WHERE name = ?", (clean,)).fetchone()
    if existing and existing[0] != old_id[0]:
        conn.execute(
            "INSERT OR IGNORE INTO paper_tags (paper_id, tag_id) "
            "SELECT paper_id, ? FROM paper_tags WHERE tag_id = ?",
            (existing[0], old_id[0]),
        )
        conn.execute("DELETE FROM tags WHERE id = ?", (old_id[0],))
    else:
        conn.execute("UPDATE tags SET name = ? WHERE id = ?", (clean, old_id[0]))
    return papers


def delete_tag(conn: sqlite3.Connection, name: str) -> list[int]:
    papers = tagged_papers(conn, name)
    if conn.execute("DELETE FROM tags WHERE name = ?", (name,)).rowcount == 0:
        raise NotFound(f"no tag named {name!r}")
    return papers


def set_tag_colour(conn: sqlite3.Connection, name: str, colour: str | None) -> list[int]:
    """Give a tag a colour (#rrggbb) or take it away (None); the tagged papers are returned."""
    value = None if colour is None else normal_colour(colour)
    if conn.execute("UPDATE tags SET colour = ? WHERE name = ?", (value, name)).rowcount == 0:
        raise NotFound(f"no tag named {name!r}")
    return tagged_papers(conn, name)


def normal_colour(colour: str) -> str:
    """`#RGB` or `#RRGGBB` (any case) as `#rrggbb`; anything else is refused."""
    text = colour.strip().lower()
    if re.fullmatch(r"#[0-9a-f]{3}", text):
        text = "#" + "".join(c * 2 for c in text[1:])
    if not re.fullmatch(r"#[0-9a-f]{6}", text):
        raise InvalidValue(f"a colour is written #rrggbb, not {colour!r}")
    return text


def name_source(conn: sqlite3.Connection, source_id: int, label: str | None) -> None:
    """The reader's name for an imported source; None or blank gives back the page-and-day name."""
    clean = " ".join((label or "").split()) or None
    if conn.execute("UPDATE sources SET label = ? WHERE id = ?", (clean, source_id)).rowcount == 0:
        raise NotFound(f"no source with id {source_id}")


def set_rating(conn: sqlite3.Connection, ids: list[int], rating: int, now: str) -> None:
    if not 0 <= rating <= 5:
        raise InvalidValue(f"a rating is 0 to 5 stars, not {rating}")
    conn.execute(
        "UPDATE papers SET rating = ?, modified = ? WHERE id IN (SELECT value FROM json_each(?)) "
        "AND rating != ?",
        (rating, now, _ids(ids), rating),
    )


def flagged(conn: sqlite3.Connection, ids: list[int]) -> list[int]:
    """Those of the papers that carry a review flag."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT paper_id FROM review_flags "
            "WHERE paper_id IN (SELECT value FROM json_each(?)) ORDER BY paper_id",
            (_ids(ids),),
        )
    ]


def clear_flags(conn: sqlite3.Connection, ids: list[int], now: str) -> None:
    """The papers' review flags dropped: the user checked them (a reader's own reasons, as
    "unlike a paper", go with no edit of a field)."""
    conn.execute(
        "UPDATE papers SET modified = ? WHERE id IN (SELECT value FROM json_each(?)) "
        "AND id IN (SELECT paper_id FROM review_flags)",
        (now, _ids(ids)),
    )
    conn.execute(
        "DELETE FROM review_flags WHERE paper_id IN (SELECT value FROM json_each(?))", (_ids(ids),)
    )


def normalise_status(status: str) -> str:
    value = STATUS_ALIASES.get(status.lower(), status.lower())
    if value not in STATUSES:
        raise InvalidValue(f"status is one of {', '.join(STATUSES)}, not {status!r}")
    return value


def set_status(conn: sqlite3.Connection, ids: list[int], status: str, now: str) -> None:
    value = normalise_status(status)
    changed = [
        row[0]
        for row in conn.execute(
            "UPDATE papers SET status = ?, status_changed = ?, modified = ? "
            "WHERE id IN (SELECT value FROM json_each(?)) AND status != ? RETURNING id",
            (value, now, now, _ids(ids), value),
        )
    ]
    conn.executemany(
        "INSERT INTO status_history (paper_id, status, changed) VALUES (?, ?, ?)",
        [(paper_id, value, now) for paper_id in changed],
    )


def add_note(conn: sqlite3.Connection, paper_id: int, body: str, now: str) -> int:
    cursor = conn.execute(
        "INSERT INTO notes (paper_id, body, created, modified) VALUES (?, ?, ?, ?)",
        (paper_id, body, now, now),
    )
    return int(cursor.lastrowid or 0)


def note_paper(conn: sqlite3.Connection, note_id: int) -> int:
    row = conn.execute("SELECT paper_id FROM notes WHERE id = ?", (note_id,)).fetchone()
    if row is None:
        raise NotFound(f"no note with id {note_id}")
    return int(row[0])


def edit_note(conn: sqlite3.Connection, note_id: int, body: str, now: str) -> int:
    paper_id = note_paper(conn, note_id)
    conn.execute(
        "UPDATE notes SET body = ?, modified = ? WHERE id = ? AND body != ?",
        (body, now, note_id, body),
    )
    return paper_id


def delete_note(conn: sqlite3.Connection, note_id: int) -> int:
    paper_id = note_paper(conn, note_id)
    conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
    return paper_id


def update_paper(
    conn: sqlite3.Connection, paper_id: int, changes: dict[str, object], now: str
) -> None:
    """Edit metadata; authors and urls are lists, everything else a column."""
    unknown = set(changes) - EDITABLE - {"authors", "urls", "authors_truncated"}
    if unknown:
        raise InvalidValue(f"cannot edit {', '.join(sorted(unknown))}")
    columns = {name: value for name, value in changes.items() if name in EDITABLE}
    if "title" in columns:
        title = " ".join(str(columns["title"]).split())
        if not title:
            raise InvalidValue("a title cannot be empty")
        columns |= {"title": title, "title_placeholder": 0, "title_key": title_key(title)}
    if "abstract" in columns:
        columns["abstract_key"] = abstract_key(str(columns["abstract"]))
    if "authors_truncated" in changes:
        columns["authors_truncated"] = int(bool(changes["authors_truncated"]))
    if "date" in columns:
        columns["date_partial"] = None
    if columns:
        columns["modified"] = now
        assignments = ", ".join(f"{name} = ?" for name in columns)
        conn.execute(f"UPDATE papers SET {assignments} WHERE id = ?", [*columns.values(), paper_id])
    if "authors" in changes:
        names = changes["authors"]
        set_authors(conn, paper_id, [n if isinstance(n, dict) else str(n) for n in names])  # type: ignore[attr-defined]
    if "urls" in changes:
        conn.execute("DELETE FROM urls WHERE paper_id = ?", (paper_id,))
        add_urls(conn, paper_id, [str(url) for url in changes["urls"]])  # type: ignore[attr-defined]
    reconcile_flags(conn, paper_id, [])


def trash(conn: sqlite3.Connection, ids: list[int], now: str) -> None:
    conn.execute(
        "UPDATE papers SET deleted = ? WHERE id IN (SELECT value FROM json_each(?)) AND deleted IS NULL",
        (now, _ids(ids)),
    )


def restore(conn: sqlite3.Connection, ids: list[int]) -> None:
    conn.execute(
        "UPDATE papers SET deleted = NULL WHERE id IN (SELECT value FROM json_each(?))",
        (_ids(ids),),
    )


def delete_trashed(conn: sqlite3.Connection, ids: list[int]) -> int:
    """These papers deleted for good, those of them in the trash only."""
    return conn.execute(
        "DELETE FROM papers WHERE deleted IS NOT NULL AND id IN (SELECT value FROM json_each(?))",
        (_ids(ids),),
    ).rowcount


def empty_trash(conn: sqlite3.Connection) -> int:
    return conn.execute("DELETE FROM papers WHERE deleted IS NOT NULL").rowcount


def papers_with_tag_ids(conn: sqlite3.Connection, tag_ids: list[int]) -> list[int]:
    """Papers carrying any of these tags (their words need re-indexing after a tag changes)."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT paper_id FROM paper_tags WHERE tag_id IN "
            "(SELECT value FROM json_each(?))",
            (_ids(tag_ids),),
        )
    ]


def missing_tags(conn: sqlite3.Connection, names: list[str]) -> list[str]:
    """Those of these tag names no tag has yet."""
    return [
        name
        for name in names
        if conn.execute("SELECT 1 FROM tags WHERE name = ?", (" ".join(name.split()),)).fetchone()
        is None
    ]
