"""The sidebar's counts: counted in SQL once, then moved by what a change did to its papers.

Every count is keyed by its sidebar node: "all", "status:<status>", "review", "trash",
"tag:<name>", "queue:<name>", "queue-read:<name>" (papers of a queue read or skimmed) and
"source:<id>" (the papers of an import not in the Trash).
Before and after a write, `paper_keys` lists the counts each touched paper adds to; the
difference moves the counts, so a status key at 100k papers with 20 smart queues costs a few
point queries instead of counting every queue again.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from collections.abc import Mapping, Sequence

from papershelf.store import fts
from papershelf.store.search import Filter, compile_filter

FINISHED = ("read", "skimmed")
_FINISHED_SQL = "p.status IN ('read', 'skimmed')"

# Membership of a few papers is tested row by row. `p.id IN (SELECT rowid FROM papers_fts
# WHERE MATCH ?)` reads a broad word's whole match list (60k ids at 100k papers), and even a
# MATCH with `rowid = ?` walks it (3 ms for "learning" at 100k); so the touched papers' text
# is copied into two small full-text tables of the same make, and matched there.
_SET_OF_FTS = re.compile(
    r"\+?p\.id IN \(SELECT rowid FROM (papers|meta)_fts WHERE \1_fts MATCH \?\)"
)
_SET_OF_PAPERS = re.compile(
    r"\+?p\.id IN \(SELECT (\w+)\.paper_id FROM ([^()]+?) WHERE ([^()]+?)\)"
)
_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"  # as papers_fts and meta_fts
_PROBES = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.probe_papers USING fts5 "
    f"(title, abstract, authors, {_TOKENIZE})",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.probe_meta USING fts5 (tags, notes, {_TOKENIZE})",
)


def row_predicate(query: str | Filter) -> tuple[str, list[object]]:
    """A search (or a whole filter) as a test of one row `p` whose text is in the probe
    tables (`load_probes`): the same papers as its listing."""
    where, params = compile_filter(query if isinstance(query, Filter) else Filter(search=query))
    where = _SET_OF_FTS.sub(
        r"EXISTS (SELECT 1 FROM temp.probe_\1 WHERE probe_\1 MATCH ? AND rowid = p.id)", where
    )
    where = _SET_OF_PAPERS.sub(r"EXISTS (SELECT 1 FROM \2 WHERE \3 AND \1.paper_id = p.id)", where)
    return where, params


def which_match(conn: sqlite3.Connection, spec: Filter, ids: Sequence[int]) -> set[int]:
    """Those of these (few) papers that the filter selects, tested row by row."""
    ids_json = json.dumps(sorted(set(ids)))
    load_probes(conn, ids_json)
    where, params = row_predicate(spec)
    return {
        row[0]
        for row in conn.execute(
            f"SELECT p.id FROM papers p WHERE p.id IN (SELECT value FROM json_each(?)) AND {where}",
            [ids_json, *params],
        )
    }


def load_probes(conn: sqlite3.Connection, ids_json: str) -> None:
    """Copy these papers' indexed text (listing, tags, notes) into the probe tables."""
    for statement in _PROBES:
        conn.execute(statement)
    conn.execute("DELETE FROM temp.probe_papers")
    conn.execute("DELETE FROM temp.probe_meta")
    conn.execute(
        "INSERT INTO temp.probe_papers (rowid, title, abstract, authors) "
        "SELECT id, title, abstract, authors FROM papers_text WHERE id IN (SELECT value FROM json_each(?))",
        (ids_json,),
    )
    conn.execute(
        "INSERT INTO temp.probe_meta (rowid, tags, notes) "
        "SELECT rowid, tags, notes FROM meta_fts WHERE rowid IN (SELECT value FROM json_each(?))",
        (ids_json,),
    )


def smart_queue_counts(conn: sqlite3.Connection, name: str, query: str) -> Counter[str]:
    fts.ready(conn)
    where, params = compile_filter(Filter(search=query))
    total, read = conn.execute(
        f"SELECT count(*), count(*) FILTER (WHERE {_FINISHED_SQL}) FROM papers p WHERE {where}",
        params,
    ).fetchone()
    return Counter({f"queue:{name}": int(total), f"queue-read:{name}": int(read)})


