"""Filters and sorts compiled to SQL: the list, the GUI table and export all go through here."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from papershelf.core.query import Term, parse_query

STATUS_SETS = {
    "unread": ("new", "to-read"),
    "inbox": ("new",),
    "new": ("new",),
    "to-read": ("to-read",),
    "toread": ("to-read",),
    "to_read": ("to-read",),
    "reading": ("reading",),
    "read": ("read", "skimmed"),
    "done": ("read", "skimmed"),
    "skimmed": ("skimmed",),
    "dropped": ("dropped",),
}
# Whitelisted sort keys: every one is backed by an index on papers.
SORTS = {
    "title": "p.title COLLATE NOCASE",
    "authors": "p.authors_text COLLATE NOCASE",
    "date": "p.date",
    "year": "p.date",
    "rating": "p.rating",
    "status": "p.status",
    "category": "p.category",
    "added": "p.added",
    "id": "p.id",
}
# Sorts whose empty values come last both ways (as in Zotero), by what makes a value empty.
# Ascending, this leads the order, as it leads the key's `_blank_last` index (store.schema);
# descending, the empty value is the smallest and comes last by itself.
BLANK_LAST = {
    "authors": "p.authors_text = ''",
    "date": "p.date IS NULL",
    "year": "p.date IS NULL",
}
# What every sort index carries after its key and never changes under the reader's hand.
INDEX_TIES = ("date", "category")
FTS_COLUMNS = {
    "title": "title",
    "abstract": "abstract",
    "author": "authors",
    "note": "notes",
    "tagtext": "tags",  # words inside tag names, where tag: is one whole tag
}
META_FIELDS = ("note", "tagtext")
HAS = {
    "notes": "EXISTS (SELECT 1 FROM notes n WHERE n.paper_id = p.id)",
    "tags": "EXISTS (SELECT 1 FROM paper_tags pt WHERE pt.paper_id = p.id)",
    "url": "EXISTS (SELECT 1 FROM urls u WHERE u.paper_id = p.id)",
    "urls": "EXISTS (SELECT 1 FROM urls u WHERE u.paper_id = p.id)",
    "code": "+p.has_code = 1",
    "abstract": "+p.abstract != ''",
    "authors": "+p.authors_text != ''",
    "date": "+p.date IS NOT NULL",
    "rating": "+p.rating > 0",
}


@dataclass
class Filter:
    """What a list, a sidebar node or an export selects. All parts are ANDed."""

    search: str = ""
    tags: list[str] = field(default_factory=list)
    queue: str | None = None
    status: str | None = None
    min_rating: int | None = None
    source_id: int | None = None
    needs_review: bool = False
    trash: bool = False
    ids: list[int] | None = None


class SearchError(ValueError):
    pass


def _fts_string(value: str, *, prefix: bool) -> str | None:
    if not re.search(r"\w", value):
        return None
    quoted = '"' + value.replace('"', '""') + '"'
    return quoted + "*" if prefix else quoted


# A word written joined or hyphenated (trial 17: "wifi" did not find "Wi-Fi"): `wi-fi` is
# looked for as `wifi` too, and a short joined word as its halves (`wifi` as "wi fi", `dataset`
# as "data set"), unless a half is a function word ("on line", "may be" are other words).
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_JOINED = re.compile(r"[^\W\d_]{4,10}")
# Halves that make other words of a joined one (`on line`, `may be`, `in to`, `an other`).
_FUNCTION_WORDS = frozenset(
    """a an the of on in at to by be is as or and may can not no so we it us our with out up
    for from into onto over per via off any all one own its are was has had how why who""".split()
)
_HALF = 2  # letters a half has at least


def _spellings(value: str) -> list[str]:
    """The other ways a typed word may be written in a paper's text."""
    if _HYPHENATED.fullmatch(value):
        return [value.replace("-", "")]
    if not _JOINED.fullmatch(value):
        return []
    halves = [(value[:cut], value[cut:]) for cut in range(_HALF, len(value) - _HALF + 1)]
    return [
        f"{first} {second}"
        for first, second in halves
        if first.lower() not in _FUNCTION_WORDS and second.lower() not in _FUNCTION_WORDS
    ]


