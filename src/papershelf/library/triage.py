"""Triage of papers not imported yet: the likely duplicates already in the library, and the
reader's queue or tag each new paper is closest to, so that triage can start there.

The import preview (the window's dialog and `import --dry-run --json`) shows this beside every
paper it read. Nothing here writes anything (see store.look_alikes).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from papershelf.core.duplicates import LISTED_SCORE, paper_keys
from papershelf.core.records import PaperRecord
from papershelf.library.base import LibraryBase
from papershelf.store import counts, look_alikes, queue_views
from papershelf.store import related as store_related
from papershelf.store.batch import merge_targets
from papershelf.store.related import Source

# Likely duplicates shown for one new paper, and the related papers that vote for a queue or tag.
SHOWN_DUPLICATES = 3
VOTERS = 10
# A preview of a large file is not held up for minutes: looking for duplicates costs about a
# millisecond a paper, the closest queue or tag up to 50 ms at 100k papers.
DUPLICATES_LIMIT = 5000
CLOSEST_LIMIT = 200
# A queue or tag is named only when this many of the new paper's closest papers are in it: one
# paper sharing a word or two is no evidence of a home (trial 6: neuroscience probes and bacterial
# taxonomy were "closest to" a deep-learning tag). On tests/data/related's sections the papers of a
# known topic had 5-6 voters in its tag; unrelated papers from holdout13 had one at most.
HOME_VOTERS = 2
# And one of them at least must be related by more than a word: two distinctive words shared,
# or an author (trial 17: with a 21-paper queue Gravity in a 168-paper library, "Gait
# Recognition ... Millimeter Wave" had two Gravity papers sharing "wave", a networking paper two
# sharing "systems": a word rare in a small library is still one word). A paper of the field
# shares two (pulsar timing, gravitational waves).
STRONG_TERMS = 2


@dataclass(frozen=True, slots=True)
class Closest:
    kind: str  # "queue" or "tag"
    name: str
    papers: tuple[int, ...]  # its papers among the new paper's closest ones, closest first

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "name": self.name, "papers": list(self.papers)}

    def describe(self) -> str:
        where = "queue" if self.kind == "queue" else "tag"
        return f"{where} {self.name} ({len(self.papers)} close)"


@dataclass(frozen=True, slots=True)
class Triage:
    duplicates: tuple[dict[str, Any], ...]  # {"id", "title", "score", "reasons"}, best first
    closest: Closest | None
    # {"id", "title"}: the paper this one already is (the same listing, identifier or title
    # key), which importing it merges into, as the import itself would decide.
    in_library: dict[str, Any] | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "likely_duplicates": list(self.duplicates),
            "closest": self.closest.as_json() if self.closest else None,
            "in_library": self.in_library,
        }

    def describe(self) -> str:
        if self.in_library is not None:
            return f"already in library as #{self.in_library['id']}: importing merges into it"
        parts = [f"likely duplicate of #{d['id']} ({d['score']:.2f})" for d in self.duplicates[:1]]
        if self.closest:
            parts.append(f"closest: {self.closest.describe()}")
        return "; ".join(parts)


class Triaging(LibraryBase):
    def triage(self, records: Sequence[PaperRecord]) -> list[Triage]:
        """For each record (in order): its likely duplicates and closest queue or tag (for the
        first DUPLICATES_LIMIT and CLOSEST_LIMIT records; nothing said of the others)."""
        fresh = look_alikes.fresh(self.conn)
        known: dict[str, int] = {}
        targets = merge_targets(self.conn, records[:DUPLICATES_LIMIT])
        titles = self._titles([target for target in targets if target is not None])
        return [
            Triage(
                self._look_alikes(record, fresh) if n < DUPLICATES_LIMIT else (),
                self._closest(record, known) if n < CLOSEST_LIMIT else None,
                _in_library(targets[n], titles) if n < DUPLICATES_LIMIT else None,
            )
            for n, record in enumerate(records)
        ]

    def _look_alikes(
        self, record: PaperRecord, fresh: look_alikes.Fresh
    ) -> tuple[dict[str, Any], ...]:
        keys = paper_keys(
            0,
            title=record.title,
            authors=record.authors,
            arxiv_id=record.arxiv_id,
            doi=record.doi,
            date=record.date,
            placeholder=record.title_is_placeholder,
        )
        pairs = look_alikes.look_alikes(self.conn, keys, fresh, min_score=LISTED_SCORE)
        shown = pairs[:SHOWN_DUPLICATES]
        titles = self._titles([p.b for p in shown])
        return tuple(
            {"id": p.b, "title": titles.get(p.b, ""), "score": p.score, "reasons": list(p.reasons)}
            for p in shown
        )

    def _closest(self, record: PaperRecord, known: dict[str, int]) -> Closest | None:
        """The queue or tag holding most of the papers closest to this one (weighed by how
        close they are)."""
        source: Source = (record.title, record.abstract, list(record.authors))
        near = store_related.related_to(self.conn, [source], limit=VOTERS, known=known)
        if not near:
            return None
        score = {r.paper_id: r.score for r in near}
        strong = {r.paper_id for r in near if len(r.terms) >= STRONG_TERMS or r.authors}
        votes: dict[tuple[str, str], float] = defaultdict(float)
        members: dict[tuple[str, str], list[int]] = defaultdict(list)
        for kind, name, paper_id in self._homes(list(score)):
            votes[(kind, name)] += score[paper_id]
            members[(kind, name)].append(paper_id)
        votes = {
            home: vote
            for home, vote in votes.items()
            if len(members[home]) >= HOME_VOTERS and strong.intersection(members[home])
        }
        if not votes:
            return None
        best = max(votes, key=lambda home: (votes[home], home[0] == "queue", home[1]))
        ordered = sorted(members[best], key=lambda i: -score[i])
        return Closest(best[0], best[1], tuple(ordered))

    def _homes(self, ids: list[int]) -> list[tuple[str, str, int]]:
        """(kind, name, paper) for every queue (plain, or smart: its search selects the
        paper) and every tag these papers are in."""
        listed = json.dumps(ids)
        found: list[tuple[str, str, int]] = self.conn.execute(
            "SELECT 'queue', q.name, qi.paper_id FROM queue_items qi JOIN queues q "
            "ON q.id = qi.queue_id WHERE qi.paper_id IN (SELECT value FROM json_each(?)) "
            "UNION ALL SELECT 'tag', t.name, pt.paper_id FROM paper_tags pt JOIN tags t "
            "ON t.id = pt.tag_id WHERE pt.paper_id IN (SELECT value FROM json_each(?))",
            (listed, listed),
        ).fetchall()
        smart = queue_views.smart_queries(self.conn)
        found += [("queue", name, i) for name, i in counts.smart_members(self.conn, listed, smart)]
        return found

    def _titles(self, ids: list[int]) -> dict[int, str]:
        return dict(
            self.conn.execute(
                "SELECT id, title FROM papers WHERE id IN (SELECT value FROM json_each(?))",
                (str(ids),),
            ).fetchall()
        )


def _in_library(target: int | None, titles: dict[int, str]) -> dict[str, Any] | None:
    return None if target is None else {"id": target, "title": titles.get(target, "")}
