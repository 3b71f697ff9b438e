"""Papers made on two machines from one listing meet as duplicates when they first arrive,
and are merged by the rules of an import (docs/SYNC.md, "Duplicates across machines").

The paper with the smaller global id survives, on every machine alike, so that machines
merging the same pair on their own reach the same paper; the merge is an ordinary local
change, sent on like any other.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection

from papershelf.store import fts
from papershelf.store.batch import KeyIndex, Keys, candidates, keys_of, stored_keys
from papershelf.store.merge import merge_papers

_ARRIVED = """
SELECT id, gid, citation_key, arxiv_id, doi, title_key, abstract_key FROM papers
 WHERE deleted IS NULL AND gid IN (SELECT value FROM json_each(?))
"""


def meet(conn: sqlite3.Connection, arrived: Collection[str], now: str) -> int:
    """Merge each newly arrived live paper with the live paper held before that an import of
    it would have joined; returns how many papers were merged away.

    Papers that arrive together do not meet one another: they come from machines that
    already had the chance to merge them (and a peer's own look-alikes stay apart)."""
    if not arrived:
        return 0
    rows = conn.execute(_ARRIVED, (json.dumps(sorted(arrived)),)).fetchall()
    new = {row[0]: (row[1], keys_of(row[2:])) for row in rows}
    if not new or not _held_before(conn, len(new)):
        return 0
    index = candidates(conn, [keys for _, keys in new.values()])
    for paper_id in new:
        index.remove(paper_id)
    merged = 0
    survivors: list[int] = []
    for paper_id, (gid, keys) in sorted(new.items(), key=lambda item: item[1][0]):
        count, survivor = _meet_one(conn, index, paper_id, gid, keys, now)
        merged += count
        survivors.append(survivor)
    if merged:
        fts.refresh(conn, survivors)
    return merged


def _held_before(conn: sqlite3.Connection, arrivals: int) -> bool:
    """Whether the library holds live papers besides the arrivals (not on a first sync)."""
    live = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM papers WHERE deleted IS NULL LIMIT ?)",
        (arrivals + 1,),
    ).fetchone()[0]
    return int(live) > arrivals


def _meet_one(
    conn: sqlite3.Connection, index: KeyIndex, paper_id: int, gid: str, keys: Keys, now: str
) -> tuple[int, int]:
    """(papers merged away, the paper that stands for the arrival afterwards)."""
    merged = 0
    while (match := index.best(keys)) is not None:
        (match_gid,) = conn.execute("SELECT gid FROM papers WHERE id = ?", (match,)).fetchone()
        merged += 1
        if gid < match_gid:  # the arrival survives and takes the held paper's place
            _merge(conn, paper_id, match, now)
            index.remove(match)
            keys = stored_keys(conn, paper_id)
            continue
        _merge(conn, match, paper_id, now)
        index.add(match, stored_keys(conn, match))
        return merged, match
    if merged:
        index.add(paper_id, keys)
    return merged, paper_id


def _merge(conn: sqlite3.Connection, keep: int, other: int, now: str) -> None:
    """As the reader's merge, and the citation key goes with the paper if it had none."""
    (key,) = conn.execute("SELECT citation_key FROM papers WHERE id = ?", (other,)).fetchone()
    merge_papers(conn, keep, other, now)
    if key is not None:
        conn.execute(
            "UPDATE papers SET citation_key = ? WHERE id = ? AND citation_key IS NULL",
            (key, keep),
        )
