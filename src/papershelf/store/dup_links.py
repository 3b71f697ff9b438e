"""Look-alike .bib entries the file itself keeps apart (reprints, editions, linked entries) are
listed below the score a bulk merge takes, with the reason (see core.bibkeys.apart)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator

from papershelf.core import bibkeys
from papershelf.core.duplicates import LISTED_SCORE, Pair


def demote_linked(conn: sqlite3.Connection, pairs: Iterable[Pair]) -> Iterator[Pair]:
    entries: dict[int, bibkeys.Entry | None] = {}
    for pair in pairs:
        a, b = (_entry(conn, entries, paper_id) for paper_id in (pair.a, pair.b))
        reason = bibkeys.apart(a, b) if a and b else None
        if reason is None or pair.score <= LISTED_SCORE:
            yield pair
        else:
            yield Pair(pair.a, pair.b, LISTED_SCORE, (*pair.reasons, f"but {reason}"))


def _entry(
    conn: sqlite3.Connection, known: dict[int, bibkeys.Entry | None], paper_id: int
) -> bibkeys.Entry | None:
    """The paper's .bib entry (None for a paper that came from elsewhere), read once."""
    if paper_id not in known:
        row = conn.execute(
            "SELECT citation_key, bib_fields, substr(date, 1, 4) FROM papers WHERE id = ?",
            (paper_id,),
        ).fetchone()
        if row is None or not row[1]:
            known[paper_id] = None
        else:
            sources = conn.execute(
                "SELECT source_id FROM paper_sources WHERE paper_id = ?", (paper_id,)
            )
            known[paper_id] = bibkeys.Entry(
                row[0], json.loads(row[1])["fields"], frozenset(s for (s,) in sources), row[2]
            )
    return known[paper_id]
