"""Importing records a batch at a time: a few set-based statements per batch, not per paper.

A record is the same paper as a live one with the same citation key, else arXiv id, else DOI
(ignoring case), else folded title, else abstract opening; the lowest id wins among equals.
A record with a citation key (a .bib entry) never joins a paper that has another key: two keys
are two entries to their owner, so the record is kept apart and both are flagged "duplicate".
SQLite is asked once per batch for every candidate, and a small index keeps the batch's own
papers, so a listing that repeats a paper merges it with itself.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

from papershelf.core.records import PaperRecord
from papershelf.core.text import abstract_key, title_key
from papershelf.store import fts, undo
from papershelf.store.papers import SCALAR_FILLS, Outcome, add_personal, merge_record

_as_json = json.JSONEncoder(ensure_ascii=False).encode
# citation key (folded), arXiv id, DOI, title, abstract
Keys = tuple[str | None, str | None, str | None, str | None, str | None]
DOI = 2  # where a DOI sits in Keys (citation key, arXiv id, DOI, title key, abstract key)
DUPLICATE = "duplicate"

_CANDIDATES = """
SELECT id, citation_key, arxiv_id, doi, title_key, abstract_key FROM papers
 WHERE deleted IS NULL AND (
       citation_key COLLATE NOCASE IN (SELECT value FROM json_each(:c))
    OR arxiv_id IN (SELECT value FROM json_each(:a))
    OR doi COLLATE NOCASE IN (SELECT value FROM json_each(:d))
    OR title_key IN (SELECT value FROM json_each(:t))
    OR abstract_key IN (SELECT value FROM json_each(:k)))
 ORDER BY id