def all_counts(conn: sqlite3.Connection, smart: Mapping[str, str]) -> Counter[str]:
    """Every count, from SQL (`smart`: smart queue name -> its search)."""
    counts: Counter[str] = Counter()
    for status, number in conn.execute(
        "SELECT status, count(*) FROM papers WHERE deleted IS NULL GROUP BY status"
    ):
        counts[f"status:{status}"] = number
        counts["all"] += number
    counts["trash"] = conn.execute(
        "SELECT count(*) FROM papers WHERE deleted IS NOT NULL"
    ).fetchone()[0]
    counts["review"] = conn.execute(
        "SELECT count(*) FROM papers p WHERE p.deleted IS NULL "
        "AND p.id IN (SELECT paper_id FROM review_flags)"
    ).fetchone()[0]
    for name, number in conn.execute(
        "SELECT t.name, count(pt.paper_id) FILTER (WHERE pt.paper_id NOT IN "
        "(SELECT id FROM papers WHERE deleted IS NOT NULL)) "
        "FROM tags t LEFT JOIN paper_tags pt ON pt.tag_id = t.id GROUP BY t.id"
    ):
        counts[f"tag:{name}"] = number
    for source, number in conn.execute(
        "SELECT ps.source_id, count(DISTINCT ps.paper_id) FROM paper_sources ps "
        "JOIN papers p ON p.id = ps.paper_id AND p.deleted IS NULL GROUP BY ps.source_id"
    ):
        counts[f"source:{source}"] = number
    counts.update(plain_queue_counts(conn))
    for name, query in smart.items():
        counts.update(smart_queue_counts(conn, name, query))
    return counts


def plain_queue_counts(conn: sqlite3.Connection, name: str | None = None) -> Counter[str]:
    """Papers and papers read of every plain queue (or of the one named)."""
    counts: Counter[str] = Counter()
    for queue, total, read in conn.execute(
        f"SELECT q.name, count(p.id), count(p.id) FILTER (WHERE {_FINISHED_SQL}) FROM queues q "
        "LEFT JOIN queue_items qi ON qi.queue_id = q.id "
        "LEFT JOIN papers p ON p.id = qi.paper_id AND p.deleted IS NULL "
        "WHERE q.kind != 'smart' AND (?1 IS NULL OR q.name = ?1) GROUP BY q.id",
        (name,),
    ):
        counts[f"queue:{queue}"], counts[f"queue-read:{queue}"] = total, read
    return counts


def paper_keys(
    conn: sqlite3.Connection, ids: Sequence[int], smart: Mapping[str, str]
) -> Counter[str]:
    """The counts these papers add to (each key once per paper that counts towards it)."""
    ids_json = json.dumps(sorted(set(ids)))
    keys: Counter[str] = Counter()
    live: list[int] = []
    finished: set[int] = set()
    for paper_id, status, deleted, flagged in conn.execute(
        "SELECT p.id, p.status, p.deleted IS NOT NULL, "
        "EXISTS (SELECT 1 FROM review_flags r WHERE r.paper_id = p.id) "
        "FROM papers p WHERE p.id IN (SELECT value FROM json_each(?))",
        (ids_json,),
    ):
        if deleted:
            keys["trash"] += 1
            continue
        live.append(paper_id)
        keys["all"] += 1
        keys[f"status:{status}"] += 1
        keys["review"] += 1 if flagged else 0
        if status in FINISHED:
            finished.add(paper_id)
    if not live:
        return +keys
    live_json = json.dumps(live)
    for (name,) in conn.execute(
        "SELECT t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id "
        "WHERE pt.paper_id IN (SELECT value FROM json_each(?))",
        (live_json,),
    ):
        keys[f"tag:{name}"] += 1
    for (source,) in conn.execute(
        "SELECT source_id FROM paper_sources "
        "WHERE paper_id IN (SELECT value FROM json_each(?)) GROUP BY source_id, paper_id",
        (live_json,),
    ):
        keys[f"source:{source}"] += 1
    for name, paper_id in conn.execute(
        "SELECT q.name, qi.paper_id FROM queue_items qi JOIN queues q ON q.id = qi.queue_id "
        "WHERE q.kind != 'smart' AND qi.paper_id IN (SELECT value FROM json_each(?))",
        (live_json,),
    ):
        _count_member(keys, name, paper_id in finished)
    if smart:
        _count_smart_members(conn, live_json, smart, finished, keys)
    return +keys


def _count_member(keys: Counter[str], queue: str, finished: bool) -> None:
    keys[f"queue:{queue}"] += 1
    keys[f"queue-read:{queue}"] += 1 if finished else 0


def _count_smart_members(
    conn: sqlite3.Connection,
    live_json: str,
    smart: Mapping[str, str],
    finished: set[int],
    keys: Counter[str],
) -> None:
    for name, paper_id in smart_members(conn, live_json, smart):
        _count_member(keys, name, paper_id in finished)


def smart_members(
    conn: sqlite3.Connection, ids_json: str, smart: Mapping[str, str]
) -> list[tuple[str, int]]:
    """(smart queue, paper) for each of these (few) papers each queue's search selects: one
    statement tests every smart queue on every paper, one column per queue."""
    if not smart:
        return []
    load_probes(conn, ids_json)
    names = list(smart)
    columns, params = [], []
    for name in names:
        where, values = row_predicate(smart[name])
        columns.append(f"({where})")
        params += values
    rows = conn.execute(
        f"SELECT p.id, {', '.join(columns)} FROM papers p "
        "WHERE p.id IN (SELECT value FROM json_each(?))",
        [*params, ids_json],
    )
    return [
        (name, paper_id)
        for paper_id, *member in rows
        for name, inside in zip(names, member, strict=True)
        if inside
    ]
