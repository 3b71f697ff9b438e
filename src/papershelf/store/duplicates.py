"""Possible duplicates kept current: comparison keys and judged pairs, refreshed for the papers
that changed since the last look.

Triggers on `papers` put every inserted, deleted or re-titled paper in `dup_stale`; `refresh`
recomputes the keys of just those papers, finds their candidates by joining on the indexed key
columns (never all pairs) and judges each candidate. The tables are a cache, outside the undo
log: an undo changes `papers`, and the triggers mark what it touched.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from rapidfuzz import fuzz, process

from papershelf.core.batching import batched
from papershelf.core.duplicates import (
    BIG_BLOCK,
    BLOCK_KEYS,
    CAPPED_KEYS,
    COMPARED_AUTHORS,
    SIMILAR_ONLY,
    TITLE_SIMILARITY,
    Keys,
    Pair,
    judge,
    paper_keys,
)
from papershelf.store.dup_links import demote_linked

# A scraped title padded with words shares its first author with the record (that is the
# block it is looked for in) and most of its words (token-set ratio, 0-100).
PADDED_BLOCK = "author"
PADDED_CANDIDATE = 80
# Raise it when the keys or the judging change: every paper is looked at again.
# 3: linked .bib entries demoted (store.dup_links); 4: keys stored tab-separated, not as JSON;
# 5: a title's leading citation of its own paper ("Hayek (1945) ...") left out of its keys;
# 6: such a citation, in a paper with no names, taken as its first author and year;
# 7: a series' number written as a sentence of its own ("... systems. II. The ...") told apart
KEYS_VERSION = 7
_WATCHED = "title, title_placeholder, authors_json, arxiv_id, doi, date, deleted"
TABLES = f"""
CREATE TABLE IF NOT EXISTS dup_keys (
    paper_id INTEGER PRIMARY KEY,
    arxiv TEXT, doi TEXT, main TEXT, head TEXT, tail TEXT, author TEXT,
    keys TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS dup_keys_arxiv ON dup_keys (arxiv) WHERE arxiv IS NOT NULL;
CREATE INDEX IF NOT EXISTS dup_keys_doi ON dup_keys (doi) WHERE doi IS NOT NULL;
CREATE INDEX IF NOT EXISTS dup_keys_main ON dup_keys (main) WHERE main IS NOT NULL;
CREATE INDEX IF NOT EXISTS dup_keys_head ON dup_keys (head) WHERE head IS NOT NULL;
CREATE INDEX IF NOT EXISTS dup_keys_tail ON dup_keys (tail) WHERE tail IS NOT NULL;
CREATE INDEX IF NOT EXISTS dup_keys_author ON dup_keys (author) WHERE author IS NOT NULL;
CREATE TABLE IF NOT EXISTS dup_pairs (
    a INTEGER NOT NULL, b INTEGER NOT NULL, score REAL NOT NULL, reasons TEXT NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dup_pairs_b ON dup_pairs (b);
CREATE TABLE IF NOT EXISTS dup_stale (paper_id INTEGER PRIMARY KEY);
CREATE TABLE IF NOT EXISTS dup_state (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
INSERT OR IGNORE INTO dup_state (id, version) VALUES (1, 0);
CREATE TABLE IF NOT EXISTS not_duplicates (
    a INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    b INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    marked TEXT NOT NULL,
    PRIMARY KEY (a, b),
    CHECK (a < b)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS not_duplicates_b ON not_duplicates (b);
CREATE TRIGGER IF NOT EXISTS dup_stale_insert AFTER INSERT ON papers BEGIN
    INSERT OR IGNORE INTO dup_stale (paper_id) VALUES (NEW.id);
END;
CREATE TRIGGER IF NOT EXISTS dup_stale_delete AFTER DELETE ON papers BEGIN
    INSERT OR IGNORE INTO dup_stale (paper_id) VALUES (OLD.id);
END;
CREATE TRIGGER IF NOT EXISTS dup_stale_update AFTER UPDATE OF {_WATCHED} ON papers BEGIN
    INSERT OR IGNORE INTO dup_stale (paper_id) VALUES (OLD.id);
    INSERT OR IGNORE INTO dup_stale (paper_id) VALUES (NEW.id);
END;
"""
_LISTED = "(SELECT value FROM json_each(?))"


def create(conn: sqlite3.Connection) -> None:
    """The tables and triggers; a file put back to an older version by hand may have them."""
    from papershelf.store.connection import split_sql

    for statement in split_sql(TABLES):
        conn.execute(statement)


def stale_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM dup_stale").fetchone()[0])


def refresh(conn: sqlite3.Connection) -> int:
    """Bring keys and pairs up to date for the papers changed since; how many were looked at.
    Call inside a transaction."""
    (version,) = conn.execute("SELECT version FROM dup_state").fetchone()
    if version != KEYS_VERSION:
        conn.execute("DELETE FROM dup_keys")
        conn.execute("DELETE FROM dup_pairs")
        conn.execute("DELETE FROM dup_stale")
        conn.execute("UPDATE dup_state SET version = ?", (KEYS_VERSION,))
        return _refresh_all(conn)
    stale = [row[0] for row in conn.execute("SELECT paper_id FROM dup_stale")]
    if not stale:
        return 0
    for batch in batched(stale, 20000):
        listed = json.dumps(batch)
        conn.execute(f"DELETE FROM dup_keys WHERE paper_id IN {_LISTED}", (listed,))
        conn.execute(f"DELETE FROM dup_pairs WHERE a IN {_LISTED}", (listed,))
        conn.execute(f"DELETE FROM dup_pairs WHERE b IN {_LISTED}", (listed,))
    fresh = list(live_keys(conn, stale))
    _store_keys(conn, fresh)
    _store_pairs(conn, _judged(conn, fresh))
    conn.execute("DELETE FROM dup_stale")
    return len(stale)


def _refresh_all(conn: sqlite3.Connection) -> int:
    """Every paper from nothing (a new finder): the blocks are read whole from the indexed key
    columns, with no list of the papers to look at, and each block's pairs judged once."""
    fresh = list(_all_keys(conn))
    # An index built over the filled table is a third cheaper than kept up row by row.
    for column in BLOCK_KEYS:
        conn.execute(f"DROP INDEX IF EXISTS dup_keys_{column}")
    _store_keys(conn, fresh)
    create(conn)
    known = {keys.paper_id: keys for keys in fresh}
    _store_pairs(conn, _judged_blocks(_whole_blocks(conn), known))
    return int(conn.execute("SELECT count(*) FROM papers").fetchone()[0])  # the trashed too


def _store_keys(conn: sqlite3.Connection, fresh: list[Keys]) -> None:
    conn.executemany(
        f"INSERT INTO dup_keys (paper_id, {', '.join(BLOCK_KEYS)}, keys) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(k.paper_id, *(k.block(c) or None for c in BLOCK_KEYS), _dump(k)) for k in fresh],
    )


def _store_pairs(conn: sqlite3.Connection, found: Iterable[Pair]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO dup_pairs (a, b, score, reasons) VALUES (?, ?, ?, ?)",
        [(p.a, p.b, p.score, json.dumps(p.reasons)) for p in demote_linked(conn, found)],
    )


# The first COMPARED_AUTHORS names, read in one call (a json_each subquery per paper costs
# more than its judging; a list of hundreds is never read whole).
_FIRST_AUTHORS = "json_extract(authors_json, {})".format(
    ", ".join(f"'$[{n}]'" for n in range(COMPARED_AUTHORS))
)
_KEY_COLUMNS = f"id, title, title_placeholder, {_FIRST_AUTHORS}, arxiv_id, doi, date"


def live_keys(conn: sqlite3.Connection, ids: list[int]) -> Iterator[Keys]:
    for batch in batched(ids, 20000):
        rows = conn.execute(
            f"SELECT {_KEY_COLUMNS} FROM papers WHERE id IN {_LISTED} AND deleted IS NULL",
            (json.dumps(batch),),
        )
        yield from _keys_of(rows)


def _all_keys(conn: sqlite3.Connection) -> Iterator[Keys]:
    yield from _keys_of(conn.execute(f"SELECT {_KEY_COLUMNS} FROM papers WHERE deleted IS NULL"))


def _keys_of(rows: Iterable[tuple[Any, ...]]) -> Iterator[Keys]:
    for paper_id, title, placeholder, first, arxiv_id, doi, date in rows:
        yield paper_keys(
            paper_id,
            title=title,
            authors=_names(first),
            arxiv_id=arxiv_id,
            doi=doi,
            date=date,
            placeholder=bool(placeholder),
        )


def _names(listed: str | None) -> list[str | dict[str, str]]:
    """The stored authors: plain names, or structured ones (objects, or JSON text); `listed`
    holds nulls past the last name."""
    if not listed:
        return []
    names = json.loads(listed)
    if "{" not in listed:  # plain names only: the usual case, and the whole library's
        return [name for name in names if name]
    return [json.loads(n) if isinstance(n, str) and n.startswith("{") else n for n in names if n]


def _dump(keys: Keys) -> str:
    # Tab-separated: the normalised title, numbers and family names are words and spaces.
    return "\t".join(
        (
            keys.title,
            str(keys.arxiv_version or ""),
            keys.year or "",
            " ".join(keys.numbers),
            " ".join(sorted(keys.authors)),
        )
    )


def _load(paper_id: int, row: tuple[str | None, ...], dumped: str) -> Keys:
    title, version, year, numbers, authors = dumped.split("\t")
    arxiv, doi, main, head, tail, author = row
    return Keys(
        paper_id,
        title,
        main or "",
        head,
        tail,
        arxiv,
        int(version) if version else None,
        doi,
        author,
        year or None,
        tuple(numbers.split()),
        frozenset(authors.split()),
    )


def _judged(conn: sqlite3.Connection, fresh: list[Keys]) -> Iterator[Pair]:
    """Each fresh paper against the papers sharing one of its block keys, judged once."""
    known = {keys.paper_id: keys for keys in fresh}
    blocks = _blocks(conn, fresh)
    yield from _judged_blocks(_with_keys(conn, blocks, known), known)


def _with_keys(
    conn: sqlite3.Connection,
    blocks: Iterable[tuple[str, list[int], list[int]]],
    known: dict[int, Keys],
) -> Iterator[tuple[str, list[int], list[int]]]:
    """The blocks, with the stored keys of their papers not fresh read into `known`."""
    for column, mine, block in blocks:
        missing = [i for i in block if i not in known]
        if missing:
            known.update(stored_keys(conn, missing))
        yield column, mine, [i for i in block if i in known]


def _judged_blocks(
    blocks: Iterable[tuple[str, list[int], list[int]]], known: dict[int, Keys]
) -> Iterator[Pair]:
    """(key column, the papers to look at, the block's papers): each pair judged once."""
    seen: set[tuple[int, int]] = set()
    for column, mine, block in blocks:
        candidates = (
            _alike(mine, block, known, padded=column == PADDED_BLOCK)
            if column in SIMILAR_ONLY
            else ((a, b) for a in mine for b in block)
        )
        for a, b in candidates:
            pair = (min(a, b), max(a, b))
            if a == b or pair in seen:
                continue
            seen.add(pair)
            verdict = judge(known[pair[0]], known[pair[1]])
            if verdict is not None:
                yield Pair(pair[0], pair[1], verdict.score, verdict.reasons)


def _alike(
    mine: list[int], block: list[int], known: dict[int, Keys], *, padded: bool
) -> Iterator[tuple[int, int]]:
    """The pairs of a block whose titles are alike enough to be judged at all; when every
    paper of the block is looked at, each is compared with those after it only."""
    members = [known[i] for i in block]
    whole = mine is block
    for start, paper in enumerate(mine):
        others = members[start + 1 :] if whole else members
        offset = start + 1 if whole else 0
        for at in alike_titles(known[paper], others, padded=padded):
            yield paper, block[offset + at]


def alike_titles(keys: Keys, members: list[Keys], *, padded: bool) -> set[int]:
    """Where in `members` the titles alike enough to this one to be judged are (in C++);
    `padded`: also those that may be it with words around it, among the records it may be
    padded with (`may_be_padded`: few), by the token-set ratio (`partial_ratio`, the judge's,
    is far too slow for a whole block)."""
    titles = [member.title for member in members]
    found = {
        at
        for _title, _score, at in process.extract(
            keys.title, titles, scorer=fuzz.ratio, score_cutoff=TITLE_SIMILARITY, limit=None
        )
    }
    if padded:
        others = (
            [at for at, member in enumerate(members) if not member.year]
            if keys.year
            else range(len(members))
        )
        found.update(
            others[at]
            for _title, _score, at in process.extract(
                keys.title,
                [titles[i] for i in others],
                scorer=fuzz.token_set_ratio,
                score_cutoff=PADDED_CANDIDATE,
                limit=None,
            )
        )
    return found


def _blocks(
    conn: sqlite3.Connection, fresh: list[Keys]
) -> Iterator[tuple[str, list[int], list[int]]]:
    """(key column, the fresh papers in a block, all its papers) for every shared key."""
    for column in BLOCK_KEYS:
        values: dict[str, list[int]] = {}
        for keys in fresh:
            value = keys.block(column)
            if value:
                values.setdefault(value, []).append(keys.paper_id)
        for batch in batched(list(values), 5000):
            cap = f"AND count(*) <= {BIG_BLOCK}" if column in CAPPED_KEYS else ""
            rows = conn.execute(
                f"SELECT {column}, json_group_array(paper_id) FROM dup_keys "
                f"WHERE {column} IN {_LISTED} GROUP BY {column} HAVING count(*) > 1 {cap}",
                (json.dumps(batch),),
            )
            for value, members in rows:
                yield column, values[value], json.loads(members)


def _whole_blocks(conn: sqlite3.Connection) -> Iterator[tuple[str, list[int], list[int]]]:
    """Every block of the library, each paper of it to be looked at (see `_blocks`)."""
    for column in BLOCK_KEYS:
        cap = f"AND count(*) <= {BIG_BLOCK}" if column in CAPPED_KEYS else ""
        rows = conn.execute(
            f"SELECT json_group_array(paper_id) FROM dup_keys WHERE {column} IS NOT NULL "
            f"GROUP BY {column} HAVING count(*) > 1 {cap}"
        )
        for (members,) in rows:
            block = json.loads(members)
            yield column, block, block


def stored_keys(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, Keys]:
    rows = conn.execute(
        f"SELECT paper_id, {', '.join(BLOCK_KEYS)}, keys FROM dup_keys WHERE paper_id IN {_LISTED}",
        (json.dumps(list(ids)),),
    )
    return {row[0]: _load(row[0], row[1:-1], row[-1]) for row in rows}


def pairs(conn: sqlite3.Connection, *, min_score: float = 0.0) -> list[Pair]:
    rows = conn.execute(
        "SELECT a, b, score, reasons FROM dup_pairs WHERE score >= ? ORDER BY score DESC, a, b",
        (min_score,),
    )
    return [Pair(a, b, score, tuple(json.loads(reasons))) for a, b, score, reasons in rows]


def pairs_of(conn: sqlite3.Connection, paper_id: int) -> list[Pair]:
    rows = conn.execute(
        "SELECT a, b, score, reasons FROM dup_pairs WHERE a = ? OR b = ? ORDER BY score DESC",
        (paper_id, paper_id),
    )
    return [Pair(a, b, score, tuple(json.loads(reasons))) for a, b, score, reasons in rows]


def not_duplicates(conn: sqlite3.Connection) -> list[tuple[int, int]]:
    return [(a, b) for a, b in conn.execute("SELECT a, b FROM not_duplicates")]


def mark_not_duplicate(conn: sqlite3.Connection, a: int, b: int, now: str) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO not_duplicates (a, b, marked) VALUES (?, ?, ?)",
        (min(a, b), max(a, b), now),
    )