def _fts_word(value: str, *, prefix: bool) -> str | None:
    """A typed word and its other spellings, any of them."""
    text = _fts_string(value, prefix=prefix)
    others = [_fts_string(other, prefix=prefix) for other in _spellings(value)]
    if text is None or not others:
        return text
    return "(" + " OR ".join([text, *filter(None, others)]) + ")"


def _fts_clause(term: Term, *, whole_words: bool = False) -> str | None:
    """The term as FTS5 query syntax; a word is a prefix unless `whole_words` (a narrower
    match that is one cheap seek, where FTS5 collects every word a prefix covers)."""
    if term.phrase:
        text = _fts_string(term.value, prefix=False)
    else:
        text = _fts_word(term.value, prefix=not whole_words)
    if text is None:
        return None
    column = FTS_COLUMNS.get(term.field or "")
    return f"{column} : {text}" if column else text


def _year_clause(term: Term) -> tuple[str, list[object]]:
    year = int(term.value)
    bounds = {
        "=": ("+p.date >= ? AND +p.date < ?", [f"{year:04d}", f"{year + 1:04d}"]),
        ">=": ("+p.date >= ?", [f"{year:04d}"]),
        ">": ("+p.date >= ?", [f"{year + 1:04d}"]),
        "<=": ("+p.date < ?", [f"{year + 1:04d}"]),
        "<": ("+p.date < ?", [f"{year:04d}"]),
    }
    sql, params = bounds[term.op]
    return f"({sql})", list(params)


def _term_clause(term: Term) -> tuple[str, list[object]]:
    name, value = term.field, term.value
    if name == "tag":
        # Membership in the tag's id set, tested while walking the sort index: half the cost
        # of a correlated EXISTS per row at 100k papers.
        return (
            "+p.id IN (SELECT pt.paper_id FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id "
            "WHERE t.name = ?)",
            [value],
        )
    if name == "year":
        return _year_clause(term)
    if name == "rating":
        return f"+p.rating {term.op} ?", [int(value)]
    if name == "id":
        return f"p.id {term.op} ?", [int(value)]
    if name == "status":
        states = STATUS_SETS.get(value.lower())
        if states is None:
            raise SearchError(f"status: one of {', '.join(sorted(STATUS_SETS))}")
        return f"+p.status IN ({', '.join('?' for _ in states)})", list(states)
    if name == "queue":
        return (
            "+p.id IN (SELECT qi.paper_id FROM queue_items qi JOIN queues q ON q.id = qi.queue_id "
            "WHERE q.name = ?)",
            [value],
        )
    if name == "source":
        return (
            "EXISTS (SELECT 1 FROM paper_sources ps JOIN sources s ON s.id = ps.source_id "
            "WHERE ps.paper_id = p.id AND s.file LIKE ? ESCAPE '\\')",
            ["%" + like_escape(value) + "%"],
        )
    if name == "category":
        return "(+p.category = ? COLLATE NOCASE OR +p.category LIKE ? ESCAPE '\\')", [
            value,
            "%." + like_escape(value),
        ]
    if name == "has":
        if value.lower() not in HAS:
            raise SearchError(f"has: one of {', '.join(sorted(HAS))}")
        return HAS[value.lower()], []
    if name == "needs":
        if value.lower() in ("review", "any"):
            return _FLAGGED, []
        if value.lower() in FLAG_CODES:
            return "p.id IN (SELECT r.paper_id FROM review_flags r WHERE r.reason = ?)", [
                value.lower()
            ]
        # A reader's own reason ("review: unlike a paper (…)") by its first words (trial 13:
        # `needs:unlike` found nothing).
        return (
            "p.id IN (SELECT r.paper_id FROM review_flags r "
            "WHERE r.reason = ? OR r.reason LIKE ? ESCAPE '\\')",
            [value.lower(), "review: " + like_escape(value.lower()) + "%"],
        )
    if name == "arxiv":
        return "p.arxiv_id = ?", [value]
    if name == "doi":
        return "p.doi = ? COLLATE NOCASE", [value]
    raise SearchError(f"cannot search {name}:")  # pragma: no cover - parse_query guards this


