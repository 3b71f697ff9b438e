"""Related papers, offline: FTS5's own statistics pick a paper's most distinctive words, bm25
ranks the papers that share them, shared authors and tags add to the score.

No model and no download: the listing index already knows in how many papers each word
occurs (counted by a MATCH cut off where a word is too common to matter), which is what
"distinctive" means here (idf).
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz
from stop_words import get_stop_words

from papershelf.core.duplicates import words
from papershelf.store import fts

# Words a paper is represented by, and candidates bm25 hands over for re-ranking.
TERMS = 12
CANDIDATES = 40
# Words of a paper looked up (the most frequent in it), and the papers bm25 may have to score.
MAX_WORDS = 25
POSTINGS = 1500
# A word in more papers than this share is no evidence of anything ("learning", "model");
# in a small library (a few hundred papers) a word in up to COMMON_FLOOR of them still is:
# the five speech papers of an 85-paper reading list share "speech".
COMMON_SHARE = 0.05
COMMON_FLOOR = 20
_SHORT = 4
# A shared person weighs this many times a shared word of the same rarity (about what bm25
# gave a name in the long authors column; 1.0-3.0 score within 0.005 of one another on
# tests/data/related, 1.25 the best); a name on more than PERSON_PAPERS is passed over.
AUTHOR_WEIGHT = 1.25
PERSON_PAPERS = 1000
# Names looked up per paper: the first PEOPLE - 1 and the last.
PEOPLE = 10
# A tag the reader gave both papers weighs as much as a good bm25 match (~5-15).
TAG_WEIGHT = 8.0
# English function words from the `stop-words` package (its "en" list: "under", "about",
# "within", ...), plus the words every abstract uses to talk about itself.
_STOPWORDS = frozenset(get_stop_words("en")) | frozenset(
    """via towards toward using based paper propose proposed approach method methods results
    respectively however moreover furthermore extensive experiments demonstrate achieves
    achieve significantly sufficiently formulated existing various""".split()
)
Source = tuple[str, str, list[object]]  # title, abstract, authors


@dataclass(frozen=True, slots=True)
class Related:
    paper_id: int
    score: float
    terms: tuple[str, ...]
    authors: tuple[str, ...]
    tags: tuple[str, ...]

    def reason(self) -> str:
        parts = []
        if self.authors:
            parts.append("shared authors: " + ", ".join(self.authors))
        if self.tags:
            parts.append("shared tags: " + ", ".join(self.tags))
        if self.terms:
            parts.append("shared terms: " + ", ".join(self.terms))
        return "; ".join(parts)


def _name_text(name: object) -> str:
    if isinstance(name, dict):
        return str(name.get("literal") or f"{name.get('given', '')} {name.get('family', '')}")
    return str(name)


def _sources(conn: sqlite3.Connection, ids: Sequence[int]) -> list[Source]:
    return [
        (title, abstract, json.loads(authors))
        for title, abstract, authors in conn.execute(
            "SELECT title, abstract, authors_json FROM papers "
            "WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(ids)),),
        )
    ]


def distinctive_terms(
    conn: sqlite3.Connection, ids: Sequence[int], known: dict[str, int] | None = None
) -> list[str]:
    """The words of these papers' titles and abstracts rarest in the library, title words
    counted thrice, each weighted by its idf (FTS5's document counts)."""
    fts.ready(conn)
    return _distinctive(conn, _sources(conn, ids), len(ids), known)


def _distinctive(
    conn: sqlite3.Connection, sources: list[Source], own: int, known: dict[str, int] | None
) -> list[str]:
    """`own`: how many of the sources are in the library (and so in the word counts)."""
    counts: Counter[str] = Counter()
    for title, abstract, _authors in sources:
        for word in words(title):
            counts[word] += 3
        for word, times in Counter(words(abstract)).items():
            counts[word] += min(times, 2)  # a word an abstract repeats is not thrice the topic
    candidates = [w for w in counts if len(w) >= _SHORT and w not in _STOPWORDS and not w.isdigit()]
    candidates = sorted(candidates, key=lambda w: -counts[w])[:MAX_WORDS]
    if not candidates:
        return []
    total = max(_paper_count(conn), 1)
    # (a word in more papers than a query may score is never chosen past the first)
    ceiling = max(min(int(COMMON_SHARE * total), POSTINGS), COMMON_FLOOR, own + 1)
    documents = {} if known is None else known
    for word in candidates:
        documents[word] = _papers_with(conn, word, ceiling, documents.get(word))
    weighted = {
        word: counts[word] * math.log(total / documents[word])
        for word in candidates
        if own < documents[word] <= ceiling
    }
    chosen: list[str] = []
    postings = 0
    for word in sorted(weighted, key=lambda w: (-weighted[w], w))[:TERMS]:
        postings += documents[word]
        if postings > POSTINGS and chosen:
            break  # bm25 scores every paper a word is in: the cost of a query is its postings
        chosen.append(word)
    return chosen


def _papers_with(conn: sqlite3.Connection, word: str, ceiling: int, known: int | None) -> int:
    """In how many papers the word is, counted up to `ceiling + 1` (a word in more is too
    common to be looked at: counting all of "learning"'s papers would walk half the index).
    `known`: the count remembered, negative for "at least" that many."""
    if known is not None and (known >= 0 or -known > ceiling):
        return known
    (found,) = conn.execute(
        "SELECT count(*) FROM (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ? LIMIT ?)",
        (f'"{word}"', ceiling + 1),
    ).fetchone()
    return int(found) if found <= ceiling else -int(found)  # (kept as "at least")


def _paper_count(conn: sqlite3.Connection) -> int:
    # The largest id, not count(*): read from the end of the primary key, and as a measure
    # of rarity an upper bound does as well.
    return int(conn.execute("SELECT max(rowid) FROM papers").fetchone()[0] or 0)


def related(
    conn: sqlite3.Connection,
    ids: Sequence[int],
    *,
    limit: int = 5,
    known: dict[str, int] | None = None,
) -> list[Related]:
    """The papers closest to these ones (not themselves, not trashed), best first; `known`:
    word -> papers counts from earlier calls (a statistic: a few imports later still good)."""
    mine = _sources(conn, ids)
    return related_to(conn, mine, ids, limit=limit, known=known)


def related_to(
    conn: sqlite3.Connection,
    mine: list[Source],
    ids: Sequence[int] = (),
    *,
    limit: int = 5,
    known: dict[str, int] | None = None,
) -> list[Related]:
    """The papers closest to these titles, abstracts and authors: those of `ids`, or of papers
    not in the library yet (an import's preview, `ids` empty)."""
    fts.ready(conn)  # (papers an import left to index are indexed before any count or query)
    terms = _distinctive(conn, mine, len(ids), known)
    people = _people(mine)
    tags = _tags(conn, ids) if ids else {}
    scores: dict[int, float] = defaultdict(float)
    for paper_id, rank in _bm25(conn, terms):
        scores[paper_id] -= rank  # bm25 ranks better matches lower
    for paper_id, weight in _shared_people(conn, people).items():
        scores[paper_id] += weight
    for paper_id, shared in _tagged_alike(conn, ids, tags).items():
        scores[paper_id] += TAG_WEIGHT * shared
    for own in ids:
        scores.pop(own, None)
    if not scores:
        return []
    shortlist = sorted(scores, key=lambda i: -scores[i])[:CANDIDATES]
    rows = {row[0]: row for row in _live_rows(conn, shortlist)}  # (abstracts: shown ones only)
    found = [
        _explained(row, scores[paper_id], people, tags, mine) for paper_id, row in rows.items()
    ]
    best = sorted(found, key=lambda r: (-r.score, r.paper_id))[:limit]
    # The words shown are looked for in the few papers shown, not in every candidate.
    abstracts = _abstracts(conn, [r.paper_id for r in best]) if terms else {}
    return [
        replace(r, terms=_shared_terms(rows[r.paper_id][1], abstracts.get(r.paper_id, ""), terms))
        for r in best
    ]


def _people(mine: list[Source]) -> set[str]:
    """The names looked for: the first and last authors of each paper (a collaboration's
    hundreds of names would each cost a query, and the first and last are who it is by)."""
    names = [
        name
        for _title, _abstract, authors in mine
        for name in (authors if len(authors) <= PEOPLE else [*authors[: PEOPLE - 1], authors[-1]])
    ]
    return {_person(_name_text(name)) for name in names} - {""}


@lru_cache(maxsize=1 << 16)
def _person(name: str) -> str:
    """A name as compared (names repeat from paper to paper: each is normalised once)."""
    return " ".join(words(name))


def _bm25(conn: sqlite3.Connection, terms: list[str]) -> list[tuple[int, float]]:
    if not terms:
        return []
    fts.ready(conn)
    return conn.execute(
        "SELECT rowid, bm25(papers_fts, 2.0, 1.0) FROM papers_fts WHERE papers_fts MATCH ? "
        "ORDER BY rank LIMIT ?",
        ("{title abstract}: (" + " OR ".join(f'"{t}"' for t in terms) + ")", CANDIDATES * 2),
    ).fetchall()


def _shared_people(conn: sqlite3.Connection, people: set[str]) -> dict[int, float]:
    """Papers by the same people, each name weighted by its rarity as bm25 would (its idf,
    AUTHOR_WEIGHT times). One unranked phrase query per name: in the terms' query, bm25 would
    score every paper of every name against every phrase (three times the cost at 100k)."""
    total = max(_paper_count(conn), 1)
    found: dict[int, float] = defaultdict(float)
    for name in sorted(people):
        rows = conn.execute(
            "SELECT rowid FROM papers_fts WHERE papers_fts MATCH ? LIMIT ?",
            (f'authors: "{name}"', PERSON_PAPERS + 1),
        ).fetchall()
        if not rows or len(rows) > PERSON_PAPERS:
            continue  # a name that many papers carry is several people, or says nothing
        weight = AUTHOR_WEIGHT * max(math.log((total - len(rows) + 0.5) / (len(rows) + 0.5)), 0.1)
        for (paper_id,) in rows:
            found[paper_id] += weight
    return found


def _tags(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, str]:
    return dict(
        conn.execute(
            "SELECT DISTINCT t.id, t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id "
            "WHERE pt.paper_id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(ids)),),
        ).fetchall()
    )


def _tagged_alike(
    conn: sqlite3.Connection, ids: Sequence[int], tags: dict[int, str]
) -> dict[int, int]:
    """Papers sharing the rarer of these tags (a tag on half the library says little)."""
    if not tags:
        return {}
    rows = conn.execute(
        "SELECT pt.paper_id, count(*) FROM paper_tags pt WHERE pt.tag_id IN "
        "(SELECT value FROM json_each(?)) AND pt.tag_id IN (SELECT tag_id FROM paper_tags "
        "GROUP BY tag_id HAVING count(*) <= ?) GROUP BY pt.paper_id LIMIT ?",
        (json.dumps(list(tags)), CANDIDATES * 10, CANDIDATES * 10),
    )
    return dict(rows.fetchall())


def _live_rows(conn: sqlite3.Connection, ids: list[int]) -> list[tuple[int, str, str, str | None]]:
    return conn.execute(
        "SELECT p.id, p.title, p.authors_json, "
        "(SELECT group_concat(t.name, char(31)) FROM paper_tags pt JOIN tags t "
        "ON t.id = pt.tag_id WHERE pt.paper_id = p.id) "
        "FROM papers p WHERE p.id IN (SELECT value FROM json_each(?)) AND p.deleted IS NULL",
        (json.dumps(ids),),
    ).fetchall()


def _explained(
    row: tuple[int, str, str, str | None],
    score: float,
    people: set[str],
    tags: dict[int, str],
    mine: list[Source],
) -> Related:
    paper_id, title, authors, tag_text = row
    names = [_name_text(a) for a in json.loads(authors)]
    shared_authors = tuple(n for n in names if _person(n) in people)
    shared_tags = tuple(sorted(set((tag_text or "").split("\x1f")) & set(tags.values())))
    title_alike = max((fuzz.token_set_ratio(title, t) for t, _a, _n in mine), default=0) / 100
    bonus = len(shared_authors) + len(shared_tags) + title_alike
    return Related(
        paper_id,
        round(score + bonus, 3),
        (),
        shared_authors[:3],
        shared_tags[:3],
    )


def _abstracts(conn: sqlite3.Connection, ids: list[int]) -> dict[int, str]:
    return dict(
        conn.execute(
            "SELECT id, abstract FROM papers WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        ).fetchall()
    )


def _shared_terms(title: str, abstract: str, terms: list[str]) -> tuple[str, ...]:
    text = set(words(title)) | set(words(abstract))
    return tuple(t for t in terms if t in text)[:5]
