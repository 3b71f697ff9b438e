"""Numbered schema migrations. Append only: never edit a step that has shipped."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from papershelf.store import undo

V1 = """
CREATE TABLE papers (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    title_placeholder INTEGER NOT NULL DEFAULT 0,
    title_key TEXT,
    abstract TEXT NOT NULL DEFAULT '',
    abstract_key TEXT,
    authors_text TEXT NOT NULL DEFAULT '',
    authors_truncated INTEGER NOT NULL DEFAULT 0,
    author_count INTEGER,
    affiliation TEXT,
    category TEXT,
    categories TEXT NOT NULL DEFAULT '',
    date TEXT,
    date_text TEXT,
    date_partial TEXT,
    submitted_v1 TEXT,
    announced TEXT,
    arxiv_id TEXT,
    doi TEXT,
    journal_ref TEXT,
    comments TEXT,
    venue TEXT,
    entry_type TEXT,
    score REAL,
    has_code INTEGER NOT NULL DEFAULT 0,
    rating INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
    status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'to-read', 'reading', 'read', 'skimmed', 'dropped')),
    status_changed TEXT,
    added TEXT NOT NULL,
    modified TEXT NOT NULL,
    deleted TEXT
);
CREATE INDEX papers_title ON papers (title COLLATE NOCASE);
CREATE INDEX papers_title_key ON papers (title_key);
CREATE INDEX papers_abstract_key ON papers (abstract_key);
CREATE INDEX papers_arxiv ON papers (arxiv_id);
CREATE INDEX papers_doi ON papers (doi COLLATE NOCASE);
CREATE INDEX papers_date ON papers (date);
CREATE INDEX papers_rating ON papers (rating);
CREATE INDEX papers_status ON papers (status);
CREATE INDEX papers_added ON papers (added);
CREATE INDEX papers_category ON papers (category);
CREATE INDEX papers_authors ON papers (authors_text COLLATE NOCASE);
CREATE INDEX papers_deleted ON papers (deleted);

CREATE TABLE authors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE paper_authors (
    paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    author_id INTEGER NOT NULL REFERENCES authors (id),
    PRIMARY KEY (paper_id, position)
) WITHOUT ROWID;
CREATE INDEX paper_authors_author ON paper_authors (author_id);