# The flags the store sets itself (needs a real title, a date's year, …): `needs:title` is the
# code, not a reader's reason that happens to start with "title".
FLAG_CODES = frozenset({"title", "year", "date", "abstract", "duplicate"})

# A set the planner may start from: flagged papers are few, and the sidebar counts them at
# start-up (a correlated EXISTS walked all 100k papers for it).
_FLAGGED = "p.id IN (SELECT r.paper_id FROM review_flags r)"


def like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# The unary + keeps SQLite from driving the query from the match list (a fetch of every
# matching wide row, then a sort): it walks the sort index instead and tests membership, so
# the first page of a 93k-match search at 100k papers comes back in ~20 ms, not ~350.
_IN_MAIN = "+p.id IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?)"
_IN_META = "+p.id IN (SELECT rowid FROM meta_fts WHERE meta_fts MATCH ?)"
_IN_EITHER = f"({_IN_MAIN} OR {_IN_META})"
# A match of a few thousand papers is cheaper the other way round: fetch those rows and sort
# them (~5 ms), where the walk would pass most of the index to fill a page (~15-30 ms).
_FROM_MAIN = "p.id IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?)"
_FROM_EITHER = (
    "p.id IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ? "
    "UNION SELECT rowid FROM meta_fts WHERE meta_fts MATCH ?)"
)
SELECTIVE_MATCHES = 3000
MAIN_INDEX, META_INDEX = "papers_fts", "meta_fts"


def _text_clause(term: Term) -> tuple[str, list[object]] | None:
    """A word or phrase: in the listing's text or the reader's tags and notes."""
    fts = _fts_clause(term)
    if fts is None:
        return None
    if term.field in META_FIELDS:
        return _IN_META, [fts]
    if term.field in FTS_COLUMNS:
        return _IN_MAIN, [fts]
    return _IN_EITHER, [fts, fts]


MetaProbe = Callable[[str], bool]
CountProbe = Callable[[str, str], bool]


@dataclass(frozen=True)
class Probes:
    """Cheap questions to the full-text indexes that shape the SQL (each one index probe).

    `in_meta(match)`: does a term occur in any tag or note at all? `selective(match, index)`:
    does a MATCH on that index (MAIN_INDEX or META_INDEX) find at most SELECTIVE_MATCHES papers?
    """

    in_meta: MetaProbe | None = None
    selective: CountProbe | None = None

    def few(self, match: str, *indexes: str, narrower: str | None = None) -> bool:
        """`narrower` matches a subset of `match` (whole words for prefixes); asked first,
        since when even it is broad, so is `match`, and the costly probe is not needed."""
        if self.selective is None:
            return False
        if narrower not in (None, match) and not self.selective(narrower, indexes[0]):
            return False
        return all(self.selective(match, index) for index in indexes)