"""
_COLUMNS = (
    "id",
    "title",
    "title_placeholder",
    "title_key",
    "abstract",
    "abstract_key",
    "authors_text",
    "authors_json",
    "authors_truncated",
    "author_count",
    "categories",
    "date",
    "date_text",
    "date_partial",
    "has_code",
    "rating",
    "status",
    "bib_fields",
    *SCALAR_FILLS,
    "added",
    "modified",
    "citation_key",
)
_INSERT = f"INSERT INTO papers ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})"


def _doi_form(doi: str | None) -> str | None:
    # SQLite's NOCASE folds ASCII letters only; bytes.lower() does exactly that.
    return doi.encode().lower().decode() if doi else None


def _key_form(key: str | None) -> str | None:
    # Citation keys are unique ignoring ASCII case (the store's NOCASE index).
    return key.encode().lower().decode() if key else None


def record_keys(record: PaperRecord) -> Keys:
    return (
        _key_form(record.citation_key),
        record.arxiv_id or None,
        _doi_form(record.doi),
        None if record.title_is_placeholder else title_key(record.title),
        abstract_key(record.abstract),
    )


@dataclass
class KeyIndex:
    """Which live papers carry which keys: the batch's candidates plus the batch's own papers."""

    by_kind: tuple[dict[str, set[int]], ...] = field(default_factory=lambda: ({}, {}, {}, {}, {}))
    keys_of: dict[int, Keys] = field(default_factory=dict)

    def add(self, paper_id: int, keys: Keys) -> None:
        self.remove(paper_id)
        self.keys_of[paper_id] = keys
        for index, value in zip(self.by_kind, keys, strict=True):
            if value:
                index.setdefault(value, set()).add(paper_id)

    def remove(self, paper_id: int) -> None:
        for index, value in zip(self.by_kind, self.keys_of.pop(paper_id, ()), strict=False):
            if value:
                index[value].discard(paper_id)

    def best(self, keys: Keys) -> int | None:
        """The strongest kind of evidence wins, then the lowest id; a paper with another
        citation key is never the same as a record with a key, nor one with another DOI by
        its title or abstract alone (trial 9: a review and an article of one title, each
        with its DOI, became one paper and the review's DOI was lost)."""
        for kind, (index, value) in enumerate(zip(self.by_kind, keys, strict=True)):
            found = (
                [
                    i
                    for i in index.get(value, ())
                    if self._key_allows(i, keys[0])
                    and (kind <= DOI or self._doi_allows(i, keys[DOI]))
                ]
                if value
                else []
            )
            if found:
                return min(found)
        return None

    def look_alikes(self, keys: Keys) -> list[int]:
        """Papers with the record's evidence that `best` refused for their other key."""
        if not keys[0]:
            return []
        return sorted(
            {
                i
                for index, value in zip(self.by_kind[1:], keys[1:], strict=True)
                if value
                for i in index.get(value, ())
                if not self._key_allows(i, keys[0])
            }
        )

    def _key_allows(self, paper_id: int, key: str | None) -> bool:
        theirs = self.keys_of[paper_id][0]
        return not key or not theirs or theirs == key

    def _doi_allows(self, paper_id: int, doi: str | None) -> bool:
        theirs = self.keys_of[paper_id][DOI]
        return not doi or not theirs or theirs == doi


def candidates(conn: sqlite3.Connection, keys: Sequence[Keys]) -> KeyIndex:
    """The live papers that carry any of these keys."""
    found = KeyIndex()
    columns = [json.dumps([k[i] for k in keys if k[i]]) for i in range(5)]
    for paper_id, *stored in conn.execute(_CANDIDATES, dict(zip("cadtk", columns, strict=True))):
        found.add(paper_id, keys_of(stored))
    return found


def merge_targets(conn: sqlite3.Connection, records: Sequence[PaperRecord]) -> list[int | None]:
    """The paper each record would be merged into if imported now (None: it would be a new
    paper), as upsert_batch decides; reads only."""
    keys = [record_keys(record) for record in records]
    index = candidates(conn, keys)
    return [index.best(record) for record in keys]


def keys_of(stored: Sequence[str | None]) -> Keys:
    """A stored paper's keys from its (citation_key, arxiv_id, doi, title_key, abstract_key)."""
    key, arxiv, doi, title, abstract = stored
    return (_key_form(key), arxiv, _doi_form(doi), title, abstract)


def stored_keys(conn: sqlite3.Connection, paper_id: int) -> Keys:
    return keys_of(
        conn.execute(
            "SELECT citation_key, arxiv_id, doi, title_key, abstract_key FROM papers WHERE id = ?",
            (paper_id,),
        ).fetchone()
    )


@dataclass
class _Pending:
    """Papers of this batch matched nothing: inserted together when the batch is flushed."""

    rows: list[tuple[int, PaperRecord, Prepared]] = field(default_factory=list)

    def ids(self) -> set[int]:
        return {paper_id for paper_id, _, _ in self.rows}


def upsert_batch(
    conn: sqlite3.Connection,
    records: Sequence[PaperRecord],
    now: str,
    *,
    defer_index: bool = False,
) -> list[Outcome]:
    """Insert or merge these records, in order; one outcome per record. With `defer_index`,
    new papers wait for `fts.catch_up` to join the listing index."""
    prepared = [_prepared(record) for record in records]
    index = candidates(conn, [p.keys for p in prepared])
    next_id = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM papers").fetchone()[0])
    pending = _Pending()
    pending_ids: set[int] = set()
    outcomes: list[Outcome] = []
    for record, ready in zip(records, prepared, strict=True):
        keys = ready.keys
        match = index.best(keys)
        look_alikes = index.look_alikes(keys) if match is None else []
        if look_alikes:
            if set(look_alikes) & pending_ids:  # their flags go in with their rows
                _insert(conn, pending, now, defer_index)
                pending, pending_ids = _Pending(), set()
            record.flag(DUPLICATE)
            _flag_duplicates(conn, look_alikes)
        if match is None:
            pending.rows.append((next_id, record, ready))
            pending_ids.add(next_id)
            index.add(next_id, keys)
            outcomes.append(Outcome(next_id, False, True, tuple(look_alikes)))
            next_id += 1
            continue
        if match in pending_ids:  # a paper listed twice in one file: store the first, then merge
            _insert(conn, pending, now, defer_index)
            pending, pending_ids = _Pending(), set()
        restore(record)
        changed = merge_record(conn, match, record, now)
        index.add(match, stored_keys(conn, match))
        outcomes.append(Outcome(match, merged=True, changed=changed))
    _insert(conn, pending, now, defer_index)
    return outcomes


def _flag_duplicates(conn: sqlite3.Connection, ids: list[int]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO review_flags (paper_id, reason) VALUES (?, ?)",
        [(paper_id, DUPLICATE) for paper_id in ids],
    )


@dataclass(frozen=True)
class Prepared:
    """What a record contributes to its row, whatever id and time it gets."""

    keys: Keys
    values: tuple[object, ...]  # the row after the id, before the two time stamps
    # The record's names and kept .bib fields travel as the row's JSON alone (see
    # `prepare_to_send`); `restore` brings them back for the rare record that merges.
    names_sent: bool = False
    bib_fields_sent: bool = False


_AUTHORS_JSON = _COLUMNS.index("authors_json") - 1  # positions in `Prepared.values`
_BIB_JSON = _COLUMNS.index("bib_fields") - 1


def prepare(record: PaperRecord) -> Prepared:
    keys = record_keys(record)
    return Prepared(keys, _row_values(record, keys))


def prepare_to_send(record: PaperRecord) -> Prepared:
    """`prepare`, in a parsing process: the record's names and kept fields then leave it, since
    the row's JSON holds them. Pickling nested dicts and lists costs the two processes more
    than the JSON, which the row needs anyway (~40 µs a .bib entry, measured)."""
    ready = prepare(record)
    names_sent = bool(record.names)  # the JSON holds the names themselves
    bib_fields_sent = bool(record.bib_fields)
    if names_sent:
        record.names = None
    if bib_fields_sent:
        record.bib_fields = None
    return Prepared(ready.keys, ready.values, names_sent, bib_fields_sent)


def restore(record: PaperRecord) -> None:
    """Put back what `prepare_to_send` took out of the record."""
    ready = record.prepared
    if not isinstance(ready, Prepared):
        return
    if ready.names_sent:
        record.names = json.loads(str(ready.values[_AUTHORS_JSON]))
    if ready.bib_fields_sent:
        record.bib_fields = json.loads(str(ready.values[_BIB_JSON]))
    record.prepared = None  # the record may change now: its row is worked out again


def _prepared(record: PaperRecord) -> Prepared:
    found = record.prepared
    return found if isinstance(found, Prepared) else prepare(record)


def _row_values(record: PaperRecord, keys: Keys) -> tuple[object, ...]:
    return (
        record.title,
        int(record.title_is_placeholder),
        keys[3],
        record.abstract,
        keys[4],
        ", ".join(record.authors),
        _as_json(record.names or record.authors),
        int(record.authors_truncated),
        record.author_count,
        " ".join(record.categories),
        record.date,
        record.date_text,
        record.date_partial,
        int(record.has_code),
        record.rating or 0,
        record.status or "new",
        _as_json(record.bib_fields) if record.bib_fields else None,
        *(getattr(record, name) for name in SCALAR_FILLS),
    )


def _insert(conn: sqlite3.Connection, pending: _Pending, now: str, defer_index: bool) -> None:
    if not pending.rows:
        return
    ids = sorted(pending.ids())
    keys = _free_keys(conn, [record.citation_key for _, record, _ in pending.rows])
    indexed = fts.deferred_inserted if defer_index else fts.bulk_inserted
    with undo.bulk_inserted_papers(conn, ids), indexed(conn, ids):
        conn.executemany(
            _INSERT,
            [
                (paper_id, *ready.values, now, now, key)
                for (paper_id, _, ready), key in zip(pending.rows, keys, strict=True)
            ],
        )
    conn.executemany(
        "INSERT INTO urls (paper_id, position, url) VALUES (?, ?, ?)",
        [
            (paper_id, position, url)
            for paper_id, record, _ in pending.rows
            for position, url in enumerate(dict.fromkeys(record.urls))
        ],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO review_flags (paper_id, reason) VALUES (?, ?)",
        [
            (paper_id, reason)
            for paper_id, record, _ in pending.rows
            for reason in record.needs_review
        ],
    )
    for paper_id, record, _ in pending.rows:
        if record.tags or record.notes:  # the citation key went in with the row
            add_personal(conn, paper_id, record, now, key=False)


def _free_keys(conn: sqlite3.Connection, wanted: list[str | None]) -> list[str | None]:
    """Each record's citation key for its new row, or None where a paper (live or trashed) or
    an earlier record has it: keys are unique ignoring ASCII case."""
    asked = [key for key in wanted if key]
    if not asked:
        return wanted
    taken = {
        _key_form(row[0])
        for row in conn.execute(
            "SELECT citation_key FROM papers "
            "WHERE citation_key COLLATE NOCASE IN (SELECT value FROM json_each(?))",
            (json.dumps(asked),),
        )
    }
    free: list[str | None] = []
    for key in wanted:
        form = _key_form(key)
        free.append(key if form and form not in taken else None)
        taken.add(form)
    return free