CREATE TABLE urls (
    paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (paper_id, position)
) WITHOUT ROWID;

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE paper_tags (
    paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (paper_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX paper_tags_tag ON paper_tags (tag_id);

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE INDEX notes_paper ON notes (paper_id);

CREATE TABLE queues (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL DEFAULT 'plain' CHECK (kind IN ('plain', 'smart')),
    query TEXT,
    sort TEXT,
    created TEXT NOT NULL
);
CREATE TABLE queue_items (
    queue_id INTEGER NOT NULL REFERENCES queues (id) ON DELETE CASCADE,
    paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    added TEXT NOT NULL,
    PRIMARY KEY (queue_id, paper_id)
) WITHOUT ROWID;
CREATE INDEX queue_items_order ON queue_items (queue_id, position);
CREATE INDEX queue_items_paper ON queue_items (paper_id);

CREATE TABLE status_history (
    id INTEGER PRIMARY KEY,
    paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    changed TEXT NOT NULL
);
CREATE INDEX status_history_paper ON status_history (paper_id);
CREATE INDEX status_history_changed ON status_history (changed);

CREATE TABLE review_flags (
    paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    PRIMARY KEY (paper_id, reason)
) WITHOUT ROWID;

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    layout TEXT NOT NULL,
    imported TEXT NOT NULL
);
CREATE TABLE paper_sources (
    paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    PRIMARY KEY (paper_id, source_id, line)
) WITHOUT ROWID;
CREATE INDEX paper_sources_source ON paper_sources (source_id);

CREATE VIRTUAL TABLE papers_fts USING fts5 (
    title, abstract, authors, tags, notes,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
"""

# Citation keys are assigned once (on first export) and then never change by themselves.
# Sort indexes become partial over live papers: the table view always filters on
# `deleted IS NULL`, and a full index on `deleted` lured the planner into sorting in a temp
# B-tree. The trash keeps a small partial index of its own.
V2 = """
ALTER TABLE papers ADD COLUMN citation_key TEXT;
CREATE UNIQUE INDEX papers_citation_key ON papers (citation_key COLLATE NOCASE)
    WHERE citation_key IS NOT NULL;
DROP INDEX papers_deleted;
DROP INDEX papers_title;
DROP INDEX papers_date;
DROP INDEX papers_rating;
DROP INDEX papers_status;
DROP INDEX papers_added;
DROP INDEX papers_category;
DROP INDEX papers_authors;
CREATE INDEX papers_trash ON papers (deleted) WHERE deleted IS NOT NULL;
CREATE INDEX papers_live_title ON papers (title COLLATE NOCASE) WHERE deleted IS NULL;
CREATE INDEX papers_live_authors ON papers (authors_text COLLATE NOCASE) WHERE deleted IS NULL;
CREATE INDEX papers_live_date ON papers (date) WHERE deleted IS NULL;
CREATE INDEX papers_live_rating ON papers (rating) WHERE deleted IS NULL;
CREATE INDEX papers_live_status ON papers (status) WHERE deleted IS NULL;
CREATE INDEX papers_live_category ON papers (category) WHERE deleted IS NULL;
CREATE INDEX papers_live_added ON papers (added) WHERE deleted IS NULL;
"""


def v3_undo_log(conn: sqlite3.Connection) -> None:
    """Undo/redo for every change: the log tables and a trigger trio per logged table."""
    from papershelf.store.connection import split_sql

    for statement in split_sql(undo.TABLES):
        conn.execute(statement)
    undo.install(conn)


SORT_KEYS = {
    "title": "title COLLATE NOCASE",
    "authors": "authors_text COLLATE NOCASE",
    "date": "date",
    "rating": "rating",
    "status": "status",
    "category": "category",
    "added": "added",
}


def v4_split_index_and_lean_undo(conn: sqlite3.Connection) -> None:
    """The reader's words (tags, notes) get their own index; undo rows keep changed columns only."""
    conn.execute("DROP TABLE papers_fts")
    conn.execute(
        "CREATE VIRTUAL TABLE papers_fts USING fts5 (title, abstract, authors, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    conn.execute(
        "CREATE VIRTUAL TABLE meta_fts USING fts5 (tags, notes, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    _rebuild_contentful_indexes(conn)
    create_sort_indexes(conn, covered=("rating", "status", "date", "category"))
    conn.execute("ALTER TABLE undo_log ADD COLUMN fts INTEGER NOT NULL DEFAULT 3")
    conn.execute("ALTER TABLE undo_log ADD COLUMN params TEXT")
    undo.install(conn)


def v5_authors_in_row(conn: sqlite3.Connection) -> None:
    """A paper's ordered author names move into its row as JSON; the prefix index shrinks to 2.

    The `authors`/`paper_authors` tables cost ~15 rows, two B-tree inserts and a trigger per
    imported paper (most of an import's time) and nothing read them but the author list itself.
    FTS5's 3-character prefix index doubled the cost of indexing an abstract; prefix queries of
    three or more characters now walk the term list instead, which FTS5 does quickly.
    """
    conn.execute("ALTER TABLE papers ADD COLUMN authors_json TEXT NOT NULL DEFAULT '[]'")
    conn.execute(
        """
        UPDATE papers SET authors_json = (
            SELECT json_group_array(name) FROM (
                SELECT a.name FROM paper_authors pa JOIN authors a ON a.id = pa.author_id
                 WHERE pa.paper_id = papers.id ORDER BY pa.position))
        WHERE id IN (SELECT paper_id FROM paper_authors)
        """
    )
    # Logged steps name the dropped tables; a replay of them could not run.
    conn.execute("DELETE FROM undo_steps")
    conn.execute("DROP TABLE paper_authors")
    conn.execute("DROP TABLE authors")
    for table, columns in (("papers_fts", "title, abstract, authors"), ("meta_fts", "tags, notes")):
        conn.execute(f"DROP TABLE {table}")
        conn.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5 ({columns}, "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '2')"
        )
    _rebuild_contentful_indexes(conn)
    undo.install(conn)


def v6_entry_cache(conn: sqlite3.Connection) -> None:
    """Rendered BibTeX entries are kept until something they show changes."""
    from papershelf.store import entry_cache

    entry_cache.create(conn)


def v7_sort_indexes_without_rating(conn: sqlite3.Connection) -> None:
    """Sort indexes stop carrying the rating: rating 10k papers rewrote 10k entries in each.

    Ties in a sort are broken by date, category and id, which never change under the reader's
    hand, so rows do not jump when a status changes; the id is spelled out in each index so that
    this order is the index's own and SQLite never sorts, and status rides behind it. The undo
    triggers are rebuilt too: their inverse updates no longer assign the key.
    """
    create_sort_indexes(conn, covered=("date", "category", "id", "status"))
    undo.install(conn)


def v8_listing_index_without_copy(conn: sqlite3.Connection) -> None:
    """The listing's full-text index stops keeping its own copy of every abstract.

    It becomes an external-content index over the papers, kept by triggers (see `fts`): an
    import writes a third less, the file shrinks by the size of all abstracts, and trashed
    papers stay indexed so that the trash can be searched too.
    """
    from papershelf.store import fts
    from papershelf.store.connection import split_sql

    conn.execute("DROP TABLE papers_fts")
    for statement in split_sql(fts.LISTING_INDEX):
        conn.execute(statement)
    fts.rebuild(conn)


def v9_entry_cache_rebuilt(conn: sqlite3.Connection) -> None:
    """Cached entries carry their citation key (an export sorts without reading the papers)
    and live in a rowid table; a change marks an entry stale instead of deleting it."""
    from papershelf.store import entry_cache

    entry_cache.rebuild_v9(conn)


def v10_queue_positions_with_gaps(conn: sqlite3.Connection) -> None:
    """Queue positions are spread GAP apart, so that moving a paper writes only its own row.

    Schema 9 renumbered a whole queue on every move (26 s for one paper at 20k). Positions are
    scaled, not renumbered: the order, and every position in the undo log (queue moves waiting
    to be undone or redone), keep their meaning.
    """
    from papershelf.store.queues import GAP

    conn.execute("UPDATE queue_items SET position = position * ?", (GAP,))
    logged = conn.execute(
        "SELECT seq, statement, params FROM undo_log WHERE statement LIKE '% queue_items %'"
    ).fetchall()
    for seq, statement, params in logged:
        at = _position_parameter(statement)
        if at is None or params is None:
            continue
        values = json.loads(params)
        if isinstance(values[at], int):
            values[at] *= GAP
            conn.execute("UPDATE undo_log SET params = ? WHERE seq = ?", (json.dumps(values), seq))


def _position_parameter(statement: str) -> int | None:
    """Which `?` of a logged queue_items statement carries the position."""
    if statement.startswith("INSERT INTO queue_items ("):
        columns = statement[statement.index("(") + 1 : statement.index(")")].split(", ")
        return columns.index("position")
    if statement.startswith("UPDATE queue_items SET "):
        assigned = statement.removeprefix("UPDATE queue_items SET ").split(" WHERE ")[0]
        columns = [part.split(" = ")[0] for part in assigned.split(", ")]
        return columns.index("position") if "position" in columns else None
    return None


def v11_autoexports(conn: sqlite3.Connection) -> None:
    """.bib files kept up to date; the export cache is emptied (the entries of this version
    differ: month macros, math in titles, verbatim links), and re-filled by the next export."""
    from papershelf.store import autoexports

    autoexports.create(conn)
    conn.execute("DELETE FROM entry_cache")
    conn.execute("DELETE FROM entry_stale")


def v12_kept_bib_fields(conn: sqlite3.Connection) -> None:
    """A paper imported from a .bib keeps every field of its entry, as the file wrote it, to
    be written back on export (see core.bibfields). Authors may now be stored as structured
    names (JSON objects) beside the plain strings listings give; nothing to convert."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(papers)")}
    if "bib_fields" not in columns:  # a file put back to an older version by hand has it
        conn.execute("ALTER TABLE papers ADD COLUMN bib_fields TEXT")
    undo.install(conn)  # the undo triggers list the paper columns they restore


def v13_possible_duplicates(conn: sqlite3.Connection) -> None:
    """Possible duplicates: comparison keys and judged pairs (a cache, refreshed for the papers
    that changed), and the pairs the reader said are not duplicates (see store.duplicates)."""
    from papershelf.store import duplicates

    duplicates.create(conn)


def v14_global_ids(conn: sqlite3.Connection) -> None:
    """Papers and notes get a global id (random, 32 hex digits) that never changes and is the
    same on every machine the library syncs to (docs/SYNC.md); the sync state has a table.

    The undo triggers are rebuilt so that an undone deletion brings a paper back with its id."""
    from papershelf.store import sync_rows

    for table in ("papers", "notes"):
        # A file put back to an older version by hand has them already.
        if "gid" not in {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN gid TEXT")
        conn.execute(
            f"CREATE UNIQUE INDEX IF NOT EXISTS {table}_gid ON {table} (gid) WHERE gid IS NOT NULL"
        )
    sync_rows.create(conn)
    sync_rows.assign_gids(conn)
    undo.install(conn)


def v15_sync_changes_tracked(conn: sqlite3.Connection) -> None:
    """Triggers note which papers and queues change between two sync exchanges, so that an
        exchange reads only those (store.sync_dirty); the sync document is saved as the changes of
    each exchange after a whole state (sync_doc), not whole each time. A library that synced already counts as
        changed throughout once, and the papers it deleted since its last exchange (known then
        only by their fingerprints' absence) as deleted."""
    from papershelf.store import sync_dirty, sync_rows

    sync_dirty.create(conn)
    conn.execute(sync_rows.DOC_LOG)
    folder = conn.execute("SELECT value FROM sync_state WHERE key = 'folder'").fetchone()
    if folder is None or folder[0] is None:
        return
    sync_dirty.mark_everything(conn)
    gone = conn.execute(
        "SELECT key FROM json_each((SELECT value FROM sync_state WHERE key = 'digests')) "
        "WHERE key NOT IN (SELECT gid FROM papers WHERE gid IS NOT NULL)"
    )
    sync_dirty.mark_gone(conn, [row[0] for row in gone])
    conn.execute("DELETE FROM sync_state WHERE key = 'digests'")


def v16_tag_colours_and_source_names(conn: sqlite3.Connection) -> None:
    """A tag may have a colour (#rrggbb, as in Zotero) and a source a name the reader gave it;
    NULL keeps the hashed colour and the page-and-day name. The undo triggers list the columns
    they restore, so they are rebuilt: a colour or a name set by mistake is undone."""
    for table, column in (("tags", "colour"), ("sources", "label")):
        if column not in {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")
    undo.install(conn)


def v17_listing_index_deferred(conn: sqlite3.Connection) -> None:
    """A big import may leave its papers' indexing for later (store.fts `catch_up`): the
    pending id ranges get a table, and the listing index's triggers skip those papers."""
    from papershelf.store import fts
    from papershelf.store.connection import split_sql

    conn.execute(fts.PENDING_TABLE)
    for name in fts.TRIGGER_NAMES:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    for statement in split_sql(fts.TRIGGERS):
        conn.execute(statement)


def v18_sync_names_tracked(conn: sqlite3.Connection) -> None:
    """Tag colours and source names sync (store.sync_names): triggers note the ones changed
    between two exchanges. A library that syncs already sends every one given so far."""
    from papershelf.store import sync_names

    sync_names.create(conn)
    folder = conn.execute("SELECT value FROM sync_state WHERE key = 'folder'").fetchone()
    if folder is not None and folder[0] is not None:
        sync_names.mark_everything(conn)


# Sort keys whose empty values sort last both ways, as Zotero's do, by what makes them empty.
BLANK_LAST_KEYS = {"authors": "authors_text = ''", "date": "date IS NULL"}


def v19_blank_values_sort_last(conn: sqlite3.Connection) -> None:
    """Papers without authors, and undated papers, sort after the others ascending too.

    A descending sort walks the plain index backwards, where the empty key is already last;
    an ascending one walks an index led by whether the key is empty (store.search `order_by`).
    Its other columns are the plain index's, so its ties break the same way and nothing sorts.
    """
    covered = ("date", "category", "id", "status")
    for name, blank in BLANK_LAST_KEYS.items():
        key = SORT_KEYS[name]
        columns = ", ".join([blank, key, *(c for c in covered if c != key.split()[0])])
        conn.execute(f"DROP INDEX IF EXISTS papers_live_{name}_blank_last")
        conn.execute(
            f"CREATE INDEX papers_live_{name}_blank_last ON papers ({columns}) "
            "WHERE deleted IS NULL"
        )


def _rebuild_contentful_indexes(conn: sqlite3.Connection) -> None:
    # Schemas 4 to 7 kept copies of the text in both indexes and only live papers in them.
    live = "(SELECT id FROM papers WHERE deleted IS NULL)"
    conn.execute("DELETE FROM papers_fts")
    conn.execute("DELETE FROM meta_fts")
    conn.execute(
        "INSERT INTO papers_fts (rowid, title, abstract, authors) "
        f"SELECT id, title, abstract, authors_text FROM papers WHERE id IN {live}"
    )
    conn.execute(
        """INSERT INTO meta_fts (rowid, tags, notes)
           SELECT p.id,
                  (SELECT group_concat(t.name, ' ') FROM paper_tags pt
                     JOIN tags t ON t.id = pt.tag_id WHERE pt.paper_id = p.id),
                  (SELECT group_concat(n.body, ' ') FROM notes n WHERE n.paper_id = p.id)
             FROM papers p WHERE p.deleted IS NULL"""
    )


def create_sort_indexes(conn: sqlite3.Connection, covered: tuple[str, ...]) -> None:
    # Each sort index also carries small columns searches filter on (status:, year:,
    # category:), so a filtered, sorted view reads the wide paper rows only for what it shows.
    for name, key in SORT_KEYS.items():
        conn.execute(f"DROP INDEX IF EXISTS papers_live_{name}")
        extra = ", ".join(c for c in covered if c != key.split()[0])
        columns = f"{key}, {extra}" if extra else key
        conn.execute(f"CREATE INDEX papers_live_{name} ON papers ({columns}) WHERE deleted IS NULL")


Step = str | Callable[[sqlite3.Connection], None]
# Each step moves the schema from version N-1 to N. Index 0 is version 1.
MIGRATIONS: tuple[Step, ...] = (
    V1,
    V2,
    v3_undo_log,
    v4_split_index_and_lean_undo,
    v5_authors_in_row,
    v6_entry_cache,
    v7_sort_indexes_without_rating,
    v8_listing_index_without_copy,
    v9_entry_cache_rebuilt,
    v10_queue_positions_with_gaps,
    v11_autoexports,
    v12_kept_bib_fields,
    v13_possible_duplicates,
    v14_global_ids,
    v15_sync_changes_tracked,
    v16_tag_colours_and_source_names,
    v17_listing_index_deferred,
    v18_sync_names_tracked,
    v19_blank_values_sort_last,
)
LATEST = len(MIGRATIONS)