def compile_search(text: str, probes: Probes | None = None) -> tuple[list[str], list[object]]:
    """WHERE clauses (ANDed) and their parameters for one search string.

    Free words that occur in no tag or note are folded into one MATCH on the listing's text
    with the column-bound words (FTS5 intersects them inside its index), instead of a match set
    each; a selective MATCH drives the query, a broad one is tested along the sort index.
    """
    probes = probes or Probes()
    in_meta = probes.in_meta
    clauses: list[str] = []
    params: list[object] = []
    driven = False  # one selective set drives the query; the others are tested per row
    main_only: list[str] = []
    main_whole_words: list[str] = []  # main_only without prefixes: a subset, cheap to count
    main_excluded: list[str] = []
    for term in parse_query(text):
        if term.field is None or term.field in FTS_COLUMNS:
            fts = _fts_clause(term)
            listing_only = term.field in ("title", "abstract", "author") or (
                term.field is None and fts is not None and in_meta is not None and not in_meta(fts)
            )
            if listing_only:
                if fts is not None and term.negated:
                    main_excluded.append(fts)
                elif fts is not None:
                    main_only.append(fts)
                    main_whole_words.append(_fts_clause(term, whole_words=True) or fts)
                continue
            found = _text_clause(term)
            if found is None:
                continue
            sql, values = found
            if term.negated:
                sql = f"NOT {sql}"
            elif (
                sql == _IN_EITHER
                and fts is not None
                and not driven
                and probes.few(
                    fts, MAIN_INDEX, META_INDEX, narrower=_fts_clause(term, whole_words=True)
                )
            ):
                sql, driven = _FROM_EITHER, True
            clauses.append(sql)
            params.extend(values)
            continue
        sql, values = _term_clause(term)
        clauses.append(f"NOT ({sql})" if term.negated else sql)
        params.extend(values)
    if main_only:
        excluded = "".join(f" NOT {excluded}" for excluded in main_excluded)
        match = "(" + " AND ".join(main_only) + ")" + excluded
        narrower = "(" + " AND ".join(main_whole_words) + ")" + excluded
        selective = not driven and probes.few(match, MAIN_INDEX, narrower=narrower)
        clauses.insert(0, _FROM_MAIN if selective else _IN_MAIN)
        params.insert(0, match)
    else:  # nothing to subtract from inside the index: each exclusion is its own set
        for excluded in main_excluded:
            clauses.append(f"NOT {_IN_MAIN}")
            params.append(excluded)
    return clauses, params


def compile_filter(spec: Filter, probes: Probes | None = None) -> tuple[str, list[object]]:
    clauses, params = compile_search(spec.search, probes) if spec.search.strip() else ([], [])
    clauses.append("p.deleted IS NOT NULL" if spec.trash else "p.deleted IS NULL")
    for tag in spec.tags:
        sql, values = _term_clause(Term("tag", tag))
        clauses.append(sql)
        params.extend(values)
    if spec.queue is not None:
        sql, values = _term_clause(Term("queue", spec.queue))
        clauses.append(sql)
        params.extend(values)
    if spec.status is not None:
        sql, values = _term_clause(Term("status", spec.status))
        clauses.append(sql)
        params.extend(values)
    if spec.min_rating is not None:
        clauses.append("+p.rating >= ?")
        params.append(spec.min_rating)
    if spec.source_id is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM paper_sources ps WHERE ps.paper_id = p.id AND ps.source_id = ?)"
        )
        params.append(spec.source_id)
    if spec.needs_review:
        clauses.append(_FLAGGED)
    if spec.ids is not None:
        clauses.append("p.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(spec.ids))
    return " AND ".join(clauses), params


def order_by(sort: str = "added", *, descending: bool = False) -> str:
    if sort not in SORTS:
        raise SearchError(f"cannot sort by {sort!r} (one of {', '.join(sorted(SORTS))})")
    direction = "DESC" if descending else "ASC"
    # Ties are broken in the order of the sort index's own columns, so SQLite walks the index
    # and never sorts: `status` then `id` alone made it re-sort each status's ~20k papers.
    column = SORTS[sort].split()[0]
    if column == "p.id":
        return f"p.id {direction}"
    ties = [f"p.{name}" for name in INDEX_TIES if f"p.{name}" != column]
    blank_last = [BLANK_LAST[sort]] if sort in BLANK_LAST and not descending else []
    keys = [*blank_last, SORTS[sort], *ties, "p.id"]
    return ", ".join(f"{key} {direction}" for key in keys)
