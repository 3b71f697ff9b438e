"""Papers in the library that look like papers not in it yet (an import's preview), found
without writing anything: the duplicate cache (store.duplicates) as it stands, and for the
papers changed since it was last refreshed, keys computed on the spot.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from papershelf.core.duplicates import (
    BIG_BLOCK,
    BLOCK_KEYS,
    CAPPED_KEYS,
    SIMILAR_ONLY,
    Keys,
    Pair,
    judge,
)
from papershelf.store.duplicates import (
    KEYS_VERSION,
    PADDED_BLOCK,
    alike_titles,
    live_keys,
    stored_keys,
)


@dataclass(frozen=True, slots=True)
class Fresh:
    """The keys of the papers the cache does not hold as they are now (all of them when the
    cache was made by an older finder), and their blocks."""

    cache_usable: bool
    stale: frozenset[int]
    keys: dict[int, Keys]
    blocks: dict[tuple[str, str], list[int]]

    def keys_of(self, conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, Keys]:
        wanted = set(ids)
        found = {i: self.keys[i] for i in wanted if i in self.keys}
        cached = [i for i in wanted if i not in self.stale]
        if cached and self.cache_usable:
            found.update(stored_keys(conn, cached))
        return found


def fresh(conn: sqlite3.Connection) -> Fresh:
    (version,) = conn.execute("SELECT version FROM dup_state").fetchone()
    usable = version == KEYS_VERSION
    sql = "SELECT paper_id FROM dup_stale" if usable else "SELECT id FROM papers"
    stale = [row[0] for row in conn.execute(sql)]
    keys = {k.paper_id: k for k in live_keys(conn, stale)}
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for paper in keys.values():
        for column in BLOCK_KEYS:
            value = paper.block(column)
            if value:
                blocks[(column, value)].append(paper.paper_id)
    return Fresh(usable, frozenset(stale), keys, dict(blocks))


def look_alikes(
    conn: sqlite3.Connection, keys: Keys, known: Fresh, *, min_score: float
) -> list[Pair]:
    """The library's papers judged one work with `keys`, best first (`Pair.a` is always 0:
    the paper outside)."""
    candidates: set[int] = set()
    for column in BLOCK_KEYS:
        value = keys.block(column)
        if value:
            candidates.update(_block(conn, known, column, value, keys))
    found = []
    for paper_id, theirs in known.keys_of(conn, candidates).items():
        verdict = judge(keys, theirs)
        if verdict is not None and verdict.score >= min_score:
            found.append(Pair(0, paper_id, verdict.score, verdict.reasons))
    return sorted(found, key=lambda p: (-p.score, p.b))


def _block(
    conn: sqlite3.Connection, known: Fresh, column: str, value: str, keys: Keys
) -> list[int]:
    """The papers sharing one key value with the paper outside (none from a block too big to
    say anything; only the alike titles from a block where only those can be one work)."""
    block = list(known.blocks.get((column, value), ()))
    if known.cache_usable:
        rows = conn.execute(
            f"SELECT paper_id FROM dup_keys WHERE {column} = ? LIMIT ?", (value, BIG_BLOCK + 1)
        )
        block += [row[0] for row in rows if row[0] not in known.stale]
    if column in CAPPED_KEYS and len(block) > BIG_BLOCK:
        return []
    if column not in SIMILAR_ONLY:
        return block
    theirs = known.keys_of(conn, block)
    block = [i for i in block if i in theirs]
    members = [theirs[i] for i in block]
    return [block[at] for at in alike_titles(keys, members, padded=column == PADDED_BLOCK)]
