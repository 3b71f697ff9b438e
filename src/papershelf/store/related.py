"""Related papers, offline: FTS5's own statistics pick a paper's most distinctive words, bm25
ranks the papers that share them, shared authors and tags add to the score.

No model and no download: the listing index already counts in how many papers each word
occurs (read through an `fts5vocab` table), which is what "distinctive" means here (idf).
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from stop_words import get_stop_words

from papershelf.core.duplicates import words
from papershelf.store import fts

# Words a paper is represented by, and candidates bm25 hands over for re-ranking.
TERMS = 12
CANDIDATES = 40
# Words of a paper looked up (the most frequent in it), and the papers bm25 may have to score.
MAX_WORDS = 25
POSTINGS = 3000
# A word in more papers than this share is no evidence of anything ("learning", "model");
# in a small library (a few hundred papers) a word in up to COMMON_FLOOR of them still is:
# the five speech papers of an 85-paper reading list share "speech".
COMMON_SHARE = 0.05
COMMON_FLOOR = 20
_SHORT = 4
# A tag the reader gave both papers weighs as much as a good bm25 match (~5-15).
TAG_WEIGHT = 8.0
# English function words from the `stop-words` package (its "en" list: "under", "about",
# "within", ...), plus the words every abstract uses to talk about itself.
_STOPWORDS = frozenset(get_stop_words("en")) | frozenset(
    """via towards toward using based paper propose proposed approach method methods results
    respectively however moreover furthermore extensive experiments demonstrate achieves
    achieve significantly sufficiently formulated existing various""".split()
)
_VOCAB = "temp.papers_fts_vocab"
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


def _vocabulary(conn: sqlite3.Connection) -> None:
    fts.ready(conn)
    conn.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {_VOCAB} USING fts5vocab(main, papers_fts, row)"
    )


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
    return _distinctive(conn, _sources(conn, ids), len(ids), known)


def _distinctive(
    conn: sqlite3.Connection, sources: list[Source], own: int, known: dict[str, int] | None
) -> list[str]:
    """`own`: how many of the sources are in the library (and so in the word counts)."""
    _vocabulary(conn)
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
    # One lookup per word: fts5vocab finds `term = ?` in its index (it scans for an IN list)
    # and counts the word's papers by walking them, so the counts are remembered in `known`.
    documents = {} if known is None else known
    for word in candidates:
        if word not in documents:
            row = conn.execute(f"SELECT doc FROM {_VOCAB} WHERE term = ?", (word,)).fetchone()
            documents[word] = int(row[0]) if row is not None else 0
    weighted = {
        word: counts[word] * math.log(total / documents[word])
        for word in candidates
        if own < documents.get(word, 0) <= max(COMMON_SHARE * total, COMMON_FLOOR, own + 1)
    }
    chosen: list[str] = []
    postings = 0
    for word in sorted(weighted, key=lambda w: (-weighted[w], w))[:TERMS]:
        postings += documents[word]
        if postings > POSTINGS and chosen:
            break  # bm25 scores every paper a word is in: the cost of a query is its postings
        chosen.append(word)
    return chosen


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
    terms = _distinctive(conn, mine, len(ids), known)
    people = {" ".join(words(_name_text(a))) for _t, _a, authors in mine for a in authors} - {""}
    tags = _tags(conn, ids) if ids else {}
    scores: dict[int, float] = defaultdict(float)
    for paper_id, rank in _bm25(conn, terms, people):
        scores[paper_id] -= rank  # bm25 ranks better matches lower
    for paper_id, shared in _tagged_alike(conn, ids, tags).items():
        scores[paper_id] += TAG_WEIGHT * shared
    for own in ids:
        scores.pop(own, None)
    if not scores:
        return []
    shortlist = sorted(scores, key=lambda i: -scores[i])[:CANDIDATES]
    found = [
        _explained(row, scores[row[0]], terms, people, tags, mine)
        for row in _live_rows(conn, shortlist)
    ]
    return sorted(found, key=lambda r: (-r.score, r.paper_id))[:limit]


def _bm25(conn: sqlite3.Connection, terms: list[str], people: set[str]) -> list[tuple[int, float]]:
    clauses = []
    if terms:
        clauses.append("{title abstract}: (" + " OR ".join(f'"{t}"' for t in terms) + ")")
    if people:  # whole names as phrases: a shared "Wang" says nothing
        clauses.append("authors: (" + " OR ".join(f'"{n}"' for n in sorted(people)) + ")")
    if not clauses:
        return []
    fts.ready(conn)
    return conn.execute(
        "SELECT rowid, bm25(papers_fts, 2.0, 1.0, 3.0) FROM papers_fts WHERE papers_fts MATCH ? "
        "ORDER BY rank LIMIT ?",
        (" OR ".join(clauses), CANDIDATES * 2),
    ).fetchall()


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


def _live_rows(conn: sqlite3.Connection, ids: list[int]) -> list[tuple[int, str, str, str, str]]:
    return conn.execute(
        "SELECT p.id, p.title, p.abstract, p.authors_json, "
        "(SELECT group_concat(t.name, char(31)) FROM paper_tags pt JOIN tags t "
        "ON t.id = pt.tag_id WHERE pt.paper_id = p.id) "
        "FROM papers p WHERE p.id IN (SELECT value FROM json_each(?)) AND p.deleted IS NULL",
        (json.dumps(ids),),
    ).fetchall()


def _explained(
    row: tuple[int, str, str, str, str | None],
    score: float,
    terms: list[str],
    people: set[str],
    tags: dict[int, str],
    mine: list[Source],
) -> Related:
    paper_id, title, abstract, authors, tag_text = row
    text = set(words(title)) | set(words(abstract))
    names = [_name_text(a) for a in json.loads(authors)]
    shared_authors = tuple(n for n in names if " ".join(words(n)) in people)
    shared_tags = tuple(sorted(set((tag_text or "").split("\x1f")) & set(tags.values())))
    title_alike = max((fuzz.token_set_ratio(title, t) for t, _a, _n in mine), default=0) / 100
    bonus = len(shared_authors) + len(shared_tags) + title_alike
    return Related(
        paper_id,
        round(score + bonus, 3),
        tuple(t for t in terms if t in text)[:5],
        shared_authors[:3],
        shared_tags[:3],
    )
